// Where the tests' Chromium is: $CHROME_PATH, else Debian's /usr/bin/chromium (what .ci/run installs).
// `npm test` asks first and stops at once when there is none, with the one command that installs it,
// rather than failing deep inside the first browser test.
import { accessSync, constants, statSync } from 'node:fs';

/** The one command that installs Chromium where the tests look for it (Debian, Ubuntu). */
export const INSTALL_CHROMIUM = 'sudo apt-get update && sudo apt-get install -y chromium';

/**
 * The Chromium executable the browser tests will launch, or an explanation of why there is none.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {{ path: string } | { problem: string }}
 */
export function findChromium(env = process.env) {
  const path = env.CHROME_PATH || '/usr/bin/chromium';
  try {
    if (!statSync(path).isFile()) throw new Error('not a file');
    accessSync(path, constants.X_OK);
    return { path };
  } catch {
    const where = env.CHROME_PATH
      ? `CHROME_PATH=${env.CHROME_PATH} is not an executable file`
      : 'No Chromium at /usr/bin/chromium (and CHROME_PATH is not set)';
    return {
      problem: `${where}: the browser tests need one.\nInstall it with:\n\n  ${INSTALL_CHROMIUM}\n\nor set CHROME_PATH to a Chromium or Chrome executable (.ci/run installs it on CI).`,
    };
  }
}

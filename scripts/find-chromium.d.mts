/** The one command that installs Chromium where the tests look for it (Debian, Ubuntu). */
export const INSTALL_CHROMIUM: string;
/** The Chromium executable the browser tests will launch, or an explanation of why there is none. */
export function findChromium(env?: NodeJS.ProcessEnv): { path: string } | { problem: string };

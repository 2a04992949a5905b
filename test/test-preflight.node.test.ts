// `npm test` (scripts/test-summary.mjs) checks for Chromium first: without one it stops at once
// with the one command that installs it, instead of running steps that fail deep in a browser test.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findChromium, INSTALL_CHROMIUM } from '../scripts/find-chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('npm test: Chromium first', () => {
  it('stops at once, before any step, with the command that installs Chromium', () => {
    const started = Date.now();
    const run = spawnSync(process.execPath, ['scripts/test-summary.mjs'], {
      cwd: root,
      env: { ...process.env, CHROME_PATH: '/nonexistent/chromium' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).to.equal(1);
    expect(Date.now() - started, 'at once').to.be.below(10_000);
    expect(run.stderr).to.contain('CHROME_PATH=/nonexistent/chromium is not an executable file');
    expect(run.stderr).to.contain(INSTALL_CHROMIUM);
    expect(run.stdout, 'no step started').not.to.contain('npm run');
  });

  it('finds Chromium where the browser tests look for it, CHROME_PATH first', () => {
    expect(findChromium({ CHROME_PATH: process.execPath })).to.deep.equal({ path: process.execPath });
    expect(findChromium({ CHROME_PATH: root }))
      .to.have.property('problem')
      .that.contains('not an executable file');
    expect(findChromium({ CHROME_PATH: `${root}/package.json` })).to.have.property('problem');
    expect(findChromium({})).to.satisfy(
      (found: { path?: string; problem?: string }) =>
        found.path === '/usr/bin/chromium' || found.problem?.includes('No Chromium at /usr/bin/chromium'),
    );
  });
});

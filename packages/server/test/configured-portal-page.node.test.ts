import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { openConfiguredServer, readServerConfig, type ConfiguredServer } from '@dossier/server';

// `npm run server` with DOSSIER_PORTAL_BUNDLE_URL: the client's page at each link's address, resumable by default.
describe('the configured server serves the client’s page when DOSSIER_PORTAL_BUNDLE_URL is set', function () {
  this.timeout(120_000);
  let dataDir: string;
  let configured: ConfiguredServer | undefined;

  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'dossier-portal-page-'));
  });
  after(async () => {
    await configured?.server.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('at DOSSIER_PORTAL_PATH, loading the bundle from its URL, with tus uploads unless DOSSIER_PORTAL_RESUMABLE=false', async () => {
    configured = await openConfiguredServer(
      readServerConfig({
        PORT: '0',
        DOSSIER_DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
        DOSSIER_PORTAL_BUNDLE_URL: '/assets/dossier.bundle.js',
        DOSSIER_PORTAL_PATH: '/depot',
      }),
    );
    const origin = new URL(await configured.server.listen({ host: '127.0.0.1', port: 0 })).origin;
    const page = await fetch(`${origin}/depot/any-token`);
    expect(page.status).to.equal(200);
    expect(await page.text()).to.include('<dossier-portal');
    const glue = await (await fetch(`${origin}/depot-page.js`)).text();
    expect(glue).to.include('"/assets/dossier.bundle.js"');
    expect(glue).to.include('loadTusUploads');
    expect((await fetch(`${origin}/portal/any-token`)).status).to.equal(404);
  });
});

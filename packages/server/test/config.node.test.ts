import { readServerConfig } from '@dossier/server';
import { expect } from 'chai';

describe('server configuration from the environment', () => {
  it('runs as the embedded default with nothing set', () => {
    const config = readServerConfig({}, '/srv/app');
    expect(config.host).to.equal('127.0.0.1');
    expect(config.port).to.equal(8787);
    expect(config.prefix).to.equal('/api/dossier');
    expect(config.dataDir).to.equal('/srv/app/.dossier-data');
    expect(config.databaseUrl).to.equal(undefined);
    expect(config.files).to.deep.equal({ kind: 'disk', dir: '/srv/app/.dossier-data/files' });
    expect(config.auth).to.deep.equal({ kind: 'dev', audience: 'dossier' });
    expect(config.verifyCommits).to.equal(true);
  });

  it('switches to PostgreSQL, S3 and host JWTs', () => {
    const config = readServerConfig(
      {
        DATABASE_URL: 'postgres://u:p@db:5432/dossier',
        S3_BUCKET: 'files',
        S3_ENDPOINT: 'http://minio:9000',
        S3_ACCESS_KEY_ID: 'k',
        S3_SECRET_ACCESS_KEY: 's',
        DOSSIER_JWT_JWKS_URL: 'https://idp.example/jwks.json',
        DOSSIER_JWT_AUDIENCE: 'crm',
        DOSSIER_JWT_ISSUER: 'https://idp.example/',
        NODE_ENV: 'production',
        PORT: '9000',
        HOST: '0.0.0.0',
      },
      '/srv',
    );
    expect(config.databaseUrl).to.equal('postgres://u:p@db:5432/dossier');
    expect(config.files).to.deep.equal({
      kind: 's3',
      bucket: 'files',
      endpoint: 'http://minio:9000',
      accessKeyId: 'k',
      secretAccessKey: 's',
    });
    expect(config.auth).to.deep.equal({
      kind: 'jwt',
      options: { audience: 'crm', jwksUrl: 'https://idp.example/jwks.json', issuer: 'https://idp.example/' },
    });
    expect(config.port).to.equal(9000);
  });

  it('names every malformed variable, and refuses development tokens in production', () => {
    let message = '';
    try {
      readServerConfig({
        DATABASE_URL: 'mysql://x',
        PORT: 'eighty',
        DOSSIER_JWT_SECRET: 'short',
        DOSSIER_FILES: 'ftp',
        DOSSIER_VERIFY_COMMITS: 'maybe',
      });
    } catch (error) {
      message = (error as Error).message;
    }
    for (const name of ['DATABASE_URL', 'PORT', 'DOSSIER_JWT_SECRET', 'DOSSIER_FILES', 'DOSSIER_VERIFY_COMMITS'])
      expect(message).to.contain(name);
    expect(() => readServerConfig({ NODE_ENV: 'production' })).to.throw(/DOSSIER_JWT_SECRET or DOSSIER_JWT_JWKS_URL/);
  });

  it('serves the client’s page at the links’ address when DOSSIER_PORTAL_BUNDLE_URL is set, and refuses a malformed one', () => {
    expect(readServerConfig({}).portalPage).to.equal(undefined);
    expect(readServerConfig({ DOSSIER_PORTAL_BUNDLE_URL: '/assets/dossier.bundle.js' }).portalPage).to.deep.equal({
      bundleUrl: '/assets/dossier.bundle.js',
      resumable: true,
    });
    expect(
      readServerConfig({
        DOSSIER_PORTAL_BUNDLE_URL: 'https://cdn.example/dossier.bundle.js',
        DOSSIER_PORTAL_PATH: '/depot',
        DOSSIER_PORTAL_RESUMABLE: 'false',
      }).portalPage,
    ).to.deep.equal({ bundleUrl: 'https://cdn.example/dossier.bundle.js', path: '/depot', resumable: false });
    for (const [env, name] of [
      [{ DOSSIER_PORTAL_BUNDLE_URL: 'javascript:alert(1)' }, 'DOSSIER_PORTAL_BUNDLE_URL'],
      [{ DOSSIER_PORTAL_BUNDLE_URL: '/x.js" onload="alert(1)' }, 'DOSSIER_PORTAL_BUNDLE_URL'],
      [{ DOSSIER_PORTAL_BUNDLE_URL: '/x.js', DOSSIER_PORTAL_PATH: 'depot' }, 'DOSSIER_PORTAL_PATH'],
      [{ DOSSIER_PORTAL_BUNDLE_URL: '/x.js', DOSSIER_PORTAL_PATH: '/api/dossier' }, 'DOSSIER_PORTAL_PATH'],
      [{ DOSSIER_PORTAL_BUNDLE_URL: '/x.js', DOSSIER_PORTAL_RESUMABLE: 'sometimes' }, 'DOSSIER_PORTAL_RESUMABLE'],
      [{ DOSSIER_PORTAL_PATH: '/depot' }, 'DOSSIER_PORTAL_BUNDLE_URL'],
    ] as const)
      expect(() => readServerConfig(env), JSON.stringify(env)).to.throw(name);
  });
});

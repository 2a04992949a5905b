// Issue 10, defect 7: `require('@dossier/core')` failed with ERR_PACKAGE_PATH_NOT_EXPORTED on
// Node 20.19+, where require(esm) works for lit, xstate and dexie: the exports had no condition a
// require() matches. Each entry point is required here from a CommonJS module, in a child Node
// without any flag, as a host's CommonJS test setup would.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
let dir;

before(() => {
  // Inside the repository, so that node_modules/@dossier/* (the workspace links) resolve as from a host's project.
  dir = mkdtempSync(join(root, 'test', '.require-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs CommonJS `code` in a fresh Node; returns its stdout, failing with its stderr. */
function runCommonJs(code) {
  const file = join(dir, `case-${Math.random().toString(36).slice(2)}.cjs`);
  writeFileSync(file, code);
  const result = spawnSync(process.execPath, ['--no-warnings', file], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
  assert.equal(result.status, 0, result.stderr || result.stdout);
  return result.stdout.trim();
}

describe('require() of the built packages (CommonJS hosts, Node 20.19+)', () => {
  it("require('@dossier/core') gives a working client", () => {
    const out = runCommonJs(`
      const { createDossierClient, createMemoryStorage, isDossierError } = require('@dossier/core');
      (async () => {
        const client = createDossierClient({ storage: createMemoryStorage() });
        await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
        await client.pieces.add('auto', { label: 'Permis de conduire' });
        await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c', name: 'Jeanne', email: 'jeanne@example.fr' } });
        const { requiredMissing } = await client.completeness('P-1');
        const error = await client.dossiers.get('nope').catch((e) => e);
        console.log(requiredMissing, isDossierError(error, 'not-found'));
      })();
    `);
    assert.equal(out, '1 true');
  });

  for (const specifier of [
    '@dossier/core/adapter',
    '@dossier/core/browser',
    '@dossier/core/testing',
    '@dossier/storage-dexie',
    '@dossier/storage-idb',
    '@dossier/storage-rest',
    '@dossier/storage-rest/mock',
  ]) {
    it(`require('${specifier}') loads`, () => {
      const out = runCommonJs(`console.log(Object.keys(require('${specifier}')).length > 0);`);
      assert.equal(out, 'true');
    });
  }

  it("require('@dossier/elements') loads (for hosts' test setups; rendering needs a DOM)", () => {
    const out = runCommonJs(`const { DossierBadge } = require('@dossier/elements'); console.log(typeof DossierBadge);`);
    assert.equal(out, 'function');
  });
});

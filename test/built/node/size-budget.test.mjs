// What a host ships must not grow unnoticed (issue 10: "do not let the shared dependency floor
// grow"). Budgets in gzip KiB, a little above the figures measured when they were set
// (`npm run bench -- sizes` prints them all); raise one only on purpose, in the same commit as the
// reason.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { measureSizes } from '../../bench/sizes.mjs';

const BUDGET_KIB = {
  // measured 9.4 KiB; 10.7 KiB once error messages named file kinds in broker words (issue 15)
  'floor: lit + @lit/context + base element + the core it uses': 11.5,
  // measured 19.4 KiB (badge + checklist + drop zone); 21.6 KiB with core's shared query observer (issue 9)
  'one badge alone (DossierBadge.define)': 22.5,
  // measured 115.0 KiB
  // 125.5 KiB with file inspection (issue 15: OLE2, zip, PDF structure) and summary timelines (issue 8)
  'script-tag bundle dossier.bundle.js': 130,
  // measured 109.4 KiB; 121.5 KiB with file inspection (issue 15) and core's observer (issue 9)
  'define + core + Dexie (esbuild)': 125,
};

describe('size budgets (built packages, minified + gzip)', () => {
  let sizes;
  before(async () => {
    sizes = new Map((await measureSizes()).map((size) => [size.name, size]));
  });
  for (const [name, budget] of Object.entries(BUDGET_KIB)) {
    it(`${name} ≤ ${budget} KiB`, () => {
      const size = sizes.get(name);
      assert.ok(size, `no figure named ${name}`);
      assert.ok(size.gzipBytes / 1024 <= budget, `${(size.gzipBytes / 1024).toFixed(1)} KiB`);
    });
  }
});

// What a host ships must not grow unnoticed (issue 10: "do not let the shared dependency floor
// grow"). Budgets in gzip KiB, a little above the figures measured when they were set
// (`npm run bench -- sizes` prints them all); raise one only on purpose, in the same commit as the
// reason.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { measureSizes } from '../../bench/sizes.mjs';

const BUDGET_KIB = {
  // measured 9.4 KiB; 10.7 KiB once error messages named file kinds in broker words (issue 15);
  // 14.1 KiB with open locales (issue 9): a translation is one object per language, so the floor
  // carries core's whole French and English (every reason, the reminder e-mail) and the locale
  // registry, while English element texts and four more languages load on first use
  'floor: lit + @lit/context + base element + the core it uses': 15,
  // measured 19.4 KiB (badge + checklist + drop zone); 21.6 KiB with core's shared query observer,
  // 23.6 KiB with the floor of open locales (issue 9)
  // 26.0 KiB with review in the checklist (Accepter / Refuser, its texts) and "N à vérifier" (issue 13)
  'one badge alone (DossierBadge.define)': 27,
  // measured 115.0 KiB
  // 125.5 KiB with file inspection (issue 15: OLE2, zip, PDF structure) and summary timelines (issue 8)
  // 139.0 KiB with the client portal (issue 13: <dossier-portal>, createRestPortal, upload links, review in
  // the tracker and checklist, the tracker's links, the audit's "à vérifier")
  'script-tag bundle dossier.bundle.js': 141,
  // measured 109.4 KiB; 121.5 KiB with file inspection (issue 15) and core's observer (issue 9)
  // 132.1 KiB with the client portal element and review (issue 13)
  'define + core + Dexie (esbuild)': 134,
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

import { readFileSync } from 'node:fs';
import { expect } from 'chai';

// French texts use one apostrophe, the typographic ’, never ' in turn with it.
const FRENCH_TEXTS = [
  'packages/core/src/locales/fr.ts',
  'packages/elements/src/locales/fr.ts',
  'examples/crm-demo/src/i18n/app-messages.ts',
];

describe('French texts', () => {
  for (const file of FRENCH_TEXTS) {
    it(`${file}: one apostrophe style (’)`, () => {
      const source = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
      const code = source
        .split('\n')
        .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
        .join('\n');
      // The demo's messages hold English too: only its French block counts.
      const french = file.includes('app-messages') ? code.slice(code.indexOf('const fr'), code.indexOf('const en')) : code;
      const typewriter = [...french.matchAll(/\p{L}(\\?')\p{L}/gu)].map((m) => m[0]);
      expect(typewriter, 'a typewriter apostrophe in a French text').to.deep.equal([]);
      expect(french).to.contain('’');
    });
  }
});

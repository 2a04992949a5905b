import { readdirSync, readFileSync } from 'node:fs';
import { expect } from 'chai';

// French texts use one apostrophe, the typographic ’, never ' in turn with it.
const FRENCH_TEXTS = [
  'packages/core/src/locales/fr.ts',
  // The elements' French, one module per element beside it (and the texts they share).
  ...readdirSync(new URL('../packages/elements/src/', import.meta.url), { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.fr.ts'))
    .map((path) => `packages/elements/src/${path.replaceAll('\\', '/')}`)
    .sort(),
  'examples/crm-demo/src/i18n/app-messages.ts',
];

/** The French of `file`, comments left out. */
function frenchOf(file: string): string {
  const source = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
  const code = source
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
    .join('\n');
  // The demo's messages hold English too: only its French block counts.
  return file.includes('app-messages') ? code.slice(code.indexOf('const fr'), code.indexOf('const en')) : code;
}

describe('French texts', () => {
  it('every element’s French texts are checked', () => {
    expect(FRENCH_TEXTS.filter((file) => file.startsWith('packages/elements/'))).to.have.length.of.at.least(10);
  });
  for (const file of FRENCH_TEXTS) {
    it(`${file}: one apostrophe style (’)`, () => {
      const typewriter = [...frenchOf(file).matchAll(/\p{L}(\\?')\p{L}/gu)].map((m) => m[0]);
      expect(typewriter, 'a typewriter apostrophe in a French text').to.deep.equal([]);
    });
  }
  it('the French texts do use the typographic apostrophe (’)', () => {
    for (const file of ['packages/core/src/locales/fr.ts', 'examples/crm-demo/src/i18n/app-messages.ts'])
      expect(frenchOf(file)).to.contain('’');
    expect(
      FRENCH_TEXTS.filter((file) => file.startsWith('packages/elements/'))
        .map(frenchOf)
        .join('\n'),
    ).to.contain('’');
  });
});

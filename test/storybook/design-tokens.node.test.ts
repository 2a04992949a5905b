// The Storybook "Design tokens" page is generated from the elements' styles (scripts/design-tokens.mjs,
// read by .storybook/main.ts when Storybook builds): every `--dossier-*` token a style reads is on
// it, with its default, and a token added to a style appears without anyone editing a list.
import { expect } from 'chai';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectDesignTokens } from '../../scripts/design-tokens.mjs';

const sourceDir = fileURLToPath(new URL('../../packages/elements/src', import.meta.url));

function codeOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? codeOf(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [readFileSync(join(dir, entry.name), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')] : [],
  );
}

describe('Storybook design tokens (generated from the styles)', () => {
  const tokens = collectDesignTokens();
  const names = tokens.map((token) => token.name);

  it('lists every --dossier-* property the elements’ styles read, once', () => {
    const read = new Set(codeOf(sourceDir).flatMap((code) => [...code.matchAll(/var\(\s*(--dossier-[a-z0-9-]+)/g)].map((match) => match[1]!)));
    expect(read.size).to.be.greaterThan(30);
    expect([...names].sort()).to.deep.equal([...read].sort());
    expect(new Set(names).size).to.equal(names.length);
  });

  it('gives each shared token its default from the shared styles, and the element’s own its element', () => {
    const byName = new Map(tokens.map((token) => [token.name, token]));
    expect(byName.get('--dossier-accent')).to.include({ default: '#1d4ed8', shared: true });
    expect(byName.get('--dossier-font')!.default).to.contain('system-ui');
    expect(byName.get('--dossier-indexer-thumbnail-size')).to.include({ default: '3.5rem', shared: false });
    expect(byName.get('--dossier-indexer-thumbnail-size')!.elements).to.deep.equal(['dossier-indexer']);
    expect(byName.get('--dossier-indexer-thumbnail-size')!.descriptions[0]!.text).to.contain('previews');
    // The private names the defaults use resolve to the tokens.
    expect(tokens[0]!.aliases['--_danger']).to.equal('var(--dossier-danger, #b42318)');
    // Shared first, then per element, each group sorted.
    const firstOwn = tokens.findIndex((token) => !token.shared);
    expect(tokens.slice(firstOwn).every((token) => !token.shared)).to.equal(true);
  });

  it('picks up a token added to a style, not one named in a comment', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-tokens-'));
    try {
      mkdirSync(join(dir, 'components', 'badge'), { recursive: true });
      writeFileSync(
        join(dir, 'components', 'badge', 'dossier-badge.styles.ts'),
        "/** `var(--dossier-in-a-comment, red)` */\nexport const s = css`:host { gap: var(--dossier-new-gap, calc(1rem + var(--dossier-gap, 2px))); }`;\n",
      );
      const found = collectDesignTokens({ sourceDir: dir, manifestPath: join(dir, 'none.json') });
      expect(found.map((token) => [token.name, token.default, token.elements.join()])).to.deep.equal([
        ['--dossier-gap', '2px', 'dossier-badge'],
        ['--dossier-new-gap', 'calc(1rem + var(--dossier-gap, 2px))', 'dossier-badge'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

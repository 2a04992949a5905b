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

/** Every `var(--dossier-…, fallback)` in `code`, the fallback read to its balanced closing parenthesis. */
function fallbacksIn(code: string): { name: string; fallback: string }[] {
  const found: { name: string; fallback: string }[] = [];
  for (const match of code.matchAll(/var\(\s*(--dossier-[a-z0-9-]+)\s*,/g)) {
    let depth = 1;
    let i = match.index + match[0].length;
    const start = i;
    for (; i < code.length && depth > 0; i += 1) depth += code[i] === '(' ? 1 : code[i] === ')' ? -1 : 0;
    found.push({
      name: match[1]!,
      fallback: code
        .slice(start, i - 1)
        .replace(/\s+/g, ' ')
        .trim(),
    });
  }
  return found;
}

/** The code of every source file under `dir` by its path, comments removed. */
function filesOf(dir: string): { path: string; code: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesOf(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [{ path: join(dir, entry.name), code: readFileSync(join(dir, entry.name), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '') }]
        : [],
  );
}

function codeOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? codeOf(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [readFileSync(join(dir, entry.name), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')]
        : [],
  );
}

describe('Storybook design tokens (generated from the styles)', () => {
  const tokens = collectDesignTokens();
  const names = tokens.map((token) => token.name);

  it('lists every --dossier-* property the elements’ styles read, once', () => {
    const read = new Set(
      codeOf(sourceDir).flatMap((code) => [...code.matchAll(/var\(\s*(--dossier-[a-z0-9-]+)/g)].map((match) => match[1]!)),
    );
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

  it('gives every token one default: the same fallback wherever it is read, shared tokens only in the shared styles', () => {
    const files = filesOf(sourceDir);
    const fallbacks = new Map<string, Set<string>>();
    for (const { code } of files)
      for (const { name, fallback } of fallbacksIn(code)) fallbacks.set(name, (fallbacks.get(name) ?? new Set()).add(fallback));
    expect(fallbacks.size).to.be.greaterThan(30);
    const inconsistent = [...fallbacks]
      .filter(([, values]) => values.size > 1)
      .map(([name, values]) => `${name}: ${[...values].join(' | ')}`);
    expect(inconsistent).to.deep.equal([]);
    // A shared token is given its default once, in the shared styles; elements read it through its private name (--_warning…).
    const shared = new Set(
      fallbacksIn(files.find((file) => file.path.endsWith(join('styles', 'tokens.styles.ts')))!.code).map((use) => use.name),
    );
    expect(shared).to.include.members(['--dossier-warning', '--dossier-radius', '--dossier-accent']);
    const elsewhere = files
      .filter((file) => !file.path.endsWith(join('styles', 'tokens.styles.ts')))
      .flatMap((file) =>
        fallbacksIn(file.code)
          .filter((use) => shared.has(use.name))
          .map((use) => `${file.path.slice(sourceDir.length + 1)}: ${use.name}`),
      );
    expect(elsewhere).to.deep.equal([]);
    // And the generated page has no token with a second default to show.
    expect(tokens.filter((token) => token.otherDefaults.length > 0).map((token) => token.name)).to.deep.equal([]);
  });

  it('picks up a token added to a style, not one named in a comment', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-tokens-'));
    try {
      mkdirSync(join(dir, 'components', 'badge'), { recursive: true });
      writeFileSync(
        join(dir, 'components', 'badge', 'dossier-badge.styles.ts'),
        '/** `var(--dossier-in-a-comment, red)` */\nexport const s = css`:host { gap: var(--dossier-new-gap, calc(1rem + var(--dossier-gap, 2px))); }`;\n',
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

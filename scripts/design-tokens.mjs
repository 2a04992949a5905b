// The `--dossier-*` design tokens, read from the elements' styles (packages/elements/src/**/*.ts):
// every custom property a style reads through `var(--dossier-…, default)`, with its defaults, the
// files and elements that read it, and its description from the custom-elements manifest. The
// Storybook "Design tokens" page is generated from this at build time (.storybook/main.ts), so it
// cannot drift from the styles.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Every .ts file under `dir`. */
function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** The `var(--dossier-…[, default])` uses in `text`, parentheses in defaults balanced. */
function tokenUses(text) {
  const uses = [];
  const start = /var\(\s*(--dossier-[a-z0-9-]+)\s*(,)?/g;
  for (let match = start.exec(text); match; match = start.exec(text)) {
    let fallback;
    if (match[2]) {
      let depth = 1;
      let i = start.lastIndex;
      for (; i < text.length && depth > 0; i += 1) {
        if (text[i] === '(') depth += 1;
        else if (text[i] === ')') depth -= 1;
      }
      fallback = text.slice(start.lastIndex, i - 1).trim();
    }
    uses.push({ name: match[1], fallback });
  }
  return uses;
}

/** The element a source file belongs to (`components/<name>/…` → `dossier-<name>`), or undefined for shared styles. */
function elementOf(file) {
  const match = /components\/([^/]+)\//.exec(file);
  return match ? `dossier-${match[1]}` : undefined;
}

/**
 * Every token, sorted: shared ones (tokens.styles.ts) first, then per element.
 * @param {{ sourceDir?: string, manifestPath?: string }} [options]
 * @returns {{ name: string, default: string | undefined, otherDefaults: string[], elements: string[], files: string[], shared: boolean, descriptions: { element: string, text: string }[], aliases: Record<string, string> }[]}
 */
export function collectDesignTokens({
  sourceDir = join(root, 'packages/elements/src'),
  manifestPath = join(root, 'packages/elements/custom-elements.json'),
} = {}) {
  const tokens = new Map();
  /** `--_danger` → `var(--dossier-danger, #b42318)`: what the elements' private names stand for. */
  const aliases = {};
  for (const file of sourceFiles(sourceDir).sort()) {
    // Comments name tokens too ("`--_bg: var(--dossier-surface, …)`"): only code counts.
    const text = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    const path = relative(sourceDir, file);
    for (const alias of text.matchAll(/(--_[a-z-]+):\s*(var\(--dossier-[^;]+);/g)) aliases[alias[1]] = alias[2].trim();
    for (const use of tokenUses(text)) {
      const token = tokens.get(use.name) ?? { name: use.name, defaults: [], elements: new Set(), files: new Set(), shared: false };
      if (use.fallback !== undefined) token.defaults.push({ value: use.fallback, path });
      token.files.add(path);
      const element = elementOf(path);
      if (element) token.elements.add(element);
      if (path.startsWith('styles/')) token.shared = true;
      tokens.set(use.name, token);
    }
  }
  /** Token → what each element's documentation (`@cssproperty`) says of it. */
  const descriptions = new Map();
  try {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    for (const module of manifest.modules ?? []) {
      for (const declaration of module.declarations ?? []) {
        for (const property of declaration.cssProperties ?? []) {
          if (!property.description || !declaration.tagName) continue;
          descriptions.set(property.name, [
            ...(descriptions.get(property.name) ?? []),
            { element: declaration.tagName, text: property.description },
          ]);
        }
      }
    }
  } catch {
    // No manifest yet (npm run analyze writes it): tokens without descriptions.
  }
  return [...tokens.values()]
    .map((token) => {
      // The shared style's default wins (tokens.styles.ts is what every element reads first).
      const preferred = token.defaults.find((d) => d.path.startsWith('styles/')) ?? token.defaults[0];
      const others = [...new Set(token.defaults.map((d) => d.value))].filter((value) => value !== preferred?.value);
      return {
        name: token.name,
        default: preferred?.value,
        otherDefaults: others,
        elements: [...token.elements].sort(),
        files: [...token.files].sort(),
        shared: token.shared,
        descriptions: descriptions.get(token.name) ?? [],
        aliases,
      };
    })
    .sort((a, b) => (a.shared === b.shared ? a.name.localeCompare(b.name) : a.shared ? -1 : 1));
}

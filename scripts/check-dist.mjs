// `npm run test:build`: builds every package, then checks what a consumer gets from dist/
// (plain Node resolution, without the `dossier-source` condition the tests use):
// every "exports" target exists, and @dossier/core works from its build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
let passed = 0;
let failed = 0;
const check = async (name, task) => {
  try {
    await task();
    passed += 1;
    console.log(`  ✔ ${name}`);
  } catch (error) {
    failed += 1;
    console.log(`  ✘ ${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
};

/** Every file an "exports" entry names, except the source condition. */
function exportTargets(value, out = []) {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object') {
    for (const [condition, target] of Object.entries(value)) if (condition !== 'dossier-source') exportTargets(target, out);
  }
  return out;
}

/** What a `*` pattern target matches in `pkgDir` (one path segment for the `*`), as the values of `*`. */
function patternMatches(pkgDir, target) {
  const [prefix, suffix] = target.split('*');
  const dir = join(pkgDir, prefix);
  if (!existsSync(dir)) return [];
  // `*` is a folder (`./dist/components/*/define.js`) or the start of a file name (`./dist/frameworks/*.d.ts`).
  if (suffix.startsWith('/')) return readdirSync(dir).filter((entry) => existsSync(join(dir, entry + suffix)));
  return readdirSync(dir)
    .filter((entry) => entry.endsWith(suffix) && existsSync(join(dir, entry)))
    .map((entry) => entry.slice(0, -suffix.length));
}

for (const dir of readdirSync(join(root, 'packages')).sort()) {
  const pkgDir = join(root, 'packages', dir);
  const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  await check(`${manifest.name}: every exports target exists`, () => {
    const missing = [];
    for (const [key, value] of Object.entries(manifest.exports ?? {})) {
      const source = typeof value === 'object' ? value['dossier-source'] : undefined;
      for (const target of exportTargets(value)) {
        if (!target.includes('*')) {
          if (!existsSync(join(pkgDir, target))) missing.push(target);
          continue;
        }
        // A pattern export (`./define/*`): every source it maps must have its built file.
        const built = new Set(patternMatches(pkgDir, target));
        const expected = source ? patternMatches(pkgDir, source) : [...built];
        if (expected.length === 0) missing.push(`${key} → ${target} (matches nothing)`);
        for (const name of expected) if (!built.has(name)) missing.push(target.replace('*', name));
      }
    }
    if (missing.length) throw new Error(`missing ${missing.join(', ')}`);
  });
}

await check('@dossier/core from dist: a dossier, a document, its completeness', async () => {
  const core = await import('@dossier/core');
  if (!import.meta.resolve('@dossier/core').includes('/dist/')) throw new Error(`resolved to ${import.meta.resolve('@dossier/core')}`);
  const { samplePdf } = await import('@dossier/core/testing');
  const client = core.createDossierClient({ storage: core.createMemoryStorage() });
  await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
  const piece = await client.pieces.add('auto', { label: 'Permis de conduire', accept: ['application/pdf'] });
  await client.pieces.add('auto', { label: 'Carte grise' });
  await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c', name: 'Jeanne', email: 'jeanne@example.fr' } });
  await client.documents.add('P-1', { blob: samplePdf('dist'), name: 'permis.pdf' }, { pieceId: piece.id });
  const { requiredMissing } = await client.completeness('P-1');
  if (requiredMissing !== 1) throw new Error(`requiredMissing ${requiredMissing}`);
});

await check('@dossier/elements dist registers nothing on import of its index (sideEffects)', () => {
  const index = readFileSync(join(root, 'packages/elements/dist/index.js'), 'utf8');
  if (/customElements\.define/.test(index)) throw new Error('index.js defines elements');
});

await check('@dossier/elements script-tag bundles are self-contained (no import but their own chunks beside them) and minified', () => {
  const dist = join(root, 'packages/elements/dist');
  const esm = readFileSync(join(dist, 'dossier.bundle.js'), 'utf8');
  const iife = readFileSync(join(dist, 'dossier.bundle.iife.js'), 'utf8');
  const importsOf = (code) =>
    [...code.matchAll(/\bimport\s*(?:[\w{}*$,\s]+from\s*)?["']([^"']+)["']|\bimport\(["']([^"']+)["']\)/g)].map(
      (match) => match[1] ?? match[2],
    );
  // The ES module loads its languages but French from chunks beside it, pdf.js (the indexer's PDF previews)
  // from its own chunk on the first PDF shown, and the elements defined after the first badge, file
  // inspection and XState from parts beside it; they import only the bundle and each other.
  const chunks = readdirSync(dist).filter((file) => /^dossier\.bundle\.(locale|part)-.+\.js$/.test(file));
  for (const [name, code] of [['dossier.bundle.js', esm], ...chunks.map((file) => [file, readFileSync(join(dist, file), 'utf8')])]) {
    const foreign = importsOf(code).filter(
      (target) => !/^\.\/dossier\.bundle(\.(locale|part)-.+|\.pdfjs|\.tus)?\.js$/.test(target) || !existsSync(join(dist, target)),
    );
    if (foreign.length) throw new Error(`${name} imports what the bundle does not ship: ${foreign.slice(0, 3).join(', ')}`);
  }
  if (chunks.filter((file) => file.includes('.locale-')).length < 5)
    throw new Error(`dossier.bundle.js should have a chunk per lazily loaded language, found ${chunks.join(', ') || 'none'}`);
  if (importsOf(iife).length) throw new Error(`dossier.bundle.iife.js imports: ${importsOf(iife).slice(0, 3).join(', ')}`);
  if (!iife.startsWith('var Dossier=')) throw new Error('dossier.bundle.iife.js does not define window.Dossier');
  // Minified: the sources' TSDoc is gone, and names are shortened (the class names stay: warnings name them).
  for (const [name, code] of [
    ['dossier.bundle.js', esm],
    ['dossier.bundle.iife.js', iife],
  ]) {
    if (/@summary|@csspart|@packageDocumentation/.test(code)) throw new Error(`${name} still has the sources' comments: not minified`);
    if (!/\b(?:const|let|var) [\w$]{1,2}=/.test(code)) throw new Error(`${name} has no shortened names: not minified`);
  }
});

await check('@dossier/elements script-tag bundles come with the license of every package they contain (THIRD-PARTY-NOTICES.txt)', () => {
  const dist = join(root, 'packages/elements/dist');
  const notices = readFileSync(join(dist, 'THIRD-PARTY-NOTICES.txt'), 'utf8');
  for (const bundle of ['dossier.bundle.js', 'dossier.bundle.iife.js']) {
    // What the bundle holds, read from its source map, not from the plugin that wrote the notices.
    const { sources } = JSON.parse(readFileSync(join(dist, `${bundle}.map`), 'utf8'));
    const packages = new Set(sources.map((source) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1]).filter(Boolean));
    const missing = [...packages].filter(
      (name) => !new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} \\S+ — `, 'm').test(notices),
    );
    if (missing.length)
      throw new Error(`${bundle} contains ${missing.join(', ')}, not in THIRD-PARTY-NOTICES.txt (scripts/third-party-notices-plugin.mjs)`);
  }
});

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

// Minified + gzipped sizes of what a host ships, measured on the BUILT packages (run `npm run build`
// first), the way a host's bundler resolves them (their public exports, production builds):
//
// - the script-tag bundles, as shipped (dist/dossier.bundle*.js);
// - `@dossier/elements/define` + core + the Dexie adapter, bundled by esbuild and by Vite;
// - the architecture issue's goal on idb through Vite, with `define` (every tag at once) and with
//   `define-on-demand` (the badge family at once, the larger elements from chunks right after);
// - the shared floor every element stands on (lit, @lit/context, the base element and the part of
//   core it uses), and what each element's define entry point adds above it;
// - one badge alone (with the checklist and drop zone its popover renders);
// - each language but French, which a page loads only when it speaks it, pdf.js, and the elements and
//   core parts loaded after the first badge (the figures above are what loads at start: entry and
//   static imports, not these chunks; "in all" adds those but languages and pdf.js).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = (path) => join(root, 'packages', path);

const ELEMENTS = ['provider', 'badge', 'checklist', 'drop-zone', 'indexer', 'tracker', 'pieces-editor', 'audit', 'reminder'];

/** A host's entry: registers every element, creates a client on IndexedDB. */
const HOST_ENTRY = `import '@dossier/elements/define';
import { createDossierClient } from '@dossier/core';
import { createDexieStorage } from '@dossier/storage-dexie';
export const client = createDossierClient({ storage: createDexieStorage() });
`;

/** The architecture issue's goal: every element + core + xstate + lit + the idb adapter, as Vite bundles it. */
const idbHostEntry = (define) => `import '@dossier/elements/${define}';
import { createDossierClient } from '@dossier/core';
import { createIdbStorage } from '@dossier/storage-idb';
export const client = createDossierClient({ storage: createIdbStorage() });
`;

/** Whether a module is pdf.js: pdfjs-dist itself, or the copy @dossier/elements ships (dist/pdf/pdfjs.js). */
const isPdfjsModule = (id) => id.includes('/pdfjs-dist/') || id.replaceAll('\\', '/').endsWith('/elements/dist/pdf/pdfjs.js');

/** Bytes of `code`, minified as given, and gzipped at level 9. */
const measure = (name, code, note = '') => ({
  name,
  minBytes: Buffer.byteLength(code),
  gzipBytes: gzipSync(code, { level: 9 }).length,
  note,
});

/**
 * Bundles `source` with esbuild as a host would: minified, production, the packages' dist through
 * their exports, split at dynamic imports (Dossier's languages but French load on first use).
 * Returns what a page loads at start, the entry and the chunks it imports statically; with
 * `{ lazy: true }`, the chunks loaded on demand instead, by name.
 */
async function esbuildBundle(source, { lazy = false } = {}) {
  const result = await esbuild({
    stdin: { contents: source, resolveDir: root, loader: 'js' },
    bundle: true,
    write: false,
    splitting: true,
    // Never written (write: false); metafile paths are relative to absWorkingDir.
    absWorkingDir: root,
    outdir: join(root, 'test', 'bench', '.esbuild-size'),
    entryNames: 'entry',
    chunkNames: '[name]-[hash]',
    metafile: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    alias: { dexie: 'dexie/dist/dexie.mjs' },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  const code = new Map(
    result.outputFiles.filter((file) => file.path.endsWith('.js')).map((file) => [relative(root, file.path), file.text]),
  );
  const outputs = result.metafile.outputs;
  const atStart = new Set();
  const visit = (path) => {
    if (atStart.has(path)) return;
    atStart.add(path);
    for (const imported of outputs[path]?.imports ?? []) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(join('test', 'bench', '.esbuild-size', 'entry.js'));
  const wanted = [...code.keys()].filter((path) => atStart.has(path) !== lazy);
  if (!lazy) return wanted.map((path) => code.get(path)).join('\n');
  // A lazy chunk's language, from the translation modules it holds (packages/*/dist/locales/<locale>.js).
  const localeOf = (path) =>
    Object.keys(outputs[path]?.inputs ?? {})
      .map((input) => /\/locales\/([\w-]+)\.js$/.exec(input)?.[1])
      .find(Boolean);
  const isPdfjs = (path) => Object.keys(outputs[path]?.inputs ?? {}).some(isPdfjsModule);
  return wanted.map((path) => ({ path, locale: localeOf(path), pdfjs: isPdfjs(path), text: code.get(path) }));
}

/**
 * Bundles `source` with Vite (its production build), as a Vite host would. Returns what the page
 * loads at start (the entry and what it imports statically: what the first badge waits for) and,
 * as `later`, every chunk loaded on demand but the languages and pdf.js, which are figures of their
 * own (the elements defined after the first ones, file inspection, XState).
 */
async function viteBundle(source) {
  const { build } = await import('vite');
  const dir = mkdtempSync(join(root, 'test', 'bench', '.vite-size-'));
  try {
    writeFileSync(join(dir, 'entry.js'), source);
    const output = await build({
      configFile: false,
      root: dir,
      logLevel: 'silent',
      resolve: { alias: { dexie: 'dexie/dist/dexie.mjs' } },
      build: {
        write: false,
        target: 'es2022',
        minify: true,
        rollupOptions: { input: join(dir, 'entry.js'), preserveEntrySignatures: 'strict' },
      },
    });
    // What the page loads at start: the entry and what it imports statically, not the languages loaded on demand.
    const chunks = new Map(
      (Array.isArray(output) ? output : [output])
        .flatMap((o) => o.output)
        .filter((chunk) => chunk.type === 'chunk')
        .map((chunk) => [chunk.fileName, chunk]),
    );
    const atStart = new Set();
    const visit = (chunk) => {
      if (!chunk || atStart.has(chunk)) return;
      atStart.add(chunk);
      for (const imported of chunk.imports) visit(chunks.get(imported));
    };
    for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk);
    const isLanguageOrPdfjs = (chunk) => Object.keys(chunk.modules).every((id) => /\/locales\/[\w-]+\.js$/.test(id) || isPdfjsModule(id));
    const later = [...chunks.values()].filter((chunk) => !atStart.has(chunk) && !isLanguageOrPdfjs(chunk));
    return { atStart: [...atStart].map((chunk) => chunk.code).join('\n'), later: later.map((chunk) => chunk.code).join('\n') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What a Vite host using `define-on-demand` on idb loads at start (`atStart`) and later (`later`,
 * but languages and pdf.js), as minified code: for tests that look at which texts load when.
 */
export function defineOnDemandHost() {
  return viteBundle(idbHostEntry('define-on-demand'));
}

/** The same for a Vite host using `define` (every tag at once, each larger element's view on its first update). */
export function defineHost() {
  return viteBundle(idbHostEntry('define'));
}

/** Measures every figure; `deltaGzipBytes` is what an element adds above the floor. */
export async function measureSizes() {
  const out = [];
  for (const file of ['dossier.bundle.js', 'dossier.bundle.iife.js']) {
    out.push(
      measure(
        `script-tag bundle ${file}`,
        readFileSync(dist(`elements/dist/${file}`), 'utf8'),
        'elements + core + Dexie + REST, all tags registered',
      ),
    );
  }
  out.push(measure('define + core + Dexie (esbuild)', await esbuildBundle(HOST_ENTRY), 'a host registering every element, on IndexedDB'));
  out.push(measure('define + core + Dexie (Vite)', (await viteBundle(HOST_ENTRY)).atStart, 'the same, through Vite, at start'));
  // The goal figure: what a page loads before its first badge, and beside it all it may load later.
  const idbHost = await viteBundle(idbHostEntry('define'));
  out.push(measure('define + core + idb (Vite)', idbHost.atStart, 'every tag at once, at start; goal: 60 kB gzip (issue 9)'));
  out.push(
    measure(
      'define + core + idb (Vite), in all',
      `${idbHost.atStart}\n${idbHost.later}`,
      'at start + the chunks loaded with the first file or write (file inspection, XState, SHA-256, tus); not languages, pdf.js',
    ),
  );
  const onDemandHost = await viteBundle(idbHostEntry('define-on-demand'));
  out.push(
    measure(
      'define-on-demand + core + idb (Vite)',
      onDemandHost.atStart,
      'at start, before the first badge (the larger elements from chunks right after); goal: 60 kB gzip',
    ),
  );
  out.push(
    measure(
      'define-on-demand + core + idb (Vite), in all',
      `${onDemandHost.atStart}\n${onDemandHost.later}`,
      'at start + the chunks loaded after (other elements, file inspection, XState, SHA-256, tus); not languages, pdf.js',
    ),
  );
  // esbuild's splitting puts a module shared by a chunk loaded on demand and the page's imports in a
  // chunk the page loads at start, even where the page uses none of it: so the parts of core's client
  // loaded on first call (issue 9) take their code from the start only under Vite.
  out.push(
    measure(
      'define-on-demand + core + idb (esbuild)',
      await esbuildBundle(idbHostEntry('define-on-demand')),
      "the same host through esbuild, at start (with the parts of core's on-demand code that core's entry exports)",
    ),
  );
  out.push(
    measure(
      'raw dependencies: lit + @lit/context + xstate + idb',
      await esbuildBundle(
        `export { LitElement, html, css } from 'lit';\nexport * from '@lit/context';\nexport * from 'xstate';\nexport * from 'idb';`,
      ),
      'what the goal leaves for Dossier itself',
    ),
  );
  out.push(measure('lit alone', await esbuildBundle(`export { LitElement, html, css } from 'lit';`)));
  const floor = measure(
    'floor: lit + @lit/context + base element + the core it uses',
    await esbuildBundle(`export { DossierElement } from '@dossier/elements';`),
    'what every element stands on',
  );
  out.push(floor);
  for (const element of ELEMENTS) {
    const size = measure(`define/${element}`, await esbuildBundle(`import '@dossier/elements/define/${element}';`));
    // The provider is a plain LitElement, below the floor: it has no delta.
    out.push(
      element === 'provider'
        ? { ...size, note: 'a plain LitElement with @lit/context' }
        : { ...size, deltaGzipBytes: size.gzipBytes - floor.gzipBytes },
    );
  }
  out.push(
    measure(
      'one badge alone (DossierBadge.define)',
      await esbuildBundle(`import { DossierBadge } from '@dossier/elements';\nDossierBadge.define('dossier-badge');`),
      'with the checklist and drop zone it renders',
    ),
  );
  out.push(
    measure(
      '@dossier/core (all exports, at start)',
      await esbuildBundle(`export * from '@dossier/core';`),
      'XState and file inspection load with the first write or file',
    ),
  );
  // Each language but French, loaded on first use (core's and the elements' texts): what a page in that language adds.
  // The other chunks loaded on demand: pdf.js, and the elements and core parts that load after the
  // first badge (esbuild's figure; Vite's is the "in all" row above).
  const languages = new Map();
  let pdfjs = '';
  let otherParts = '';
  for (const { locale, pdfjs: isPdfjs, text } of await esbuildBundle(HOST_ENTRY, { lazy: true })) {
    if (locale) languages.set(locale, (languages.get(locale) ?? '') + text);
    else if (isPdfjs) pdfjs += text;
    else otherParts += text;
  }
  for (const [locale, code] of [...languages].sort())
    out.push(measure(`language ${locale} (loaded on first use)`, code, "the elements' and core's texts"));
  out.push(measure('pdf.js (loaded when a PDF is first shown)', pdfjs, "the indexer's PDF previews"));
  out.push(measure('define + core + Dexie (esbuild), loaded after the start', otherParts, 'file inspection, XState, SHA-256, tus'));
  return out;
}

// Builds every packages/<pkg> that has src/index.ts into packages/<pkg>/dist as ES modules.
// preserveModules keeps one output file per source file so that consumers' bundlers can
// tree-shake (every package but elements is "sideEffects": false).
// Declarations are not made here: `npm run build:types` (tsc, emitDeclarationOnly) writes them
// into the same dist folders afterwards. TypeScript 7 has no JS API, hence esbuild, not
// @rollup/plugin-typescript.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import alias from '@rollup/plugin-alias';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { thirdPartyNotices } from './scripts/third-party-notices-plugin.mjs';
import { pdfWorker } from './scripts/pdf-worker-plugin.mjs';
import { minifyLitTemplates } from './scripts/rollup/minify-lit-templates.mjs';

const root = new URL('.', import.meta.url).pathname;

/** Entries besides src/index.ts, built only when the file exists. */
const extraEntries = {
  core: ['src/adapter/index.ts', 'src/browser/index.ts', 'src/testing/index.ts'],
  'storage-rest': ['src/mock/index.ts', 'src/tus/index.ts'],
  'storage-postgres': ['src/testing/index.ts'],
  server: ['src/cli/server-main.ts', 'src/cli/conformance-main.ts'],
  // locales/fr: the public `@dossier/elements/locales/fr`, which no module imports (each element
  // imports its own French texts); the other languages are reached by the locale registry's imports.
  elements: ['src/define.ts', 'src/define-on-demand.ts', 'src/locales/fr.ts'],
};

/**
 * Build-time dependencies bundled into a package's dist rather than left as imports, each resolved
 * to the file that ships. pdf.js for the elements' PDF previews: as a dependency, pdfjs-dist would
 * bring its optional native Node packages (@napi-rs/canvas) into every host's install, for code
 * that only ever runs in a browser. It becomes dist/pdf/pdfjs.js (pdf.js's own minified build, its
 * license notice kept), still imported dynamically.
 */
const bundledDependencies = {
  elements: { 'pdfjs-dist': { file: 'pdfjs-dist/build/pdf.min.mjs', output: 'pdf/pdfjs.js' } },
};

/** Packages that run only in Node and may import `node:*` modules. */
const nodeOnly = new Set(['storage-postgres', 'server']);

/** Limits the build to some packages: DOSSIER_PACKAGES=core,elements npx rollup -c */
const only = process.env.DOSSIER_PACKAGES?.split(',')
  .map((p) => p.trim())
  .filter(Boolean);

function packageConfig(dir) {
  const pkgDir = join(root, 'packages', dir);
  const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const deps = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies });
  const input = ['src/index.ts', ...(extraEntries[dir] ?? [])]
    .filter((entry) => existsSync(join(pkgDir, entry)))
    .map((entry) => join(pkgDir, entry));

  const bundled = bundledDependencies[dir] ?? {};
  const outDir = join(pkgDir, 'dist');
  // Stale modules from renamed sources would otherwise linger in dist; watch mode keeps them.
  if (!process.env.ROLLUP_WATCH) rmSync(outDir, { recursive: true, force: true });

  return {
    input,
    // Dependencies stay imports (the consumer's bundler dedupes them). A bare import that is not
    // a declared dependency fails the build: the root node_modules holds every devDependency, so
    // it would otherwise be inlined silently.
    external(id, importer, isResolved) {
      if (isResolved || id.startsWith('.') || id.startsWith('/') || id.startsWith('\0')) return false;
      // Node's own modules, for the Node-only packages (storage-postgres, server); browser packages never import them.
      if (id.startsWith('node:') && nodeOnly.has(dir)) return true;
      if (Object.keys(bundled).some((dep) => id === dep || id.startsWith(`${dep}/`))) return false;
      if (id.startsWith('@dossier/') || deps.some((dep) => id === dep || id.startsWith(`${dep}/`))) return true;
      throw new Error(`${manifest.name}: "${id}" (imported by ${importer}) is not a dependency in packages/${dir}/package.json`);
    },
    plugins: [
      // Dexie 4's ES entry imports its UMD file, which rollup cannot read without commonjs;
      // only matters if dexie is ever bundled rather than external.
      alias({ entries: [{ find: /^dexie$/, replacement: 'dexie/dist/dexie.mjs' }] }),
      bundleDependencies(bundled),
      nodeResolve({ extensions: ['.ts', '.mjs', '.js'] }),
      // The elements' PDF previews: pdf.js's worker in dist/, the default URL pointing at it.
      ...(dir === 'elements' ? [pdfWorker()] : []),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', sourceMap: true }),
      // The text of Lit's css/html/svg templates: hosts' bundlers leave it as it is.
      minifyLitTemplates(),
    ],
    output: {
      dir: outDir,
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: join(pkgDir, 'src'),
      // A bundled dependency's module gets its own name (rather than dist/node_modules/…).
      entryFileNames: (chunk) =>
        Object.values(bundled).find((dep) => chunk.facadeModuleId?.replaceAll('\\', '/').endsWith(`/node_modules/${dep.file}`))?.output ??
        '[name].js',
      sourcemap: true,
    },
    onwarn(warning, warn) {
      if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(`${manifest.name}: ${warning.message}`);
      warn(warning);
    },
  };
}

/**
 * The script-tag bundles of @dossier/elements (packages/elements/bundle/dossier-bundle.ts): every
 * element, core, and the Dexie and REST adapters in one minified file, as an ES module
 * (`dist/dossier.bundle.js`, its languages but French in chunks beside it) and a classic script
 * defining `window.Dossier` (`dist/dossier.bundle.iife.js`, every language inside). Nothing is
 * external; lit, xstate and dexie resolve to their production builds, and their licenses go into
 * `dist/THIRD-PARTY-NOTICES.txt`. Built from the packages' sources (the `dossier-source` condition).
 */
function scriptTagBundleConfig() {
  const pkgDir = join(root, 'packages', 'elements');
  const banner = `/*! @dossier/elements ${JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version} — script-tag bundle: elements, core, Dexie and REST adapters. Apache-2.0; contains lit, @lit/context (BSD-3-Clause), xstate (MIT), dexie (Apache-2.0): see THIRD-PARTY-NOTICES.txt beside it. */`;
  const common = {
    input: join(pkgDir, 'bundle', 'dossier-bundle.ts'),
    // The language chunks import what they share with the bundle (Intl plural rules…) from it:
    // without this, rollup would move the whole bundle into a third file behind a two-line facade.
    // The price is a few internal exports with minified names beside the public ones.
    preserveEntrySignatures: 'allow-extension',
  };
  // Fresh plugin instances per build (two builds: the ES module with its chunks, the classic script).
  const plugins = () => [
    alias({
      entries: [
        { find: /^dexie$/, replacement: 'dexie/dist/dexie.mjs' },
        // tus-js-client's one CommonJS dependency (the tus chunk): the platform's URL instead.
        { find: /^url-parse$/, replacement: join(pkgDir, 'bundle', 'url-parse-for-bundle.ts') },
      ],
    }),
    nodeResolve({
      extensions: ['.ts', '.mjs', '.js'],
      browser: true,
      exportConditions: ['dossier-source', 'browser', 'import', 'default'],
    }),
    pdfWorker(),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify: true, legalComments: 'eof', sourceMap: true }),
    minifyLitTemplates(),
  ];
  // Written by the ES module's build, whose files contain every package the classic script does, and pdf.js.
  const notices = thirdPartyNotices(
    'THIRD-PARTY-NOTICES.txt',
    'The script-tag bundles of @dossier/elements (dist/dossier.bundle.js, its chunks, dist/dossier.bundle.iife.js)',
  );
  const esModule = {
    ...common,
    plugins: [...plugins(), notices],
    output: [
      // The languages other than French load on first use: beside the ES module, one chunk each
      // (dist/dossier.bundle.locale-<…>.js), fetched relative to it; so does pdf.js.
      {
        dir: join(pkgDir, 'dist'),
        entryFileNames: 'dossier.bundle.js',
        // pdf.js (the indexer's PDF previews) is a chunk of its own too, loaded when a PDF is first shown.
        // Its name has no hash: the classic-script bundle imports it by that name (see below).
        // The elements defined after the first badge, file inspection, XState and SHA-256 are chunks
        // beside it as well (dist/dossier.bundle.part-<…>.js), fetched as the bundle starts or on first use.
        chunkFileNames: (chunk) => {
          if (chunk.moduleIds.some((id) => id.includes('/node_modules/pdfjs-dist/'))) return 'dossier.bundle.pdfjs.js';
          // tus-js-client (resumable portal uploads, `loadTusUploads()`), loaded on first use too.
          if (chunk.moduleIds.some((id) => id.includes('/node_modules/tus-js-client/'))) return 'dossier.bundle.tus.js';
          return chunk.moduleIds.every((id) => /\/locales\/[\w-]+\.ts$/.test(id))
            ? 'dossier.bundle.locale-[name]-[hash].js'
            : 'dossier.bundle.part-[name]-[hash].js';
        },
        format: 'es',
        sourcemap: true,
        banner,
      },
    ],
  };
  // A classic script cannot be split: it carries every language. Not pdf.js, though: it imports the
  // ES bundle's pdf.js chunk (dist/dossier.bundle.pdfjs.js) from beside itself when a PDF is shown.
  const classicScript = {
    ...common,
    plugins: [pdfjsBesideTheBundle(join(pkgDir, 'bundle', 'load-pdfjs-beside-bundle.ts')), ...plugins()],
    output: {
      file: join(pkgDir, 'dist', 'dossier.bundle.iife.js'),
      format: 'iife',
      name: 'Dossier',
      inlineDynamicImports: true,
      sourcemap: true,
      banner,
    },
  };
  return [esModule, classicScript];
}

/** Resolves each of `bundled` (see bundledDependencies) to the file of it that ships. */
function bundleDependencies(bundled) {
  return {
    name: 'dossier-bundled-dependencies',
    async resolveId(source, importer, options) {
      if (!Object.hasOwn(bundled, source)) return null;
      return this.resolve(bundled[source].file, importer, { ...options, skipSelf: true });
    },
    // The file ships minified as its authors built it: a map from it to itself would only add weight.
    generateBundle(_options, bundle) {
      for (const { output } of Object.values(bundled)) {
        const chunk = bundle[output];
        if (chunk?.type !== 'chunk') continue;
        delete bundle[`${output}.map`];
        chunk.code = chunk.code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
        chunk.map = null;
      }
    },
  };
}

/** Resolves the elements' src/pdf/load-pdfjs module to `replacement` (the classic-script bundle's loader). */
function pdfjsBesideTheBundle(replacement) {
  return {
    name: 'dossier-pdfjs-beside-the-bundle',
    async resolveId(source, importer, options) {
      if (!source.endsWith('/load-pdfjs.js') || !importer?.replaceAll('\\', '/').includes('/src/pdf/')) return null;
      return this.resolve(replacement, importer, { ...options, skipSelf: true });
    },
  };
}

const configs = readdirSync(join(root, 'packages'))
  .filter((dir) => existsSync(join(root, 'packages', dir, 'src', 'index.ts')))
  .filter((dir) => !only || only.includes(dir))
  .sort()
  .map(packageConfig);
if (!only || only.includes('elements')) configs.push(...scriptTagBundleConfig());

if (configs.length === 0) {
  console.warn('rollup.config.mjs: no packages/*/src/index.ts found, nothing to build.');
}

export default configs;

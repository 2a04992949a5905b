// The TypeScript API of one built package, one report per entry point of its "exports", made by
// API Extractor (which brings its own TypeScript 6: TypeScript 7 has no compiler API) from the
// dist/*.d.ts a consumer's compiler reads. API Extractor leaves out `declare global` and
// `declare module` blocks, which carry much of the elements' API (the tag and event maps), so each
// report ends with those of every declaration file its entry point reaches.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { CompilerState, Extractor, ExtractorConfig, ExtractorLogLevel } from '@microsoft/api-extractor';

/** What the consumer's compiler is assumed to be set to (the README's tsconfig for hosts). */
const COMPILER_OPTIONS = {
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'bundler',
  lib: ['ES2023', 'DOM', 'DOM.Iterable'],
  types: [],
  strict: true,
  skipLibCheck: true,
};

/**
 * The declaration file of every typed export of `manifest` (pattern exports expanded from dist/),
 * by report name: `.` → `index`, `./adapter` → `adapter`, `./define/badge` → `define-badge`.
 * Exports without types (script-tag bundles, YAML, package.json) have no TypeScript API. The
 * `./frameworks/*` types of the elements are generated from custom-elements.json, which has its
 * own report (custom-elements.api.md), so they are left out here.
 * @param {string} pkgPath
 * @param {Record<string, any>} manifest
 * @returns {Map<string, string>} report name → absolute path of the entry's .d.ts
 */
function typedEntryPoints(pkgPath, manifest) {
  const entries = new Map();
  for (const [subpath, value] of Object.entries(manifest.exports ?? {})) {
    const types = typeof value === 'object' && value !== null ? value.types : undefined;
    if (typeof types !== 'string' || subpath.startsWith('./frameworks/')) continue;
    const name = (subpath === '.' ? 'index' : subpath.slice(2)).replaceAll('/', '-');
    if (!types.includes('*')) {
      entries.set(name, join(pkgPath, types));
      continue;
    }
    const [prefix, suffix] = types.split('*');
    const dir = join(pkgPath, prefix);
    if (!existsSync(dir)) continue;
    for (const match of readdirSync(dir).sort()) {
      if (existsSync(join(dir, match + suffix))) entries.set(name.replace('*', match), join(dir, match + suffix));
    }
  }
  return entries;
}

/** Top-level `declare global { … }` and `declare module '…' { … }` blocks of a tsc-emitted .d.ts, comments removed. */
function globalBlocks(text) {
  const blocks = [];
  const lines = text.replace(/\/\*[\s\S]*?\*\//g, '').split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    if (!/^declare (global|module ['"][^'"]+['"]) \{\s*$/.test(lines[i])) continue;
    const block = [lines[i]];
    // tsc closes a top-level block with `}` in the first column.
    for (i += 1; i < lines.length && lines[i] !== '}'; i += 1)
      if (lines[i].trim() && !lines[i].trim().startsWith('//')) block.push(lines[i]);
    block.push('}');
    blocks.push(block.join('\n'));
  }
  return blocks;
}

/** Every .d.ts reachable from `entry` through relative imports and re-exports, in a stable order. */
function reachableDeclarations(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, specifier] of text.matchAll(/(?:from|import)\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      visit(join(dirname(file), specifier.replace(/\.js$/, '.d.ts')));
    }
  };
  visit(entry);
  return [...seen].sort();
}

/**
 * The reports of a built package, by file name (`index.api.md`…).
 * @param {{ path: string, name: string, manifest: Record<string, any> }} pkg
 * @returns {Map<string, string>}
 */
export function typescriptApiReports(pkg) {
  const entries = typedEntryPoints(pkg.path, pkg.manifest);
  const reports = new Map();
  if (entries.size === 0) return reports;
  const missing = [...entries.values()].filter((file) => !existsSync(file));
  if (missing.length)
    throw new Error(`${pkg.name}: ${missing.map((file) => relative(pkg.path, file)).join(', ')} missing: run npm run build first`);

  const reportFolder = mkdtempSync(join(tmpdir(), 'dossier-api-'));
  try {
    const configFor = (name, entry) =>
      ExtractorConfig.prepare({
        configObject: {
          projectFolder: pkg.path,
          mainEntryPointFilePath: entry,
          compiler: { overrideTsconfig: { compilerOptions: COMPILER_OPTIONS, files: [entry] } },
          apiReport: { enabled: true, reportFolder, reportTempFolder: join(reportFolder, 'temp'), reportFileName: `${name}.api.md` },
          docModel: { enabled: false },
          dtsRollup: { enabled: false },
          tsdocMetadata: { enabled: false },
          messages: {
            compilerMessageReporting: { default: { logLevel: ExtractorLogLevel.Warning } },
            // Release tags (@public/@beta) are not used here; TSDoc tags of the elements (@csspart,
            // @fires…) are for the custom-elements analyzer. Forgotten exports stay in the report.
            extractorMessageReporting: {
              default: { logLevel: ExtractorLogLevel.None, addToApiReportFile: true },
              'ae-missing-release-tag': { logLevel: ExtractorLogLevel.None, addToApiReportFile: false },
              'ae-undocumented': { logLevel: ExtractorLogLevel.None, addToApiReportFile: false },
            },
            tsdocMessageReporting: { default: { logLevel: ExtractorLogLevel.None, addToApiReportFile: false } },
          },
        },
        configObjectFullPath: undefined,
        packageJsonFullPath: join(pkg.path, 'package.json'),
      });
    // One program for every entry point of the package: lib.dom.d.ts is parsed once, not per entry.
    const [firstName, firstEntry] = [...entries][0];
    const compilerState = CompilerState.create(configFor(firstName, firstEntry), { additionalEntryPoints: [...entries.values()] });
    for (const [name, entry] of entries) {
      const result = Extractor.invoke(configFor(name, entry), { localBuild: true, compilerState, messageCallback: quietUnlessError });
      if (!result.succeeded)
        throw new Error(`${pkg.name}: API Extractor failed on ${relative(pkg.path, entry)} (${result.errorCount} errors)`);
      const globals = [...new Set(reachableDeclarations(entry).flatMap((file) => globalBlocks(readFileSync(file, 'utf8'))))];
      const report = readFileSync(join(reportFolder, `${name}.api.md`), 'utf8').replace(/\r\n/g, '\n');
      reports.set(
        `${name}.api.md`,
        globals.length ? `${report.trimEnd()}\n\n## Global declarations\n\n\`\`\`ts\n${globals.join('\n\n')}\n\`\`\`\n` : report,
      );
    }
  } finally {
    rmSync(reportFolder, { recursive: true, force: true });
  }
  return reports;
}

/** API Extractor's console lines are noise here except errors, which stay on the console. */
function quietUnlessError(message) {
  if (message.logLevel !== ExtractorLogLevel.Error) message.handled = true;
}

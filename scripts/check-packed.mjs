// `npm run check:packed` (after `npm run build`): every published package as the registry would get
// it, packed by `npm pack` into a temporary folder, then for each tarball:
//   - its files: LICENSE, README.md, CHANGELOG.md, package.json and what "files" lists; no sources,
//     tests or configs; a package.json without the repository-only `dossier-source` condition;
//   - every package its .js and .d.ts files import is declared (dependency or peer): a strict
//     installer (pnpm) gives a package nothing else, so an undeclared one fails there;
//   - publint (strict: warnings fail), on the tarball;
//   - @arethetypeswrong/cli with the esm-only profile (the packages are ES modules only: `require()`
//     works on Node 20.19+ through require(esm), which attw's node16-cjs mode does not model), on the
//     tarball, every pattern export expanded to the subpaths it serves (`./define/badge`…).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { createCheckReport } from './check-report.mjs';
import { packPackages } from './pack-packages.mjs';

const { report, finish } = createCheckReport();

/** attw has no API beside its CLI (its core has no profiles or rendering): run its bin with this Node. */
const attwCli = join(dirname(fileURLToPath(import.meta.resolve('@arethetypeswrong/cli/package.json'))), 'dist', 'index.js');

/** The first file target of an exports value, the `dossier-source` condition aside. */
function firstTarget(value) {
  if (typeof value === 'string') return value;
  for (const [condition, inner] of Object.entries(value ?? {})) {
    if (condition === 'dossier-source') continue;
    const target = firstTarget(inner);
    if (target) return target;
  }
  return null;
}

/** The subpaths a pattern export (`./define/*` → `./dist/components/*\/define.js`) serves, from the packed files. */
function expandPattern(subpath, target, files) {
  const [prefix, suffix] = target.replace(/^\.\//, '').split('*');
  return files
    .filter((file) => file.startsWith(prefix) && file.endsWith(suffix) && file.length > prefix.length + suffix.length)
    .map((file) => subpath.replace('*', file.slice(prefix.length, file.length - suffix.length)));
}

/** The packages that the .js and .d.ts files of an unpacked package import, with a file importing each. */
function importedPackages(unpackedDir, files) {
  const imported = new Map();
  for (const file of files.filter((name) => /\.(m?js|d\.ts)$/.test(name))) {
    // Comments hold examples (`import … from "my-app"`), not imports.
    const text = readFileSync(join(unpackedDir, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|\s)\/\/.*$/gm, '$1');
    // `from 'x'`, `import 'x'`, `import('x')`, `require('x')` where x is a package name; `declare module 'x'` augments, it imports nothing.
    for (const [, specifier] of text.matchAll(
      /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(?:\/[\w./-]*)?)["']/g,
    )) {
      if (specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0])) continue;
      const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
      if (!imported.has(name)) imported.set(name, file);
    }
  }
  return imported;
}

/** Runs a tool; returns its exit status and its output without colours. */
function run(command, args) {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
}

const destination = mkdtempSync(join(tmpdir(), 'dossier-packed-'));
try {
  for (const { pkg, tarball, files, size } of packPackages(destination)) {
    const fixFiles = `fix: "files" in packages/${pkg.dir}/package.json, or npm run packages:sync`;
    const problems = [];
    const fixMissing = {
      'package.json': fixFiles,
      'README.md': `fix: write packages/${pkg.dir}/README.md (npm packs it by itself)`,
      LICENSE: 'fix: npm run packages:sync',
      'CHANGELOG.md': 'fix: npm run packages:sync',
    };
    for (const [required, fix] of Object.entries(fixMissing))
      if (!files.includes(required)) problems.push(`${required} is not in the tarball — ${fix}`);
    const unneeded = files.filter(
      (file) =>
        /(^|\/)(src|test|tests|stories|fixtures)\//.test(file) ||
        /\.test\.|tsconfig|\.tsbuildinfo$/.test(file) ||
        /(?<!\.d)\.ts$/.test(file),
    );
    if (unneeded.length) {
      const shown = unneeded.slice(0, 5).join(', ') + (unneeded.length > 5 ? ` and ${unneeded.length - 5} more` : '');
      problems.push(`sources, tests or configs in the tarball, which consumers do not need: ${shown} — ${fixFiles}`);
    }
    const packed = JSON.parse(run('tar', ['-xzOf', tarball, 'package/package.json']).output);
    if (JSON.stringify(packed).includes('dossier-source'))
      problems.push(
        'the packed package.json keeps the dossier-source condition — fix: npm run packages:sync (adds the prepack that strips it)',
      );
    report(`${pkg.name}: ${files.length} files, ${(size / 1024).toFixed(0)} KiB packed`, problems);

    const unpacked = join(destination, pkg.dir);
    mkdirSync(unpacked);
    run('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1']);
    const declared = new Set([
      pkg.name,
      ...['dependencies', 'peerDependencies', 'optionalDependencies'].flatMap((field) => Object.keys(packed[field] ?? {})),
    ]);
    const undeclared = [...importedPackages(unpacked, files)].filter(([name]) => !declared.has(name));
    report(
      `${pkg.name}: every package its files import is a dependency or a peer`,
      undeclared.map(
        ([name, file]) =>
          `${file} imports ${name} — fix: declare it in packages/${pkg.dir}/package.json (a peer if the host brings it), or import it through a declared package`,
      ),
    );

    const tarballBytes = readFileSync(tarball);
    const lint = await publint({
      pack: { tarball: tarballBytes.buffer.slice(tarballBytes.byteOffset, tarballBytes.byteOffset + tarballBytes.byteLength) },
      level: 'suggestion',
      strict: true,
    });
    report(
      `${pkg.name}: publint (strict: warnings fail${lint.messages.length ? `; ${lint.messages.filter((m) => m.type === 'suggestion').length} suggestions` : ''})`,
      lint.messages
        .filter((message) => message.type !== 'suggestion')
        .map((message) => `${formatMessage(message, lint.pkg, { color: false })} — fix: packages/${pkg.dir}/package.json or the build`),
    );
    for (const message of lint.messages.filter((m) => m.type === 'suggestion'))
      console.log(`      suggestion: ${formatMessage(message, lint.pkg, { color: false })}`);

    // File exports (the script-tag bundles, the YAML contract) are files to serve or read, not
    // modules to type: attw would only say they have no types. package.json is checked as JSON.
    const exportsField = packed.exports ?? {};
    const fileExports = Object.entries(exportsField)
      .filter(([subpath, value]) => typeof value === 'string' && subpath !== './package.json')
      .map(([subpath]) => subpath);
    const patternSubpaths = Object.entries(exportsField)
      .filter(([subpath]) => subpath.includes('*'))
      .flatMap(([subpath, value]) => expandPattern(subpath, firstTarget(value), files));
    const attwArgs = [tarball, '--profile', 'esm-only', '--format', 'ascii', '--no-color', '--no-emoji'];
    if (patternSubpaths.length) attwArgs.push('--include-entrypoints', ...patternSubpaths);
    if (fileExports.length) attwArgs.push('--exclude-entrypoints', ...fileExports);
    const attw = run(process.execPath, [attwCli, ...attwArgs]);
    const checked = `${Object.keys(exportsField).length - fileExports.length + patternSubpaths.length} entry points${fileExports.length ? `; files, not modules: ${fileExports.join(', ')}` : ''}`;
    report(
      `${pkg.name}: attw --profile esm-only (${checked})`,
      attw.ok ? [] : ['attw found problems in how the types resolve — fix the "exports" or the declarations it names'],
      attw.ok ? '' : attw.output,
    );
  }
} catch (error) {
  report('npm pack every published package', [error instanceof Error ? error.message : String(error)]);
} finally {
  rmSync(destination, { recursive: true, force: true });
}

finish();

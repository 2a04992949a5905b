// prepack / postpack of every published package (run by `npm pack` and `npm publish` in the
// package's folder):
//
//   node ../../scripts/pack-manifest.mjs strip     before packing: the package.json a consumer gets
//   node ../../scripts/pack-manifest.mjs restore   after packing: the repository's package.json back
//
// Why: in this repository each export has a `dossier-source` condition pointing at src/*.ts, so
// tests, type checks and Storybook run on sources without a build. src/ is not published, so a
// packed package.json keeping those conditions would point consumers' tools at files that do not
// exist (publint flags it). npm packs the package.json on disk after prepack and publishes the
// manifest it re-reads then, so stripping it here is what consumers and the registry get.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { repositoryRoot } from './workspace-packages.mjs';

const SOURCE_CONDITION = 'dossier-source';
const packageDir = process.cwd();
const manifestPath = join(packageDir, 'package.json');
// Kept outside the package folder, so that nothing of it can be packed.
const backupPath = join(repositoryRoot, '.cache', 'pack-manifest', `${basename(packageDir)}.package.json`);

/** `exports` without the source condition, keys otherwise in their order. */
function withoutSourceCondition(value) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== SOURCE_CONDITION)
      .map(([key, inner]) => [key, withoutSourceCondition(inner)]),
  );
}

function restore() {
  if (!existsSync(backupPath)) return false;
  writeFileSync(manifestPath, readFileSync(backupPath, 'utf8'));
  rmSync(backupPath);
  return true;
}

function strip() {
  // A pack interrupted before its postpack left the stripped file: start from the original.
  if (restore()) console.warn(`pack-manifest: restored ${manifestPath} left stripped by an interrupted pack`);
  const original = readFileSync(manifestPath, 'utf8');
  const manifest = JSON.parse(original);
  mkdirSync(join(backupPath, '..'), { recursive: true });
  writeFileSync(backupPath, original);
  manifest.exports = withoutSourceCondition(manifest.exports);
  // The same for the source files listed as having side effects (they are there for the tests).
  if (Array.isArray(manifest.sideEffects)) manifest.sideEffects = manifest.sideEffects.filter((path) => !path.startsWith('./src/'));
  // The pack scripts themselves point into this repository; a consumer never runs them.
  if (manifest.scripts) {
    delete manifest.scripts.prepack;
    delete manifest.scripts.postpack;
    if (Object.keys(manifest.scripts).length === 0) delete manifest.scripts;
  }
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
}

const command = process.argv[2];
if (command === 'strip') strip();
else if (command === 'restore') restore();
else {
  console.error('usage: node scripts/pack-manifest.mjs strip|restore (run from a package folder, by npm pack)');
  process.exit(2);
}

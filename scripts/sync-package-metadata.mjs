// `npm run packages:sync`: writes into every published packages/<dir> what it takes from the root:
// the package.json fields of scripts/package-metadata.mjs, the pack scripts, the LICENSE file, and
// a CHANGELOG.md when it has none (listed in "files"). Run it after adding a package or changing
// the root's repository address; `npm run check:packages` then says what is left to write by hand.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACK_SCRIPTS, derivedMetadata, usesSourceCondition } from './package-metadata.mjs';
import { publishedPackages, repositoryRoot, rootManifest } from './workspace-packages.mjs';

/** The order fields are written in; fields not named keep their order after these. */
const FIELD_ORDER = [
  'name',
  'version',
  'description',
  'keywords',
  'license',
  'repository',
  'homepage',
  'bugs',
  'type',
  'engines',
  'sideEffects',
  'exports',
  'bin',
  'files',
  'scripts',
  'dependencies',
  'peerDependencies',
  'peerDependenciesMeta',
  'devDependencies',
  'customElements',
  'publishConfig',
];

function ordered(manifest) {
  const known = FIELD_ORDER.filter((key) => key in manifest);
  const rest = Object.keys(manifest).filter((key) => !FIELD_ORDER.includes(key));
  return Object.fromEntries([...known, ...rest].map((key) => [key, manifest[key]]));
}

const root = rootManifest();
const rootLicense = readFileSync(join(repositoryRoot, 'LICENSE'), 'utf8');
for (const pkg of publishedPackages()) {
  const changed = [];
  const manifest = { ...pkg.manifest, ...derivedMetadata(pkg.dir, root) };
  if (usesSourceCondition(manifest.exports)) manifest.scripts = { ...manifest.scripts, ...PACK_SCRIPTS };
  // npm packs README and LICENSE by itself, not the CHANGELOG.
  if (Array.isArray(manifest.files) && !manifest.files.includes('CHANGELOG.md')) manifest.files = [...manifest.files, 'CHANGELOG.md'];
  const text = `${JSON.stringify(ordered(manifest), null, 2)}\n`;
  const manifestPath = join(pkg.path, 'package.json');
  if (readFileSync(manifestPath, 'utf8') !== text) {
    writeFileSync(manifestPath, text);
    changed.push('package.json');
  }
  const licensePath = join(pkg.path, 'LICENSE');
  if (!existsSync(licensePath) || readFileSync(licensePath, 'utf8') !== rootLicense) {
    copyFileSync(join(repositoryRoot, 'LICENSE'), licensePath);
    changed.push('LICENSE');
  }
  const changelogPath = join(pkg.path, 'CHANGELOG.md');
  if (!existsSync(changelogPath)) {
    writeFileSync(changelogPath, `# ${pkg.name}\n\n## ${pkg.manifest.version}\n\nFirst published version.\n`);
    changed.push('CHANGELOG.md');
  }
  console.log(`${pkg.name}: ${changed.length ? `wrote ${changed.join(', ')}` : 'up to date'}`);
}

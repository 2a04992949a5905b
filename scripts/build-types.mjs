// Emits the .d.ts files of every package that has src/index.ts, into packages/<pkg>/dist.
// Packages are built in dependency order because each one resolves its sibling
// @dossier/* imports to their built dist/*.d.ts (tsconfig.build.json drops the
// "dossier-source" condition so that declarations never point into another package's src).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
/** Limits the build like rollup.config.mjs does: DOSSIER_PACKAGES=core,elements (their @dossier deps must be built). */
const only = process.env.DOSSIER_PACKAGES?.split(',')
  .map((p) => p.trim())
  .filter(Boolean);
const packagesDir = join(root, 'packages');

const packages = new Map();
for (const dir of readdirSync(packagesDir)) {
  const pkgDir = join(packagesDir, dir);
  if (only && !only.includes(dir)) continue;
  if (!existsSync(join(pkgDir, 'src', 'index.ts')) || !existsSync(join(pkgDir, 'package.json'))) continue;
  const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const deps = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }).filter((d) => d.startsWith('@dossier/'));
  packages.set(manifest.name, { dir, pkgDir, deps });
}

const order = [];
const visiting = new Set();
function visit(name) {
  if (order.includes(name) || !packages.has(name)) return;
  if (visiting.has(name)) throw new Error(`build-types: dependency cycle through ${name}`);
  visiting.add(name);
  for (const dep of packages.get(name).deps) visit(dep);
  visiting.delete(name);
  order.push(name);
}
for (const name of [...packages.keys()].sort()) visit(name);

const tsc = join(root, 'node_modules', '.bin', 'tsc');
for (const name of order) {
  const { dir, pkgDir } = packages.get(name);
  const config = join(pkgDir, 'tsconfig.build.json');
  if (!existsSync(config)) {
    console.error(`build-types: packages/${dir} has src/index.ts but no tsconfig.build.json (copy one from packages/core).`);
    process.exit(1);
  }
  console.log(`build-types: ${name}`);
  const result = spawnSync(tsc, ['-p', config], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
if (order.length === 0) console.log('build-types: no package has src/index.ts yet, nothing to do.');

// Packs every published package (packages/*, walked) with `npm pack`, as `npm publish` would pack it:
// its prepack runs (scripts/pack-manifest.mjs), so the tarball holds the package.json consumers get.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { publishedPackages, repositoryRoot } from './workspace-packages.mjs';

/**
 * @typedef {object} PackedPackage
 * @property {import('./workspace-packages.mjs').WorkspacePackage} pkg
 * @property {string} tarball  absolute path of the .tgz
 * @property {string[]} files  the paths inside the tarball (without the `package/` prefix)
 * @property {number} size     bytes of the .tgz
 */

/**
 * Packs every published package into `destination` (built packages: run `npm run build` first).
 * @param {string} destination
 * @returns {PackedPackage[]}
 */
export function packPackages(destination) {
  mkdirSync(destination, { recursive: true });
  const packages = publishedPackages();
  const workspaces = packages.flatMap((pkg) => ['--workspace', `packages/${pkg.dir}`]);
  const result = spawnSync('npm', ['pack', ...workspaces, '--pack-destination', destination, '--json', '--silent'], {
    cwd: repositoryRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`npm pack failed:\n${result.stderr || result.stdout}`);
  // The JSON array follows anything a lifecycle script printed.
  const packed = JSON.parse(result.stdout.slice(result.stdout.indexOf('[')));
  return packages.map((pkg) => {
    const entry = packed.find((item) => item.name === pkg.name);
    if (!entry) throw new Error(`npm pack did not pack ${pkg.name}`);
    return { pkg, tarball: join(destination, entry.filename), files: entry.files.map((file) => file.path), size: entry.size };
  });
}

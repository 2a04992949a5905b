// The packages this repository publishes, found by walking packages/* (never a hand-kept list), so
// that a package added there is checked, packed and reported like the others from its first commit.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * @typedef {object} WorkspacePackage
 * @property {string} dir       folder name under packages/ (`core`, `storage-rest`…)
 * @property {string} path      absolute path of that folder, without a trailing slash
 * @property {string} name      the package name (`@dossier/core`)
 * @property {Record<string, any>} manifest  its package.json, parsed
 */

/**
 * Every packages/<dir> with a package.json that is not `"private": true`, sorted by folder name.
 * `DOSSIER_PACKAGES=core,elements` limits it, as the build scripts do.
 * @returns {WorkspacePackage[]}
 */
export function publishedPackages() {
  const only = process.env.DOSSIER_PACKAGES?.split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const packagesDir = join(repositoryRoot, 'packages');
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(packagesDir, entry.name, 'package.json')))
    .filter((entry) => !only || only.includes(entry.name))
    .map((entry) => {
      const path = join(packagesDir, entry.name);
      const manifest = JSON.parse(readFileSync(join(path, 'package.json'), 'utf8'));
      return { dir: entry.name, path, name: manifest.name, manifest };
    })
    .filter((pkg) => pkg.manifest.private !== true)
    .sort((a, b) => a.dir.localeCompare(b.dir));
}

/** The root package.json, parsed. */
export function rootManifest() {
  return JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8'));
}

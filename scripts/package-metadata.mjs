// The package.json fields every published package takes from the root package.json: one place to
// change the repository address or the Node range, and `npm run packages:sync` writes them out.
// The fields a person must write (description, keywords, sideEffects, files) are only checked.

/**
 * The web address of the repository (`https://github.com/o/r`), from the root's `repository.url`
 * (`git+https://github.com/o/r.git`).
 * @param {Record<string, any>} root the root package.json
 */
export function repositoryWebUrl(root) {
  const url = typeof root.repository === 'string' ? root.repository : root.repository?.url;
  if (!url) throw new Error('the root package.json has no repository.url');
  return url.replace(/^git\+/, '').replace(/\.git$/, '');
}

/**
 * The derived fields of packages/<dir>/package.json, in the order they are written.
 * @param {string} dir folder name under packages/
 * @param {Record<string, any>} root the root package.json
 */
export function derivedMetadata(dir, root) {
  const web = repositoryWebUrl(root);
  return {
    license: root.license,
    repository: { type: 'git', url: root.repository.url, directory: `packages/${dir}` },
    homepage: `${web}/tree/main/packages/${dir}#readme`,
    bugs: { url: root.bugs.url },
    engines: { node: root.engines.node },
    publishConfig: { access: 'public' },
  };
}

/**
 * The scripts that take the repository-only `dossier-source` export condition out of the packed
 * package.json and put it back (scripts/pack-manifest.mjs), for packages whose exports use it.
 */
export const PACK_SCRIPTS = {
  prepack: 'node ../../scripts/pack-manifest.mjs strip',
  postpack: 'node ../../scripts/pack-manifest.mjs restore',
};

/**
 * Whether `exports` uses the `dossier-source` condition anywhere.
 * @param {unknown} exportsField
 * @returns {boolean}
 */
export function usesSourceCondition(exportsField) {
  if (!exportsField || typeof exportsField !== 'object') return false;
  return Object.entries(exportsField).some(([key, value]) => key === 'dossier-source' || usesSourceCondition(value));
}

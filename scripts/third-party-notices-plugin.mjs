// A Rollup plugin for bundles that inline their dependencies (the elements' script-tag bundles):
// beside them, THIRD-PARTY-NOTICES.txt holds the license text, and the NOTICE when there is one, of
// every package whose code they contain. Shipping that code requires it: BSD-3-Clause and MIT ask
// for the copyright and license text to travel with it, Apache-2.0 for the NOTICE too (Dexie has one).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The package folder and name of a module id under node_modules, or null for our own sources. */
function packageOf(id) {
  const match = /^(.*[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+))[\\/]/.exec(id);
  return match ? { dir: match[1], name: match[2].replace('\\', '/') } : null;
}

/**
 * @param {string} fileName where the notices go, relative to the output folder
 * @param {string} product what the notices are for, named in their first line
 */
export function thirdPartyNotices(fileName, product) {
  return {
    name: 'third-party-notices',
    generateBundle(_options, bundle) {
      const packages = new Map();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const id of Object.keys(chunk.modules)) {
          const found = packageOf(id);
          if (found) packages.set(found.name, found.dir);
        }
      }
      const sections = [...packages]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, dir]) => {
          const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
          const texts = readdirSync(dir)
            .filter((file) => /^(licen[cs]e|notice)(\.(md|txt))?$/i.test(file))
            .sort()
            .map((file) => readFileSync(join(dir, file), 'utf8').trim());
          if (texts.length === 0) this.error(`${name} ships no LICENSE file to copy into ${fileName}`);
          return `${'='.repeat(78)}\n${name} ${manifest.version} — ${manifest.license}\n${'='.repeat(78)}\n\n${texts.join('\n\n')}\n`;
        });
      this.emitFile({
        type: 'asset',
        fileName,
        source: `${product}: code of the following packages, under their own licenses.\n\n${sections.join('\n')}`,
      });
    },
  };
}

// The code blocks of the published packages' READMEs, as files of the consumer project: each
// block says how it is checked on the line before it (see test/built/support/readme-blocks.mjs):
//
//   <!-- readme-check: shell -->    each `npm install` names packages the consumer project installs
//   <!-- readme-check: tsc -->      type-checked against the installed tarballs
//   <!-- readme-check: run -->      type-checked, bundled and run in Node
//   <!-- readme-check: browser -->  type-checked (ts, tsx), bundled and run in a Chromium page; an
//                                   html block is the page, its module script bundled
//
// In `run` and `browser` blocks, `console.log(x); // → text` says what the line prints.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readmeBlocks } from '../../built/support/readme-blocks.mjs';

/**
 * @typedef {object} ReadmeSnippet
 * @property {string} id         file-name-safe name: `<package dir>-<block index>`
 * @property {string} where      `packages/<dir>/README.md:<line>`, for messages
 * @property {string} kind       shell, tsc, run or browser
 * @property {string} lang       the fence's language (ts, tsx, html, sh)
 * @property {string} code
 * @property {string} assumes    what the block takes from the host's own code (`declare function token()…`)
 * @property {string[]} expected what its `// →` comments say it prints, in order
 */

/**
 * @param {Array<{ dir: string, path: string }>} packages the published packages
 * @returns {ReadmeSnippet[]}
 */
export function readmeSnippets(packages) {
  // A package without a README has no example to run; npm run check:packages says it lacks one.
  return packages.flatMap((pkg) =>
    readmeBlocks(existsSync(join(pkg.path, 'README.md')) ? readFileSync(join(pkg.path, 'README.md'), 'utf8') : '')
      .filter((block) => block.check)
      .map((block) => ({
        id: `${pkg.dir}-${block.index}`,
        where: `packages/${pkg.dir}/README.md:${block.line}`,
        kind: block.check.kind,
        lang: block.lang,
        code: block.code,
        assumes: block.check.assumes,
        expected: [...block.code.matchAll(/\/\/ → (.*)$/gm)].map((match) => match[1].trim()),
      })),
  );
}

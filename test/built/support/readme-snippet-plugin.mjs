// A web-test-runner plugin serving `/test/built/pages/readme-snippet.html?block=N`: the README's
// fenced block N (an html one) as a page of its own, whose module scripts the dev server then
// resolves like any host's bundler (bare `@dossier/*` specifiers to the built packages).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readmeBlocks } from './readme-blocks.mjs';

/** @param {string} root the repository root */
export function readmeSnippetPlugin(root) {
  return {
    name: 'readme-snippet-pages',
    serve(context) {
      if (context.path !== '/test/built/pages/readme-snippet.html') return undefined;
      const index = Number(new URL(context.url, 'http://127.0.0.1').searchParams.get('block'));
      const block = readmeBlocks(readFileSync(join(root, 'README.md'), 'utf8'))[index];
      if (!block || block.lang !== 'html') return { body: `no html block ${index} in README.md`, type: 'text', status: 404 };
      return {
        body: `<!doctype html>\n<html lang="fr">\n<head><meta charset="utf-8"><title>README block ${index}</title></head>\n<body>\n${block.code}\n</body>\n</html>\n`,
        type: 'html',
      };
    },
  };
}

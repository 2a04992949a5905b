// The README's fenced code blocks and how each is checked. Every block of code carries, on the
// line before it, a marker saying which test checks it:
//
//   <!-- readme-check: tsc -->                         type-checked against the built packages
//   <!-- readme-check: tsc; assumes: declare function toast(text: string): void -->
//   <!-- readme-check: run (test/readme.node.test.ts) -->   executed
//   <!-- readme-check: browser -->                     run (html) or parsed (css) in Chromium
//   <!-- readme-check: shell -->                        every `npm run x` it names is a script
//   <!-- readme-check: excerpt (examples/vue/src) -->   each line is a line of those files, which npm test builds and runs
//   <!-- readme-check: policy -->                      each line is a Content-Security-Policy the browser tests serve
//
// `assumes:` declares what the snippet takes from the host's own code (its toast(), its token()).

/** Languages that are code, hence need a marker. */
export const CODE_LANGUAGES = new Set(['ts', 'tsx', 'js', 'jsx', 'html', 'css', 'vue', 'svelte', 'sh', 'json', 'http']);

/**
 * @typedef {{ index: number, line: number, lang: string, code: string, check: { kind: string, detail: string, assumes: string } | null }} ReadmeBlock
 */

/**
 * Every fenced block of `markdown`, with its language, its first line number (1-based, of the
 * fence) and its marker, if any.
 * @param {string} markdown
 * @returns {ReadmeBlock[]}
 */
export function readmeBlocks(markdown) {
  const lines = markdown.split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^```(\w*)\s*$/.exec(lines[i]);
    if (!open) continue;
    const start = i;
    const body = [];
    for (i += 1; i < lines.length && !/^```\s*$/.test(lines[i]); i += 1) body.push(lines[i]);
    let previous = start - 1;
    while (previous >= 0 && lines[previous].trim() === '') previous -= 1;
    const marker = /^<!--\s*readme-check:\s*([\w-]+)\s*(?:\(([^)]*)\))?\s*(?:;\s*assumes:\s*(.*?))?\s*-->$/.exec(
      lines[previous]?.trim() ?? '',
    );
    blocks.push({
      index: blocks.length,
      line: start + 1,
      lang: open[1],
      code: body.join('\n'),
      check: marker ? { kind: marker[1], detail: marker[2] ?? '', assumes: marker[3] ?? '' } : null,
    });
  }
  return blocks;
}

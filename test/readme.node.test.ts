import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// The README's "Embed it" snippet must really run: it is extracted and executed here.
describe('README', () => {
  it('runs the embed snippet as written', async () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const match = /<!-- readme-check: run \(test\/readme\.node\.test\.ts\) -->\s*```ts\n([\s\S]*?)```/.exec(readme);
    expect(match, 'snippet marker').to.not.equal(null);
    // Written beside the packages so that '@dossier/core' resolves through the workspace.
    const dir = mkdtempSync(join(new URL('.', import.meta.url).pathname, '.readme-'));
    const file = join(dir, 'snippet.ts');
    writeFileSync(file, `${match![1]}\nexport {};\n`);
    const lines: unknown[][] = [];
    const log = console.log;
    console.log = (...args: unknown[]) => void lines.push(args);
    try {
      await import(pathToFileURL(file).href);
    } finally {
      console.log = log;
      rmSync(dir, { recursive: true, force: true });
    }
    expect(lines[0]).to.deep.equal([2]);
    expect(String(lines[1]?.[0])).to.contain('Relevé d’information');
    expect(lines[2]).to.deep.equal([1, ['Relevé d’information']]);
    expect(String(lines[3]?.[0])).to.contain('CT-2026-0042');
  });
});

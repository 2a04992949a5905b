// The README as a host developer reads it: every block of code says which test checks it, and
// the TypeScript ones compile against the BUILT packages (their dist/*.d.ts, no source condition),
// the way a host's editor and tsc see them. Issue 10, defect 8: the README said
// `document.addEventListener('dossier-document-added', e => e.detail…)` was typed; it did not compile.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { STRICT_CSP, TRUSTED_TYPES_CSP } from '../support/page-policies.mjs';
import { CODE_LANGUAGES, readmeBlocks } from '../support/readme-blocks.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = readmeBlocks(readme);
const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts;
let dir;

before(() => {
  dir = mkdtempSync(join(root, 'test', '.readme-tsc-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('README snippets', () => {
  it('every block of code says which test checks it', () => {
    const unmarked = blocks
      .filter((block) => CODE_LANGUAGES.has(block.lang) && !block.check)
      .map((block) => `line ${block.line} (${block.lang})`);
    assert.deepEqual(unmarked, [], 'add a <!-- readme-check: … --> line before each');
    const kinds = new Set(['tsc', 'run', 'browser', 'shell', 'excerpt', 'policy']);
    const unknown = blocks
      .filter((block) => block.check && !kinds.has(block.check.kind))
      .map((block) => `line ${block.line}: ${block.check.kind}`);
    assert.deepEqual(unknown, []);
  });

  it('the TypeScript snippets compile against the built packages (strict)', () => {
    const typed = blocks.filter((block) => block.check?.kind === 'tsc');
    assert.ok(typed.length > 0, 'no tsc snippet');
    const files = typed.map((block) => {
      const name = `snippet-${block.index}.ts`;
      // Line 1 is the snippet's assumptions, so error line N is README line block.line + N - 1.
      writeFileSync(join(dir, name), `${block.check.assumes}\n${block.code}\nexport {};\n`);
      return name;
    });
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          types: [],
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          isolatedModules: true,
        },
        files,
      }),
    );
    const tsc = spawnSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', join(dir, 'tsconfig.json'), '--pretty', 'false'], {
      encoding: 'utf8',
    });
    const errors = (tsc.stdout + tsc.stderr)
      .split('\n')
      .filter((line) => /error TS/.test(line))
      .map((line) => {
        const match = /snippet-(\d+)\.ts\((\d+),(\d+)\): (.*)/.exec(line);
        if (!match) return line;
        const block = blocks[Number(match[1])];
        return `README.md:${block.line + Number(match[2]) - 1}: ${match[4]}`;
      });
    assert.deepEqual(errors, []);
    assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
  });

  it('the excerpts are lines of the examples and test pages that npm test runs, word for word', () => {
    /** Trimmed lines of every text file at `path` (a file or a folder, recursively). */
    const linesAt = (path) => {
      const full = join(root, path);
      if (statSync(full).isDirectory()) return readdirSync(full).flatMap((entry) => linesAt(join(path, entry)));
      return readFileSync(full, 'utf8')
        .split('\n')
        .map((line) => line.trim());
    };
    const missing = [];
    for (const block of blocks.filter((b) => b.check?.kind === 'excerpt')) {
      const known = new Set(block.check.detail.split(',').flatMap((path) => linesAt(path.trim())));
      block.code.split('\n').forEach((line, index) => {
        if (line.trim() && !known.has(line.trim()))
          missing.push(`README.md:${block.line + 1 + index}: not in ${block.check.detail}: ${line.trim()}`);
      });
    }
    assert.deepEqual(missing, []);
  });

  it('the policies quoted are those the browser tests serve', () => {
    const served = new Set([STRICT_CSP, TRUSTED_TYPES_CSP].map((policy) => `Content-Security-Policy: ${policy}`));
    const quoted = blocks.filter((b) => b.check?.kind === 'policy').flatMap((b) => b.code.split('\n').filter((line) => line.trim()));
    assert.ok(quoted.length > 0);
    for (const line of quoted) assert.ok(served.has(line), line);
  });

  it('the shell snippets name only scripts that exist', () => {
    const missing = [];
    for (const block of blocks.filter((b) => b.check?.kind === 'shell')) {
      for (const [, name] of block.code.matchAll(/npm run ([\w:-]+)/g)) if (!scripts[name]) missing.push(`npm run ${name}`);
      for (const [, name] of block.code.matchAll(/npm (start|test)\b/g)) if (!scripts[name]) missing.push(`npm ${name}`);
    }
    assert.deepEqual(missing, []);
  });
});

// Node tests: mocha + tsx, TypeScript straight from source.
//
//   npm run test:node                                        every *.test.ts and *.node.test.ts
//   npx mocha 'packages/core/test/some-file.test.ts'         only the files given
//   DOSSIER_PACKAGES=core npm run test:node                  some packages only (comma-separated)
//   DOSSIER_MOCHA_SERIAL=1 npm run test:node                 one file at a time (two worker processes by default)
//
// `--conditions=dossier-source` makes `@dossier/<pkg>` resolve (through the workspace links in
// node_modules and each package.json "exports") to packages/<pkg>/src, so tests never need a build.
'use strict';

const { existsSync, readdirSync } = require('node:fs');
const { join } = require('node:path');

const only = process.env.DOSSIER_PACKAGES?.split(',')
  .map((p) => p.trim())
  .filter(Boolean);

// Mocha adds the "spec" below to any file named on the command line; only use it when none is.
const valueFlags = new Set([
  '--grep',
  '-g',
  '--fgrep',
  '-f',
  '--reporter',
  '-R',
  '--config',
  '--package',
  '--timeout',
  '-t',
  '--slow',
  '-s',
  '--ui',
  '-u',
  '--reporter-option',
  '-O',
  '--require',
  '-r',
  '--ignore',
  '--exclude',
  '--extension',
  '--file',
  '--jobs',
  '-j',
  '--node-option',
  '-n',
  '--import',
]);
const argv = process.argv.slice(2);
const filesGiven = argv.some(
  (arg, i) => !arg.startsWith('-') && !valueFlags.has(argv[i - 1]) && (/\.[cm]?[jt]s$/.test(arg) || arg.includes('*') || existsSync(arg)),
);

/** Whether `dir` holds, at any depth, a file whose name passes `accept` (mocha warns on empty globs). */
function hasFile(dir, accept) {
  if (!existsSync(dir)) return false;
  return readdirSync(dir, { withFileTypes: true }).some((entry) =>
    entry.isDirectory() ? entry.name !== 'node_modules' && hasFile(join(dir, entry.name), accept) : accept(entry.name),
  );
}
const isNodeTest = (name) => name.endsWith('.test.ts') && !name.endsWith('.browser.test.ts');
const spec = [
  ...readdirSync(join(__dirname, 'packages'))
    .filter((dir) => (!only || only.includes(dir)) && hasFile(join(__dirname, 'packages', dir, 'test'), isNodeTest))
    .sort()
    .map((dir) => `packages/${dir}/test/**/*.test.ts`),
  ...(!only && hasFile(join(__dirname, 'test'), (name) => name.endsWith('.node.test.ts')) ? ['test/**/*.node.test.ts'] : []),
];

if (!filesGiven && spec.length === 0) {
  console.log(`mocha: no Node test files${only ? ` in ${only.join(', ')}` : ''} yet, nothing to run.`);
  process.exit(0);
}

module.exports = {
  'node-option': ['import=tsx', 'conditions=dossier-source', 'no-experimental-require-module'],
  extension: ['ts'],
  spec: filesGiven ? undefined : spec,
  ignore: ['**/*.browser.test.ts', '**/node_modules/**'],
  // A guard against a hang, not a speed mark: generous, so that a busy 2-core machine does not fail a sound test.
  timeout: 60000,
  reporter: 'spec',
  // Two files at a time, each in its own worker process: the suite is CPU-bound in Node (user time
  // about equals wall time when serial), and every test file owns its databases (random names), ports
  // (0) and temporary folders, so files do not share state. DOSSIER_MOCHA_SERIAL=1 runs one at a time.
  parallel: process.env.DOSSIER_MOCHA_SERIAL !== '1',
  jobs: 2,
};

import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FILE_CORPUS } from './file-corpus.js';
import { runFileCorpusSuite } from './file-corpus-suite.js';

const folder = fileURLToPath(new URL('./fixtures/files/', import.meta.url));

runFileCorpusSuite(async (file) => new Blob([readFileSync(`${folder}${file}`)]));

describe('file corpus', () => {
  it('has an expectation for every fixture, and a fixture for every expectation', () => {
    expect(readdirSync(folder).sort()).to.deep.equal(FILE_CORPUS.map((c) => c.file).sort());
  });
});

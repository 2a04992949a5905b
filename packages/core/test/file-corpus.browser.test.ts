import { runFileCorpusSuite } from './file-corpus-suite.js';

// The same corpus in Chromium: Blob.slice, TextDecoder and DecompressionStream as pages have them.
runFileCorpusSuite(async (file) => {
  const response = await fetch(new URL(`./fixtures/files/${encodeURIComponent(file)}`, import.meta.url));
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return response.blob();
});

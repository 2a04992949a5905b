import { sampleJpeg, samplePdf, samplePng } from '@dossier/core/testing';

/**
 * A real file named `name` whose content matches its extension (PNG, JPEG, else PDF). PDFs carry
 * `seed` so that two of them differ (Dossier refuses a second copy of the same bytes in a
 * dossier); PNG and JPEG samples are always the same bytes, so use each at most once per dossier.
 */
export function storyFile(name: string, seed: string): { blob: Blob; name: string } {
  const lower = name.toLowerCase();
  if (lower.endsWith('.png')) return { blob: samplePng(), name };
  if (lower.endsWith('.jpg') || lower.endsWith('.jpeg')) return { blob: sampleJpeg(), name };
  return { blob: samplePdf(seed), name };
}

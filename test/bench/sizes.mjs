// Gzipped sizes of core (without xstate), each element alone (tree-shaken, with lit and core) and all elements.
import { gzipSync } from 'node:zlib';
import { bundleForBrowser } from './browser-bundle.mjs';

const ELEMENTS = [
  ['dossier-provider', 'DossierProvider'],
  ['dossier-badge', 'DossierBadge'],
  ['dossier-checklist', 'DossierChecklist'],
  ['dossier-drop-zone', 'DossierDropZone'],
  ['dossier-indexer', 'DossierIndexer'],
  ['dossier-tracker', 'DossierTracker'],
  ['dossier-pieces-editor', 'DossierPiecesEditor'],
  ['dossier-audit', 'DossierAudit'],
  ['dossier-reminder', 'DossierReminder'],
];

async function size(name, stdin, external = []) {
  const { code } = await bundleForBrowser(null, { stdin, minify: true, external });
  return { name, minBytes: Buffer.byteLength(code), gzipBytes: gzipSync(code, { level: 9 }).length };
}

/** Measures every bundle; each entry is a tiny module importing only what it names. */
export async function measureSizes() {
  const out = [];
  out.push(await size('@dossier/core (all exports, without xstate)', `export * from '@dossier/core';`, ['xstate']));
  out.push(await size('@dossier/core (all exports, with xstate)', `export * from '@dossier/core';`));
  for (const [tag, className] of ELEMENTS) {
    out.push(await size(`${tag} alone (+ lit, core)`, `import { ${className} } from '@dossier/elements';\ncustomElements.define('${tag}', ${className});`));
  }
  out.push(await size('all elements (@dossier/elements/define)', `import '@dossier/elements/define';`));
  return out;
}

/**
 * The script-tag build of Dossier, for hosts that cannot bundle (a CRM's static resources, a legacy
 * PHP page): every element registered, with @dossier/core and the IndexedDB (Dexie) and REST
 * adapters, in one self-contained, minified file. Two forms:
 *
 * - `dist/dossier.bundle.js`, an ES module: `import { createDossierClient } from './dossier.bundle.js'`;
 * - `dist/dossier.bundle.iife.js`, a classic script defining `window.Dossier`.
 *
 * Under a strict CSP with Trusted Types, a host allows `trusted-types lit-html` (Lit's policy).
 * @packageDocumentation
 */
import './define-script-tag-provider.js';
import '../src/define.js';

export * from '../src/index.js';
export { ScriptTagProvider } from './script-tag-provider.js';
export {
  createDossierClient,
  createMemoryStorage,
  createMailtoTransport,
  createCallbackTransport,
  computeCompleteness,
  DossierError,
  isDossierError,
  toLocale,
} from '@dossier/core';
export type { DossierClient, Locale, StoragePort, ReminderTransport } from '@dossier/core';
export { createDexieStorage } from '@dossier/storage-dexie';
export { createRestStorage, createRestPortal } from '@dossier/storage-rest';
export { loadTusUploads } from './load-tus-uploads.js';

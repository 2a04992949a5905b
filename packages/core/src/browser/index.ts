/**
 * @dossier/core/browser — the little of core that needs a browser page (a `Window`), for the
 * browser storage adapters (`@dossier/storage-dexie`, `@dossier/storage-idb`) and hosts. The rest
 * of core has no DOM: it runs in browsers, workers and Node, and `npm run typecheck` checks it
 * against the worker's globals, without the DOM (packages/core/tsconfig.no-dom.json); this entry
 * is the one folder left out of that check.
 *
 * @packageDocumentation
 */
export { requestPersistentStorage } from './request-persistent-storage.js';

/**
 * @dossier/storage-idb — a minimal Dossier storage adapter on IndexedDB, through `idb`.
 * @packageDocumentation
 */
export { createIdbStorage } from './create-idb-storage.js';
export { deleteIdbStorage } from './delete-idb-storage.js';
export { DEFAULT_IDB_NAME } from './default-idb-name.js';
export { IDB_SCHEMA_VERSION } from './dossier-idb-schema.js';
export type { IdbStorageOptions, IdbStorageTestHooks, IdbVersionChange } from './idb-storage-options.js';

/**
 * @dossier/storage-dexie — Dossier's embedded default storage: IndexedDB
 * through Dexie 4, with indexed audit queries, Blobs stored as Blobs and
 * change notifications across tabs.
 * @packageDocumentation
 */
export { createDexieStorage } from './create-dexie-storage.js';
export type { DexieStorage } from './dexie-storage.js';
export type { DexieStorageOptions, DexieVersionChange } from './dexie-storage-options.js';
export { deleteDexieStorage } from './delete-dexie-storage.js';
export { createDexieDatabase, type DexieDatabaseOptions } from './create-dexie-database.js';
export {
  AUDIT_INDEXES,
  DEXIE_BLOB_TABLE,
  DEXIE_SCHEMA_VERSION,
  DEXIE_STORES,
  DEXIE_STORES_V1,
  DEXIE_STORES_V2,
  DEXIE_STORES_V3,
  OUTDATED_INDEXES,
  DEXIE_TABLES,
  defineDexieSchema,
} from './dexie-schema.js';
export { queryDexieAudit } from './query-dexie-audit.js';

/** Database name used when `createIdbStorage` is given none. */
export const DEFAULT_IDB_NAME = 'dossier-idb';

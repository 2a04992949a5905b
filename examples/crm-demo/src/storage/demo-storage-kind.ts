/**
 * Where the demo keeps Dossier's data: IndexedDB through Dexie (default), a REST API mocked by msw,
 * or the reference server (`@dossier/server` on PGlite, started by `npm start`) over REST.
 */
export type DemoStorageKind = 'dexie' | 'rest' | 'server';

/** Every storage the demo offers, in the order the header lists them. */
export const DEMO_STORAGE_KINDS: readonly DemoStorageKind[] = ['dexie', 'rest', 'server'];

/** The storage asked for in the page's query string (`?storage=rest`, `?storage=server`); anything else is Dexie. */
export function storageKindFromUrl(url: URL): DemoStorageKind {
  const asked = url.searchParams.get('storage');
  return asked === 'rest' || asked === 'server' ? asked : 'dexie';
}

/** The page's address with another storage selected (the hash route is kept). */
export function urlWithStorage(url: URL, kind: DemoStorageKind): string {
  const next = new URL(url.href);
  if (kind === 'dexie') next.searchParams.delete('storage');
  else next.searchParams.set('storage', kind);
  return next.href;
}

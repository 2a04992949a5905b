/** Where the demo keeps Dossier's data: IndexedDB through Dexie (default), or a REST API mocked by msw. */
export type DemoStorageKind = 'dexie' | 'rest';

/** The storage asked for in the page's query string: `?storage=rest` switches to REST, anything else is Dexie. */
export function storageKindFromUrl(url: URL): DemoStorageKind {
  return url.searchParams.get('storage') === 'rest' ? 'rest' : 'dexie';
}

/** The page's address with the other storage selected (the hash route is kept). */
export function urlWithStorage(url: URL, kind: DemoStorageKind): string {
  const next = new URL(url.href);
  if (kind === 'rest') next.searchParams.set('storage', 'rest');
  else next.searchParams.delete('storage');
  return next.href;
}

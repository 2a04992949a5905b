/** A screen of the CRM, from the URL hash. */
export type Route =
  | { readonly name: 'sales' }
  | { readonly name: 'proposal'; readonly id: string }
  | { readonly name: 'awaiting-pieces' }
  | { readonly name: 'expected-pieces' }
  | { readonly name: 'not-found' };

/** Hashes of the CRM's screens. */
export const ROUTES = {
  sales: '#/ventes',
  awaitingPieces: '#/contrats/en-attente',
  expectedPieces: '#/administration/pieces-attendues',
  proposal: (id: string): string => `#/propositions/${encodeURIComponent(id)}`,
} as const;

/** Reads the route of a hash (`''` and `#/` are the sales board). */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/' || path === '/ventes') return { name: 'sales' };
  if (path === '/contrats/en-attente') return { name: 'awaiting-pieces' };
  if (path === '/administration/pieces-attendues') return { name: 'expected-pieces' };
  const proposal = /^\/(?:propositions|contrats)\/([^/]+)$/.exec(path);
  if (proposal?.[1]) {
    try {
      return { name: 'proposal', id: decodeURIComponent(proposal[1]) };
    } catch {
      return { name: 'not-found' };
    }
  }
  return { name: 'not-found' };
}

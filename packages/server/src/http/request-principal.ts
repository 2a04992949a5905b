import type { FastifyRequest } from 'fastify';
import type { DossierPrincipal } from '../auth/dossier-principal.js';

/** The principal of each authenticated request (kept beside the request, not on it). */
const principals = new WeakMap<FastifyRequest, DossierPrincipal>();

/** Remembers who sent `request`. */
export function setRequestPrincipal(request: FastifyRequest, principal: DossierPrincipal): void {
  principals.set(request, principal);
}

/** Who sent `request`; the API's routes only run after authentication set it. */
export function requestPrincipal(request: FastifyRequest): DossierPrincipal {
  const principal = principals.get(request);
  if (!principal) throw new Error('request reached a route without authentication');
  return principal;
}

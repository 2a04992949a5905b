import type { FastifyRequest } from 'fastify';

/**
 * The request's query string, parsed as sent: repeated parameters stay
 * repeated and a single `ids=` stays a list (the framework's parsed query
 * would make it a string).
 */
export function queryOf(request: FastifyRequest): URLSearchParams {
  const at = request.url.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : request.url.slice(at + 1));
}

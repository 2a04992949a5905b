/**
 * The first word of a client's name ("Jeanne" of "Jeanne Martin"), for a greeting that says
 * no more about the client than the person reading it already knows.
 */
export function clientFirstName(name: string): string {
  return (typeof name === 'string' ? name.trim().split(/\s+/u)[0] : '') ?? '';
}

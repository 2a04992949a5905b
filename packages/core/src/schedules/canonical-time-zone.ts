/**
 * The canonical IANA name of a time zone `Intl` knows (`europe/paris` →
 * `Europe/Paris`), or `null`. Stored policies hold the canonical name, so that
 * every reader of a schedule agrees on it.
 */
export function canonicalTimeZone(value: string): string | null {
  const name = value.trim();
  if (name === '' || name.length > 100) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

import type { ProfileValue } from '@dossier/core';

const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * The profile value a person typed: `true`/`false`, `null` and numbers are
 * read as such (core compares with `===`, so `25` must stay a number to match an
 * age); text between double quotes stays text (`"75001"`); anything else is text.
 */
export function parseProfileValue(text: string): ProfileValue {
  const value = text.trim();
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(value);
      if (typeof parsed === 'string') return parsed;
    } catch {
      // Not valid JSON text: fall back to the characters between the quotes.
    }
    return value.slice(1, -1);
  }
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (value === 'null') return null;
  if (NUMBER.test(value)) return Number(value);
  return value;
}

/** How a stored profile value is written in the value field; `parseProfileValue` reads it back unchanged. */
export function formatProfileValue(value: ProfileValue): string {
  if (typeof value !== 'string') return String(value);
  return parseProfileValue(value) === value ? value : JSON.stringify(value);
}

import { DossierError } from '../errors/dossier-error.js';
import type { Locale } from '../i18n/locale.js';
import type { ClientProfile, ProfileValue } from '../model/requirement.js';

/** A client profile as a plain object of scalars (≤ 100 attributes), or `invalid-input`. */
export function requireProfile(value: unknown, locale: Locale): ClientProfile {
  if (value === undefined) return {};
  if (!value || typeof value !== 'object' || Array.isArray(value) || !hasPlainPrototype(value)) {
    throw new DossierError('invalid-input', { field: 'client.profile', reason: 'plain object' }, { locale });
  }
  let entries: [string, unknown][];
  try {
    // A getter that throws, or a Proxy, is not a plain profile: say so instead of failing as storage.
    entries = Object.entries(value);
  } catch (error) {
    throw new DossierError('invalid-input', { field: 'client.profile', reason: 'unreadable' }, { locale, cause: error });
  }
  if (entries.length > 100) throw new DossierError('invalid-input', { field: 'client.profile', reason: '≤ 100' }, { locale });
  const profile: Record<string, ProfileValue> = {};
  for (const [key, raw] of entries) {
    if (key === '' || key.length > 100 || key === '__proto__' || key === 'constructor' || key === 'prototype') {
      throw new DossierError('invalid-input', { field: 'client.profile', reason: key }, { locale });
    }
    const ok =
      raw === null ||
      typeof raw === 'boolean' ||
      (typeof raw === 'number' && Number.isFinite(raw)) ||
      (typeof raw === 'string' && raw.length <= 500);
    if (!ok) throw new DossierError('invalid-input', { field: `client.profile.${key}` }, { locale });
    profile[key] = raw as ProfileValue;
  }
  return profile;
}

function hasPlainPrototype(value: object): boolean {
  try {
    const prototype: unknown = Object.getPrototypeOf(value);
    // A profile built in another realm (an iframe) has that realm's Object.prototype.
    return prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null;
  } catch {
    return false;
  }
}

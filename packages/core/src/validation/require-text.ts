import { DossierError } from '../errors/dossier-error.js';
import type { Locale } from '../i18n/locale.js';

/** Limits of a text field. */
export interface TextRules {
  /** Longest accepted length after trimming. Default 200. */
  max?: number;
  /** Accept the empty string. Default false. */
  allowEmpty?: boolean;
}

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** Bidi embeddings, overrides and isolates: they make a text display in another order than it reads (U+202E turns "fdp.exe" around). */
/** A UTF-16 surrogate without its partner: not text (encoders such as `encodeURIComponent` throw on it). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * `value` trimmed, or `invalid-input` naming `field`: not a string, empty,
 * too long, or holding control characters (line breaks and bidi controls are
 * allowed only in long texts, i.e. when `max` > 200).
 */
export function requireText(value: unknown, field: string, locale: Locale, rules: TextRules = {}): string {
  const max = rules.max ?? 200;
  if (typeof value !== 'string') throw new DossierError('invalid-input', { field, reason: { key: 'textExpected' } }, { locale });
  const text = value.trim();
  if (!rules.allowEmpty && text === '') {
    throw new DossierError('invalid-input', { field, reason: { key: 'empty' } }, { locale });
  }
  if (text.length > max) {
    throw new DossierError('invalid-input', { field, reason: { key: 'atMost', max } }, { locale });
  }
  if (CONTROL.test(text) || (max <= 200 && (/[\r\n\u2028\u2029]/.test(text) || BIDI_CONTROL.test(text)))) {
    throw new DossierError('invalid-input', { field, reason: { key: 'controlCharacters' } }, { locale });
  }
  if (LONE_SURROGATE.test(text)) {
    throw new DossierError('invalid-input', { field, reason: { key: 'loneSurrogate' } }, { locale });
  }
  return text;
}

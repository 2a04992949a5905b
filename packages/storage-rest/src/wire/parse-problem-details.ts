import type { DossierErrorDetails, LocalizedText } from '@dossier/core';
import { readDossierReason } from '@dossier/core/adapter';
import type { ProblemDetails } from './problem-details.js';

const STRING_FIELDS = ['field', 'kind', 'id', 'fileName', 'mediaType', 'from', 'event', 'existingDocumentId'] as const;
const NUMBER_FIELDS = ['size', 'maxBytes'] as const;
const LIST_FIELDS = ['accepted', 'missing'] as const;
/** Server text ends up in messages shown to brokers; a runaway value must not flood them. */
const MAX_TEXT = 500;
/** Languages kept from a reason given per locale. */
const MAX_LOCALES = 20;
/** `fr`, `de-CH`, `pt-BR`: a key that names a language, not `__proto__` or anything else. */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * Reads a problem body from parsed JSON, keeping only members of the expected
 * types: a server (or a proxy in front of it) is not trusted to send well-formed
 * problems. `undefined` when `value` is not an object.
 */
export function parseProblemDetails(value: unknown): ProblemDetails | undefined {
  if (!isObject(value)) return undefined;
  const problem: { -readonly [K in keyof ProblemDetails]: ProblemDetails[K] } = {};
  for (const key of ['type', 'title', 'detail', 'code'] as const) {
    const member = value[key];
    if (typeof member === 'string') problem[key] = member.slice(0, MAX_TEXT);
  }
  if (typeof value.status === 'number' && Number.isInteger(value.status)) problem.status = value.status;
  if (isObject(value.details)) problem.details = parseDetails(value.details);
  return problem;
}

function parseDetails(value: Record<string, unknown>): DossierErrorDetails {
  const details: Record<string, unknown> = {};
  for (const key of STRING_FIELDS) {
    const member = value[key];
    if (typeof member === 'string') details[key] = member.slice(0, MAX_TEXT);
  }
  // A reason is plain text, core's reason as data, or one text per locale: the last two can be shown in any locale.
  const reason = value.reason;
  if (typeof reason === 'string') details.reason = reason.slice(0, MAX_TEXT);
  else details.reason = readDossierReason(reason) ?? readLocalizedText(reason);
  if (details.reason === undefined) delete details.reason;
  for (const key of NUMBER_FIELDS) {
    const member = value[key];
    if (typeof member === 'number' && Number.isFinite(member)) details[key] = member;
  }
  for (const key of LIST_FIELDS) {
    const member = value[key];
    if (Array.isArray(member))
      details[key] = member.filter((item): item is string => typeof item === 'string').map((item) => item.slice(0, MAX_TEXT));
  }
  return details as DossierErrorDetails;
}

/** Texts per locale, keyed by language tags; `undefined` when there is none. */
function readLocalizedText(value: unknown): LocalizedText | undefined {
  if (!isObject(value)) return undefined;
  const entries = Object.entries(value)
    .filter((entry): entry is [string, string] => LANGUAGE_TAG.test(entry[0]) && typeof entry[1] === 'string')
    .slice(0, MAX_LOCALES)
    .map(([locale, text]) => [locale, text.slice(0, MAX_TEXT)] as const);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

import { DossierError, isDossierError } from '../errors/dossier-error.js';
import type { Locale } from '../i18n/locale.js';
import type { Requirement } from '../model/requirement.js';
import { readPlainObject } from './read-plain-object.js';
import type { RequirementProblem } from './requirement-problem.js';
import { validateCondition } from './validate-condition.js';

const FIELD = 'requirement';

function fail(problem: RequirementProblem, locale: Locale, cause?: unknown): never {
  throw new DossierError('invalid-input', { field: FIELD, reason: { key: 'requirement', problem, path: '' } }, { locale, cause });
}

function parse(value: unknown, locale: Locale): Requirement {
  if (value === 'mandatory' || value === 'optional') return value;
  const reading = readPlainObject(value);
  if ('problem' in reading) fail(reading.problem.kind === 'not-plain-object' ? { kind: 'not-requirement' } : reading.problem, locale);
  const { entries } = reading;
  const kind = (['mandatoryWhen', 'optionalWhen'] as const).find((key) => entries.has(key));
  for (const key of entries.keys()) if (key !== kind) fail({ kind: 'unknown-key', key }, locale);
  if (kind === undefined) fail({ kind: 'not-requirement' }, locale);
  const condition = validateCondition(entries.get(kind), locale, { field: FIELD, path: kind });
  return kind === 'mandatoryWhen' ? { mandatoryWhen: condition } : { optionalWhen: condition };
}

/**
 * Checks that `value` is a well-formed {@link Requirement}: `'mandatory'`,
 * `'optional'`, `{ mandatoryWhen: condition }` or `{ optionalWhen: condition }`,
 * the condition as `validateCondition` accepts it. Returns a fresh copy holding
 * only the known keys.
 *
 * @throws DossierError `invalid-input` on field `requirement`, whose reason says
 * what is wrong and where (e.g. `at mandatoryWhen.all[1]: unknown key "eqq"`).
 * @example validateRequirement(JSON.parse(body.requirement), 'en')
 */
export function validateRequirement(value: unknown, locale: Locale = 'fr'): Requirement {
  try {
    return parse(value, locale);
  } catch (error) {
    if (isDossierError(error)) throw error;
    // A revoked proxy or a throwing trap: the value cannot be trusted.
    return fail({ kind: 'unreadable' }, locale, error);
  }
}

import { DossierError, isDossierError } from '../errors/dossier-error.js';
import type { Locale } from '../i18n/locale.js';
import type { Condition, ProfileValue } from '../model/requirement.js';
import { CONDITION_LIMITS } from './condition-limits.js';
import { readPlainObject } from './read-plain-object.js';
import type { RequirementProblem } from './requirement-problem.js';

/** Where a condition sits, for error messages. */
export interface ConditionLocation {
  /** The `field` of the error thrown; default `condition`. */
  readonly field?: string;
  /** Path of the condition inside that field (e.g. `mandatoryWhen`); default empty. */
  readonly path?: string;
}

const OPERATORS = ['eq', 'in', 'gt', 'lt', 'exists'] as const;
const ATTR_KEYS: ReadonlySet<string> = new Set(['attr', ...OPERATORS]);

interface Walk {
  readonly locale: Locale;
  readonly field: string;
  conditions: number;
}

function fail(walk: Walk, problem: RequirementProblem, path: string): never {
  throw new DossierError('invalid-input', { field: walk.field, reason: { key: 'requirement', problem, path } }, { locale: walk.locale });
}

function isScalar(value: unknown): value is ProfileValue {
  return value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

/** The items of a genuine, hole-free array of at most `maxItems`, or `undefined`. */
function readArray(value: unknown, maxItems: number): unknown[] | undefined {
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) return undefined;
  const length = value.length;
  if (length > maxItems) return undefined;
  const items: unknown[] = [];
  for (let index = 0; index < length; index += 1) {
    const descriptor = Object.getOwnPropertyDescriptor(value, index);
    if (!descriptor || !('value' in descriptor)) return undefined;
    items.push(descriptor.value);
  }
  return items;
}

function readEntries(walk: Walk, value: unknown, path: string): ReadonlyMap<string, unknown> {
  const reading = readPlainObject(value);
  if ('problem' in reading) fail(walk, reading.problem.kind === 'not-plain-object' ? { kind: 'not-condition' } : reading.problem, path);
  return reading.entries;
}

function attrCondition(walk: Walk, entries: ReadonlyMap<string, unknown>, path: string): Condition {
  for (const key of entries.keys()) if (!ATTR_KEYS.has(key)) fail(walk, { kind: 'unknown-key', key }, path);
  const attr = entries.get('attr');
  if (typeof attr !== 'string' || attr.length === 0 || attr.length > CONDITION_LIMITS.maxAttrLength) {
    fail(walk, { kind: 'invalid-attr' }, path);
  }
  const present = OPERATORS.filter((operator) => entries.has(operator));
  const operator = present[0];
  if (present.length !== 1 || operator === undefined) fail(walk, { kind: 'operator-count' }, path);
  const operand = entries.get(operator);
  switch (operator) {
    case 'eq':
      if (!isScalar(operand)) fail(walk, { kind: 'invalid-eq' }, path);
      return { attr, eq: operand };
    case 'in': {
      const items = readArray(operand, CONDITION_LIMITS.maxInItems);
      if (!items || !items.every(isScalar)) fail(walk, { kind: 'invalid-in' }, path);
      return { attr, in: items as ProfileValue[] };
    }
    case 'gt':
      if (typeof operand !== 'number' || !Number.isFinite(operand)) fail(walk, { kind: 'invalid-number', key: 'gt' }, path);
      return { attr, gt: operand };
    case 'lt':
      if (typeof operand !== 'number' || !Number.isFinite(operand)) fail(walk, { kind: 'invalid-number', key: 'lt' }, path);
      return { attr, lt: operand };
    case 'exists':
      if (typeof operand !== 'boolean') fail(walk, { kind: 'invalid-exists' }, path);
      return { attr, exists: operand };
  }
}

function condition(walk: Walk, value: unknown, path: string, depth: number): Condition {
  if (depth > CONDITION_LIMITS.maxDepth) fail(walk, { kind: 'too-deep' }, path);
  walk.conditions += 1;
  if (walk.conditions > CONDITION_LIMITS.maxConditions) fail(walk, { kind: 'too-many-conditions' }, path);
  const entries = readEntries(walk, value, path);
  if (entries.has('attr')) return attrCondition(walk, entries, path);
  const combinator = (['all', 'any', 'not'] as const).find((key) => entries.has(key));
  if (combinator === undefined) {
    for (const key of entries.keys()) if (!ATTR_KEYS.has(key)) fail(walk, { kind: 'unknown-key', key }, path);
    // An operator without its attribute: say what is missing rather than "not a condition".
    fail(walk, entries.size > 0 ? { kind: 'invalid-attr' } : { kind: 'not-condition' }, path);
  }
  for (const key of entries.keys()) if (key !== combinator) fail(walk, { kind: 'unknown-key', key }, path);
  const operand = entries.get(combinator);
  const childPath = path ? `${path}.${combinator}` : combinator;
  if (combinator === 'not') return { not: condition(walk, operand, childPath, depth + 1) };
  const items = readArray(operand, CONDITION_LIMITS.maxListItems);
  if (!items || items.length === 0) fail(walk, { kind: 'invalid-list', key: combinator }, path);
  const children = items.map((item, index) => condition(walk, item, `${childPath}[${index}]`, depth + 1));
  return combinator === 'all' ? { all: children } : { any: children };
}

/**
 * Checks that `value` is a well-formed {@link Condition} within
 * {@link CONDITION_LIMITS} and returns a fresh copy of it holding only the
 * known keys (never the caller's object, so later changes to it cannot slip
 * past the check).
 *
 * @throws DossierError `invalid-input` whose reason says what is wrong and where.
 * @example validateCondition({ attr: 'driverAge', lt: 25 })
 */
export function validateCondition(value: unknown, locale: Locale = 'fr', location: ConditionLocation = {}): Condition {
  const walk: Walk = { locale, field: location.field ?? 'condition', conditions: 0 };
  const path = location.path ?? '';
  try {
    return condition(walk, value, path, 1);
  } catch (error) {
    if (isDossierError(error)) throw error;
    // A revoked proxy or a throwing trap: the value cannot be trusted.
    throw new DossierError(
      'invalid-input',
      { field: walk.field, reason: { key: 'requirement', problem: { kind: 'unreadable' }, path } },
      { locale, cause: error },
    );
  }
}

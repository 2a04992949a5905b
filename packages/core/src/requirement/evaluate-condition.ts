import type { ClientProfile, Condition } from '../model/requirement.js';

/**
 * Work allowed for one evaluation. A validated rule has at most 1000
 * conditions, so only an unvalidated (possibly cyclic) object reaches it.
 */
const MAX_VISITS = 10_000;
const MAX_DEPTH = 64;

class Exhausted extends Error {}

interface Attribute {
  readonly present: boolean;
  readonly value: unknown;
}

const ABSENT: Attribute = { present: false, value: undefined };

/**
 * The profile's own data property `attr`. Inherited properties, getters and
 * anything a proxy trap refuses count as absent, so `constructor` or
 * `__proto__` never match by accident and a hostile profile cannot throw.
 */
function readAttribute(profile: unknown, attr: unknown): Attribute {
  if (typeof attr !== 'string' || typeof profile !== 'object' || profile === null) return ABSENT;
  try {
    if (!Object.hasOwn(profile, attr)) return ABSENT;
    const descriptor = Object.getOwnPropertyDescriptor(profile, attr);
    if (!descriptor || !('value' in descriptor)) return ABSENT;
    return { present: true, value: descriptor.value };
  } catch {
    return ABSENT;
  }
}

function own(condition: object, key: string): boolean {
  return Object.hasOwn(condition, key);
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number';
}

function matches(condition: Condition, profile: unknown, depth: number, budget: { visits: number }): boolean {
  budget.visits += 1;
  if (budget.visits > MAX_VISITS || depth > MAX_DEPTH) throw new Exhausted();
  if (typeof condition !== 'object' || condition === null) return false;
  if (own(condition, 'attr') && 'attr' in condition) {
    const { present, value } = readAttribute(profile, condition.attr);
    if ('eq' in condition && own(condition, 'eq')) return present && value === condition.eq;
    if ('in' in condition && own(condition, 'in')) {
      const list: unknown = condition.in;
      // `===`, like `eq`: `includes` would let NaN match NaN.
      return present && Array.isArray(list) && (list as readonly unknown[]).some((item) => item === value);
    }
    if ('gt' in condition && own(condition, 'gt')) return present && isNumber(value) && isNumber(condition.gt) && value > condition.gt;
    if ('lt' in condition && own(condition, 'lt')) return present && isNumber(value) && isNumber(condition.lt) && value < condition.lt;
    if ('exists' in condition && own(condition, 'exists')) {
      const exists = present && value !== null && value !== undefined;
      return condition.exists === true ? exists : condition.exists === false ? !exists : false;
    }
    return false;
  }
  if ('all' in condition && own(condition, 'all')) {
    const list: unknown = condition.all;
    return Array.isArray(list) && (list as readonly Condition[]).every((child) => matches(child, profile, depth + 1, budget));
  }
  if ('any' in condition && own(condition, 'any')) {
    const list: unknown = condition.any;
    return Array.isArray(list) && (list as readonly Condition[]).some((child) => matches(child, profile, depth + 1, budget));
  }
  if ('not' in condition && own(condition, 'not')) return !matches(condition.not, profile, depth + 1, budget);
  return false;
}

/**
 * Whether the client profile satisfies the condition. Never throws.
 *
 * - A missing attribute equals nothing (not even `null`) and is in no list.
 * - `gt`/`lt` hold only when the attribute is a number.
 * - `exists: true` holds when the attribute is present and not `null`.
 * - Only the profile's own data properties count.
 *
 * A malformed condition (one `validateCondition` would refuse) evaluates to
 * `false` rather than throwing; so does one too large or too deep to finish.
 *
 * @example evaluateCondition({ attr: 'driverAge', lt: 25 }, { driverAge: 22 }) // true
 */
export function evaluateCondition(condition: Condition, profile: ClientProfile): boolean {
  try {
    return matches(condition, profile, 1, { visits: 0 });
  } catch {
    return false;
  }
}

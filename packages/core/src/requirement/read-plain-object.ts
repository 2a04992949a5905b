import type { RequirementProblem } from './requirement-problem.js';

/**
 * Keys that reach an object's prototype when copied naively; a rule is stored,
 * copied and merged by hosts, so they are refused outright.
 */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The own data properties of a plain object, or why the value is not one. */
export type PlainObjectReading = { readonly entries: ReadonlyMap<string, unknown> } | { readonly problem: RequirementProblem };

/**
 * Reads the own properties of `value` if it is a plain JSON-like object.
 * Values are read from property descriptors, never through getters, so a
 * hostile object cannot answer differently on a second read.
 */
export function readPlainObject(value: unknown): PlainObjectReading {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: { kind: 'not-plain-object' } };
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return { problem: { kind: 'not-plain-object' } };
  const entries = new Map<string, unknown>();
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key === 'symbol') return { problem: { kind: 'not-data-property' } };
    if (FORBIDDEN_KEYS.has(key)) return { problem: { kind: 'forbidden-key', key } };
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (!descriptor || !('value' in descriptor) || !descriptor.enumerable) return { problem: { kind: 'not-data-property' } };
    entries.set(key, descriptor.value);
  }
  return { entries };
}

import type { Condition, Requirement } from '@dossier/core';
import { formatProfileValue, parseProfileValue } from './profile-value-text.js';
import { sameJson } from './same-json.js';

/** Which requirement radio is chosen. */
export type RequirementMode = 'mandatory' | 'optional' | 'profile';

/** What a profile rule decides when its condition holds. */
export type RuleEffect = 'mandatoryWhen' | 'optionalWhen';

/** The comparisons the simple controls offer. */
export type SimpleOperator = 'eq' | 'in' | 'gt' | 'lt' | 'exists';

/** Operators in display order. */
export const SIMPLE_OPERATORS: readonly SimpleOperator[] = ['eq', 'in', 'gt', 'lt', 'exists'];

/** A requirement as the options panel's simple controls hold it: texts, as typed. */
export interface RequirementDraft {
  mode: RequirementMode;
  effect: RuleEffect;
  attr: string;
  operator: SimpleOperator;
  /** The value field: one value, or a comma-separated list for `in`; unused for `exists`. */
  value: string;
}

/** A draft for a piece without a profile rule yet. */
export function emptyRequirementDraft(mode: RequirementMode = 'mandatory'): RequirementDraft {
  return { mode, effect: 'mandatoryWhen', attr: '', operator: 'eq', value: '' };
}

/**
 * The requirement as simple controls, or `undefined` when they cannot express
 * it exactly (`all`/`any`/`not`, `exists: false`, list items holding commas…):
 * such a rule is shown as an advanced rule rather than silently rewritten.
 */
export function readRequirementDraft(requirement: Requirement): RequirementDraft | undefined {
  if (requirement === 'mandatory' || requirement === 'optional') return emptyRequirementDraft(requirement);
  const effect: RuleEffect = 'mandatoryWhen' in requirement ? 'mandatoryWhen' : 'optionalWhen';
  const condition: Condition = 'mandatoryWhen' in requirement ? requirement.mandatoryWhen : requirement.optionalWhen;
  const draft = draftOfCondition(effect, condition);
  return draft && sameJson(buildRequirement(draft), requirement) ? draft : undefined;
}

/**
 * The requirement the controls describe. Numbers for `gt`/`lt` are parsed; text
 * that is not a number is passed on as it is, so core refuses it with its own
 * localized message rather than the element guessing.
 */
export function buildRequirement(draft: RequirementDraft): Requirement {
  if (draft.mode !== 'profile') return draft.mode;
  const attr = draft.attr.trim();
  const condition = buildCondition(attr, draft.operator, draft.value);
  return draft.effect === 'mandatoryWhen' ? { mandatoryWhen: condition } : { optionalWhen: condition };
}

function buildCondition(attr: string, operator: SimpleOperator, text: string): Condition {
  switch (operator) {
    case 'eq':
      return { attr, eq: parseProfileValue(text) };
    case 'in':
      return {
        attr,
        in: text
          .split(',')
          .map((item) => item.trim())
          .filter((item) => item !== '')
          .map(parseProfileValue),
      };
    case 'gt':
      return { attr, gt: readNumber(text) };
    case 'lt':
      return { attr, lt: readNumber(text) };
    case 'exists':
      return { attr, exists: true };
  }
}

/** A number, or the raw text typed as a number for core to refuse. */
function readNumber(text: string): number {
  const value = text.trim().replace(',', '.');
  const number = Number(value);
  return (value !== '' && Number.isFinite(number) ? number : text.trim()) as number;
}

function draftOfCondition(effect: RuleEffect, condition: Condition): RequirementDraft | undefined {
  if (!('attr' in condition)) return undefined;
  const base = { mode: 'profile' as const, effect, attr: condition.attr };
  if ('eq' in condition) return { ...base, operator: 'eq', value: formatProfileValue(condition.eq) };
  if ('in' in condition) return { ...base, operator: 'in', value: condition.in.map(formatProfileValue).join(', ') };
  if ('gt' in condition) return { ...base, operator: 'gt', value: String(condition.gt) };
  if ('lt' in condition) return { ...base, operator: 'lt', value: String(condition.lt) };
  if ('exists' in condition && condition.exists === true) return { ...base, operator: 'exists', value: '' };
  return undefined;
}

import type { RequiredReason } from '../model/completeness.js';
import type { ClientProfile, Requirement } from '../model/requirement.js';
import { evaluateCondition } from './evaluate-condition.js';

/** Whether a piece is required for one client, and why. */
export interface PieceRequirement {
  readonly required: boolean;
  readonly reason: RequiredReason;
}

/**
 * Whether a piece with this requirement is required for a client with this
 * profile. Never throws: anything that is not a recognised requirement counts
 * as `mandatory`, since asking for a piece too many is safer than archiving a
 * contract without it.
 *
 * @example isPieceRequired({ optionalWhen: { attr: 'kind', eq: 'pro' } }, { kind: 'pro' })
 * // { required: false, reason: 'rule-matched' }
 */
export function isPieceRequired(requirement: Requirement, profile: ClientProfile): PieceRequirement {
  if (requirement === 'optional') return { required: false, reason: 'optional' };
  if (typeof requirement === 'object' && requirement !== null) {
    if (Object.hasOwn(requirement, 'mandatoryWhen') && 'mandatoryWhen' in requirement) {
      const matched = evaluateCondition(requirement.mandatoryWhen, profile);
      return { required: matched, reason: matched ? 'rule-matched' : 'rule-not-matched' };
    }
    if (Object.hasOwn(requirement, 'optionalWhen') && 'optionalWhen' in requirement) {
      const matched = evaluateCondition(requirement.optionalWhen, profile);
      return { required: !matched, reason: matched ? 'rule-matched' : 'rule-not-matched' };
    }
  }
  return { required: true, reason: 'mandatory' };
}

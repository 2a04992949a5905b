import type { DossierErrorDetails } from '../errors/dossier-error-details.js';
import type { DossierReason } from '../errors/dossier-reason.js';
import type { RequirementProblem } from '../requirement/requirement-problem.js';
import type { CoreTranslation } from './core-translation.js';
import { pickText } from './localized-text.js';

/** A reason of `DossierErrorDetails` in the language of `translation`. */
export function reasonText(reason: NonNullable<DossierErrorDetails['reason']>, translation: CoreTranslation): string {
  if (typeof reason === 'string') return reason;
  if (!isDossierReason(reason)) return pickText(reason, translation.locale);
  const { reasons } = translation;
  switch (reason.key) {
    case 'atMost':
      return reasons.atMost(reason.max);
    case 'tooLong':
      return reasons.tooLong(reason.max);
    case 'fileDamage':
      return reasons.fileDamage[reason.damage];
    case 'requirement': {
      // The mapped type cannot tie the problem to its sentence for TypeScript; each sentence reads only its own kind.
      const describe = reasons.requirement[reason.problem.kind] as (problem: RequirementProblem) => string;
      const text = describe(reason.problem);
      return reason.path ? reasons.requirementAt(reason.path, text) : text;
    }
    default:
      return reasons[reason.key];
  }
}

function isDossierReason(reason: object): reason is DossierReason {
  return typeof (reason as { key?: unknown }).key === 'string';
}

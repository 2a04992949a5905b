import type { SimpleReasonKey } from '../errors/dossier-reason.js';
import type { FileDamage } from '../files/file-damage.js';
import type { RequirementProblem } from '../requirement/requirement-problem.js';

/** What is wrong with a requirement rule, one sentence per kind of problem. */
export type RequirementProblemMessages = {
  readonly [K in RequirementProblem['kind']]: (problem: Extract<RequirementProblem, { kind: K }>) => string;
};

/** The sentences of core's reasons ({@link DossierReason}) in one language. */
export interface ReasonMessages extends Readonly<Record<SimpleReasonKey, string>> {
  /** "200 caractères au plus". */
  readonly atMost: (max: number) => string;
  /** "trop long (100 000 caractères au maximum)". */
  readonly tooLong: (max: number) => string;
  /** What each kind of damage means for the broker. */
  readonly fileDamage: Readonly<Record<FileDamage, string>>;
  readonly requirement: RequirementProblemMessages;
  /** A problem and where it was found in the rule: "en mandatoryWhen.all[1] : …". */
  readonly requirementAt: (path: string, problem: string) => string;
}

import type { FileDamage } from '../files/file-damage.js';
import type { RequirementProblem } from '../requirement/requirement-problem.js';

/** Reasons that are one sentence with nothing to fill in, by their key in every translation's `reasons`. */
export const SIMPLE_REASON_KEYS = [
  'textExpected',
  'mustBeText',
  'empty',
  'controlCharacters',
  'lineBreak',
  'bidiControl',
  'loneSurrogate',
  'invalidEmail',
  'pieceIdList',
  'unreadableFile',
  'everyPieceOnce',
  'classifyFirst',
  'notAccepted',
  'linkUsedUp',
  'reminderSteps',
  'reminderCount',
  'escalationDays',
  'weekdays',
  'timeOfDay',
  'sendWindow',
  'timeZone',
] as const;

/** A reason with nothing to fill in. */
export type SimpleReasonKey = (typeof SIMPLE_REASON_KEYS)[number];

/**
 * Why core refused an input, as data: a key of every translation's `reasons` with the values its
 * sentence needs. The message is written when it is shown, so an error reads in any locale, one a
 * host registered later included, and travels as JSON (a server may send it to the browser).
 */
export type DossierReason =
  | { readonly key: SimpleReasonKey }
  /** "200 caractères au plus". */
  | { readonly key: 'atMost'; readonly max: number }
  /** "trop long (100 000 caractères au maximum)". */
  | { readonly key: 'tooLong'; readonly max: number }
  | { readonly key: 'fileDamage'; readonly damage: FileDamage }
  /** A requirement rule core cannot read, and where in the rule (`mandatoryWhen.all[1]`, or empty). */
  | { readonly key: 'requirement'; readonly problem: RequirementProblem; readonly path: string };

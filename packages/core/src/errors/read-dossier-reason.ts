import { FILE_DAMAGES, type FileDamage } from '../files/file-damage.js';
import type { RequirementProblem } from '../requirement/requirement-problem.js';
import { SIMPLE_REASON_KEYS, type DossierReason, type SimpleReasonKey } from './dossier-reason.js';

/** Longest path kept from a reason read off the wire; a rule path is a few dozen characters. */
const MAX_PATH = 200;

/**
 * `value` as a {@link DossierReason}, or `undefined` when it is not one: for reasons read from
 * JSON (a server's problem details), which are not trusted to be well formed. Only known keys with
 * values of the right types pass, copied, so that a translation never meets a value it cannot read.
 */
export function readDossierReason(value: unknown): DossierReason | undefined {
  if (!isRecord(value) || typeof value.key !== 'string') return undefined;
  const { key } = value;
  if ((SIMPLE_REASON_KEYS as readonly string[]).includes(key)) return { key: key as SimpleReasonKey };
  if (key === 'atMost' || key === 'tooLong') {
    return typeof value.max === 'number' && Number.isFinite(value.max) ? { key, max: value.max } : undefined;
  }
  if (key === 'fileDamage') {
    return (FILE_DAMAGES as readonly unknown[]).includes(value.damage) ? { key, damage: value.damage as FileDamage } : undefined;
  }
  if (key === 'requirement' && typeof value.path === 'string') {
    const problem = readRequirementProblem(value.problem);
    return problem ? { key, problem, path: value.path.slice(0, MAX_PATH) } : undefined;
  }
  return undefined;
}

function readRequirementProblem(value: unknown): RequirementProblem | undefined {
  if (!isRecord(value) || typeof value.kind !== 'string') return undefined;
  const { kind, key } = value;
  switch (kind) {
    case 'not-requirement':
    case 'not-condition':
    case 'not-plain-object':
    case 'not-data-property':
    case 'operator-count':
    case 'invalid-attr':
    case 'invalid-eq':
    case 'invalid-in':
    case 'invalid-exists':
    case 'too-deep':
    case 'too-many-conditions':
    case 'unreadable':
      return { kind };
    case 'forbidden-key':
    case 'unknown-key':
      return typeof key === 'string' ? { kind, key: key.slice(0, MAX_PATH) } : undefined;
    case 'invalid-number':
      return key === 'gt' || key === 'lt' ? { kind, key } : undefined;
    case 'invalid-list':
      return key === 'all' || key === 'any' ? { kind, key } : undefined;
    default:
      return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

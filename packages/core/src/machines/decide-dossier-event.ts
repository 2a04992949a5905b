import { initialTransition, transition } from 'xstate';
import { DossierError } from '../errors/dossier-error.js';
import type { Locale } from '../i18n/locale.js';
import type { DossierPhase } from '../model/dossier.js';
import { requireText } from '../validation/require-text.js';
import { dossierMachine } from './dossier-machine.js';
import type { DossierMachineEvent, DossierMachineInput } from './dossier-machine.js';

const PHASES: readonly DossierPhase[] = ['proposal', 'contract', 'archived', 'lost'];
const EVENT_TYPES: readonly DossierMachineEvent['type'][] = [
  'setStage',
  'convert',
  'markLost',
  'archive',
  'changeDocuments',
  'waive',
  'remind',
];
/** Longest stage or contract id accepted, in UTF-16 code units. */
const MAX_TEXT_LENGTH = 200;

/**
 * Decides whether `event` may happen to a dossier in `current`, and what its
 * lifecycle becomes. Pure: it asks the dossier machine through XState's pure
 * `transition` function, with no long-lived actor; the client calls it before
 * every write.
 *
 * `current` and the result have the same shape: a dossier's phase, stage and
 * contract id. Text carried by the event (`stage`, `contractId`) is trimmed in
 * the result.
 *
 * @throws DossierError `invalid-input` when `current` or the event is malformed
 *   (unknown phase or event, stage or contract id empty after trimming or
 *   longer than 200 characters, `archivable` not a boolean).
 * @throws DossierError `incomplete-dossier` when archiving a contract that is not archivable.
 * @throws DossierError `invalid-transition` (details `from`, `event`) when the
 *   phase does not accept the event.
 *
 * @example
 * decideDossierEvent({ phase: 'proposal', stage: null, contractId: null }, { type: 'convert', contractId: 'C-1' });
 * // → { phase: 'contract', stage: null, contractId: 'C-1' }
 */
export function decideDossierEvent(current: DossierMachineInput, event: DossierMachineEvent, locale?: Locale): DossierMachineInput {
  const input = checkedLifecycle(current, locale);
  const checkedEvent = checkedDossierEvent(event, locale);
  const [snapshot] = initialTransition(dossierMachine, input);
  // `can` tells "handled" from "ignored": an ignored event returns the same
  // snapshot from `transition`, exactly like an accepted no-change event does.
  if (!snapshot.can(checkedEvent)) {
    if (checkedEvent.type === 'archive' && input.phase === 'contract' && !checkedEvent.archivable) {
      throw new DossierError('incomplete-dossier', {}, { locale });
    }
    throw new DossierError('invalid-transition', { from: input.phase, event: checkedEvent.type }, { locale });
  }
  const [next] = transition(dossierMachine, snapshot, checkedEvent);
  return { phase: phaseOf(next.value, locale), stage: next.context.stage, contractId: next.context.contractId };
}

function phaseOf(value: unknown, locale: Locale | undefined): DossierPhase {
  const phase = PHASES.find((p) => p === value);
  // Unreachable while the machine only targets phases; guards a future edit.
  if (phase === undefined) throw new DossierError('invalid-input', { field: 'phase' }, { locale });
  return phase;
}

function checkedLifecycle(current: DossierMachineInput, locale: Locale | undefined): DossierMachineInput {
  // Callers may be plain JavaScript or read corrupt records: check at runtime.
  const raw: unknown = current;
  if (typeof raw !== 'object' || raw === null) {
    throw new DossierError('invalid-input', { field: 'dossier' }, { locale });
  }
  const { phase, stage, contractId } = raw as Record<string, unknown>;
  const knownPhase = PHASES.find((p) => p === phase);
  if (knownPhase === undefined) throw new DossierError('invalid-input', { field: 'phase' }, { locale });
  if (stage !== null && typeof stage !== 'string') {
    throw new DossierError('invalid-input', { field: 'stage' }, { locale });
  }
  if (contractId !== null && typeof contractId !== 'string') {
    throw new DossierError('invalid-input', { field: 'contractId' }, { locale });
  }
  return { phase: knownPhase, stage, contractId };
}

function checkedDossierEvent(event: DossierMachineEvent, locale: Locale | undefined): DossierMachineEvent {
  const raw: unknown = event;
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  const knownType = EVENT_TYPES.find((t) => t === type);
  if (knownType === undefined) throw new DossierError('invalid-input', { field: 'event' }, { locale });
  const fields = raw as Record<string, unknown>;
  switch (knownType) {
    case 'setStage':
      return { type: knownType, stage: checkedText(fields['stage'], 'stage', locale) };
    case 'convert':
      return { type: knownType, contractId: checkedText(fields['contractId'], 'contractId', locale) };
    case 'archive': {
      const archivable = fields['archivable'];
      if (typeof archivable !== 'boolean') {
        throw new DossierError('invalid-input', { field: 'archivable' }, { locale });
      }
      return { type: knownType, archivable };
    }
    default:
      return { type: knownType };
  }
}

function checkedText(value: unknown, field: string, locale: Locale | undefined): string {
  // The same rules as every other short text: no control, line-break or bidi-override character.
  return requireText(value, field, locale ?? 'fr', { max: MAX_TEXT_LENGTH });
}

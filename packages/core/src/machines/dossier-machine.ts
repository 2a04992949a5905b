import { assign, setup } from 'xstate';
import type { DossierPhase } from '../model/dossier.js';

/** What the dossier machine remembers besides its phase. */
export interface DossierMachineContext {
  /** Pipeline stage of the host. */
  readonly stage: string | null;
  /** Set on conversion. */
  readonly contractId: string | null;
  /** Whether the dossier was complete enough to archive; true once archived. */
  readonly archivable: boolean;
}

/** A stored dossier's lifecycle facts, to start the machine in any phase. */
export interface DossierMachineInput {
  readonly phase: DossierPhase;
  readonly stage: string | null;
  readonly contractId: string | null;
}

/** Every event the dossier lifecycle knows. */
export type DossierMachineEvent =
  | { readonly type: 'setStage'; readonly stage: string }
  | { readonly type: 'convert'; readonly contractId: string }
  | { readonly type: 'markLost' }
  | { readonly type: 'archive'; readonly archivable: boolean }
  | { readonly type: 'changeDocuments' }
  | { readonly type: 'waive' }
  | { readonly type: 'remind' };

/**
 * The phase the actor was started in, read from XState's `xstate.init` event.
 *
 * XState v5 has no dynamic `initial`; during the initial macrostep the event
 * seen by eventless transitions is the init event, which carries the input.
 * Reading it there keeps the phase out of the context, so the state value stays
 * the single source of truth for the phase.
 */
function startPhaseOf(event: { readonly type: string }): unknown {
  if (event.type !== 'xstate.init') return undefined;
  const input = (event as { readonly input?: { readonly phase?: unknown } }).input;
  return input?.phase;
}

/**
 * The dossier lifecycle: `proposal` → `contract` → `archived`, or `proposal` → `lost`.
 *
 * Start it in the stored phase with `input`; it passes through the transient
 * `restoring` state and settles in `input.phase` before anyone sees a snapshot.
 * An unknown phase leaves it in `restoring`, where no event is accepted.
 * Document events (`changeDocuments`, `waive`, `remind`) are accepted, without
 * any change, in `proposal` and `contract` only; `archived` and `lost` are final.
 *
 * @example
 * const [snapshot] = initialTransition(dossierMachine, { phase: 'contract', stage: null, contractId: 'C-1' });
 * snapshot.can({ type: 'archive', archivable: false }); // false
 */
export const dossierMachine = setup({
  types: {
    context: {} as DossierMachineContext,
    input: {} as DossierMachineInput,
    events: {} as DossierMachineEvent,
  },
  guards: {
    startsIn: ({ event }, params: { phase: DossierPhase }) => startPhaseOf(event) === params.phase,
    isArchivable: ({ event }) => event.type === 'archive' && event.archivable === true,
  },
  actions: {
    setStage: assign({
      stage: ({ context, event }) => (event.type === 'setStage' ? event.stage : context.stage),
    }),
    setContractId: assign({
      contractId: ({ context, event }) => (event.type === 'convert' ? event.contractId : context.contractId),
    }),
    recordArchivable: assign({ archivable: true }),
  },
}).createMachine({
  id: 'dossier',
  context: ({ input }) => ({
    stage: input.stage,
    contractId: input.contractId,
    // A stored archived dossier was archivable when it was archived.
    archivable: input.phase === 'archived',
  }),
  initial: 'restoring',
  states: {
    restoring: {
      always: [
        { guard: { type: 'startsIn', params: { phase: 'proposal' } }, target: 'proposal' },
        { guard: { type: 'startsIn', params: { phase: 'contract' } }, target: 'contract' },
        { guard: { type: 'startsIn', params: { phase: 'archived' } }, target: 'archived' },
        { guard: { type: 'startsIn', params: { phase: 'lost' } }, target: 'lost' },
      ],
    },
    proposal: {
      on: {
        setStage: { actions: 'setStage' },
        convert: { target: 'contract', actions: 'setContractId' },
        markLost: { target: 'lost' },
        // A target (rather than an empty config) makes these "handled, no change":
        // XState treats a transition with neither target nor actions as forbidden.
        changeDocuments: { target: 'proposal' },
        waive: { target: 'proposal' },
        remind: { target: 'proposal' },
      },
    },
    contract: {
      on: {
        archive: { guard: 'isArchivable', target: 'archived', actions: 'recordArchivable' },
        changeDocuments: { target: 'contract' },
        waive: { target: 'contract' },
        remind: { target: 'contract' },
      },
    },
    archived: { type: 'final' },
    lost: { type: 'final' },
  },
});

import { expect } from 'chai';
import { createActor, initialTransition, transition } from 'xstate';
import type { SnapshotFrom } from 'xstate';
import { isDossierError } from '../src/errors/dossier-error.js';
import type { DossierErrorCode } from '../src/errors/dossier-error-code.js';
import { decideDossierEvent } from '../src/machines/decide-dossier-event.js';
import { dossierMachine } from '../src/machines/dossier-machine.js';
import type { DossierMachineEvent, DossierMachineInput } from '../src/machines/dossier-machine.js';
import type { DossierPhase } from '../src/model/dossier.js';

type DossierSnapshot = SnapshotFrom<typeof dossierMachine>;

const PHASES: readonly DossierPhase[] = ['proposal', 'contract', 'archived', 'lost'];
const OPEN_PHASES: readonly DossierPhase[] = ['proposal', 'contract'];

/** Events whose payload is valid: the machine's verdict is the whole story. */
const VALID_EVENTS: readonly DossierMachineEvent[] = [
  { type: 'setStage', stage: 'Signature' },
  { type: 'setStage', stage: 'Prospect' },
  { type: 'convert', contractId: 'C-1' },
  { type: 'convert', contractId: 'C-2' },
  { type: 'markLost' },
  { type: 'archive', archivable: true },
  { type: 'archive', archivable: false },
  { type: 'changeDocuments' },
  { type: 'waive' },
  { type: 'remind' },
];

/** Events decideDossierEvent must refuse as `invalid-input`, whatever the phase. */
const MALFORMED_EVENTS: readonly DossierMachineEvent[] = [
  { type: 'setStage', stage: '' },
  { type: 'setStage', stage: '   \t\n' },
  { type: 'setStage', stage: 'x'.repeat(201) },
  { type: 'convert', contractId: '' },
  { type: 'convert', contractId: ' ' },
  { type: 'convert', contractId: 'C'.repeat(201) },
  { type: 'convert', contractId: 42 as unknown as string },
  { type: 'setStage', stage: null as unknown as string },
  { type: 'archive', archivable: 'yes' as unknown as boolean },
  { type: 'archive' } as unknown as DossierMachineEvent,
  { type: 'explode' } as unknown as DossierMachineEvent,
  { type: 'xstate.init' } as unknown as DossierMachineEvent,
  null as unknown as DossierMachineEvent,
  'convert' as unknown as DossierMachineEvent,
];

/** Every event, valid or not, that the machine itself is walked with. */
const ALL_EVENTS: readonly DossierMachineEvent[] = [...VALID_EVENTS, { type: 'setStage', stage: '' }, { type: 'convert', contractId: '' }];

const STARTS: readonly DossierMachineInput[] = PHASES.flatMap((phase) =>
  [null, 'Prospect'].flatMap((stage) => [null, 'C-0'].map((contractId): DossierMachineInput => ({ phase, stage, contractId }))),
);

function phaseOf(snapshot: DossierSnapshot): DossierPhase {
  const phase = PHASES.find((p) => p === snapshot.value);
  if (phase === undefined) throw new Error(`not a phase: ${String(snapshot.value)}`);
  return phase;
}

function keyOf(snapshot: DossierSnapshot): string {
  return JSON.stringify([snapshot.value, snapshot.context]);
}

function describeEvent(event: DossierMachineEvent): string {
  return JSON.stringify(event);
}

/** Breadth-first walk of every (phase, context) reachable from `start` with ALL_EVENTS. */
function reachableFrom(start: DossierMachineInput): DossierSnapshot[] {
  const [initial] = initialTransition(dossierMachine, start);
  const seen = new Map<string, DossierSnapshot>([[keyOf(initial), initial]]);
  const queue: DossierSnapshot[] = [initial];
  while (queue.length > 0) {
    const snapshot = queue.shift() as DossierSnapshot;
    for (const event of ALL_EVENTS) {
      if (!snapshot.can(event)) continue;
      const [next] = transition(dossierMachine, snapshot, event);
      const key = keyOf(next);
      if (!seen.has(key)) {
        seen.set(key, next);
        queue.push(next);
      }
    }
  }
  return [...seen.values()];
}

function errorOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

function expectDossierError(run: () => unknown, code: DossierErrorCode): void {
  const error = errorOf(run);
  expect(isDossierError(error), String(error)).to.equal(true);
  expect((error as { code: string }).code).to.equal(code);
}

/** What the lifecycle rules say, independent of the machine's code. */
function expectedAcceptance(phase: DossierPhase, event: DossierMachineEvent): boolean {
  switch (event.type) {
    case 'setStage':
    case 'convert':
    case 'markLost':
      return phase === 'proposal';
    case 'archive':
      return phase === 'contract' && event.archivable;
    case 'changeDocuments':
    case 'waive':
    case 'remind':
      return OPEN_PHASES.includes(phase);
  }
}

describe('dossierMachine', () => {
  const walks = STARTS.map((start) => ({ start, states: reachableFrom(start) }));
  const everyState = walks.flatMap((w) => w.states);

  it('starts in the stored phase, with the stored stage and contract id', () => {
    for (const start of STARTS) {
      const [snapshot] = initialTransition(dossierMachine, start);
      expect(snapshot.value).to.equal(start.phase);
      expect(snapshot.context).to.deep.equal({
        stage: start.stage,
        contractId: start.contractId,
        archivable: start.phase === 'archived',
      });
      expect(snapshot.status).to.equal(start.phase === 'archived' || start.phase === 'lost' ? 'done' : 'active');
    }
  });

  it('starts the same way as a running actor', () => {
    for (const start of STARTS) {
      const actor = createActor(dossierMachine, { input: start }).start();
      const [pure] = initialTransition(dossierMachine, start);
      expect(actor.getSnapshot().value).to.equal(pure.value);
      expect(actor.getSnapshot().context).to.deep.equal(pure.context);
      actor.stop();
    }
  });

  it('stays in restoring, accepting nothing, when the stored phase is unknown', () => {
    const [snapshot] = initialTransition(dossierMachine, {
      phase: 'deleted' as DossierPhase,
      stage: null,
      contractId: null,
    });
    expect(snapshot.value).to.equal('restoring');
    for (const event of ALL_EVENTS) expect(snapshot.can(event), describeEvent(event)).to.equal(false);
  });

  it('reaches exactly the phases the lifecycle allows from each start', () => {
    const expected: Record<DossierPhase, readonly DossierPhase[]> = {
      proposal: ['proposal', 'contract', 'archived', 'lost'],
      contract: ['contract', 'archived'],
      archived: ['archived'],
      lost: ['lost'],
    };
    for (const { start, states } of walks) {
      const phases = new Set(states.map(phaseOf));
      expect([...phases].sort(), start.phase).to.deep.equal([...expected[start.phase]].sort());
    }
  });

  it('accepts exactly what the lifecycle rules say, in every reachable state', () => {
    for (const snapshot of everyState) {
      for (const event of VALID_EVENTS) {
        expect(snapshot.can(event), `${keyOf(snapshot)} ${describeEvent(event)}`).to.equal(expectedAcceptance(phaseOf(snapshot), event));
      }
    }
  });

  it('accepts nothing in archived or lost, and a final state never leaves', () => {
    const finals = everyState.filter((s) => s.value === 'archived' || s.value === 'lost');
    expect(finals.length).to.be.greaterThan(0);
    for (const snapshot of finals) {
      expect(snapshot.status).to.equal('done');
      for (const event of ALL_EVENTS) {
        expect(snapshot.can(event), describeEvent(event)).to.equal(false);
        const [next] = transition(dossierMachine, snapshot, event);
        expect(next.value).to.equal(snapshot.value);
        expect(next.context).to.deep.equal(snapshot.context);
      }
    }
  });

  it('lets documents, waivers and reminders happen only in proposal and contract, changing nothing', () => {
    const documentEvents: DossierMachineEvent[] = [{ type: 'changeDocuments' }, { type: 'waive' }, { type: 'remind' }];
    for (const snapshot of everyState) {
      for (const event of documentEvents) {
        expect(snapshot.can(event)).to.equal(OPEN_PHASES.includes(phaseOf(snapshot)));
        const [next] = transition(dossierMachine, snapshot, event);
        expect(next.value).to.equal(snapshot.value);
        expect(next.context).to.deep.equal(snapshot.context);
      }
    }
  });

  it('archives only from contract, only when archivable', () => {
    for (const snapshot of everyState) {
      for (const archivable of [true, false]) {
        const event: DossierMachineEvent = { type: 'archive', archivable };
        const [next] = transition(dossierMachine, snapshot, event);
        if (snapshot.value === 'contract' && archivable) {
          expect(next.value).to.equal('archived');
          expect(next.context).to.deep.equal({ ...snapshot.context, archivable: true });
        } else {
          expect(snapshot.can(event)).to.equal(false);
          expect(next.value).to.equal(snapshot.value);
        }
      }
    }
  });

  it('converts only from proposal, setting the contract id and keeping the stage', () => {
    for (const snapshot of everyState) {
      const event: DossierMachineEvent = { type: 'convert', contractId: 'C-9' };
      const [next] = transition(dossierMachine, snapshot, event);
      if (snapshot.value === 'proposal') {
        expect(next.value).to.equal('contract');
        expect(next.context).to.deep.equal({ ...snapshot.context, contractId: 'C-9' });
      } else {
        expect(snapshot.can(event)).to.equal(false);
        expect(next.context.contractId).to.equal(snapshot.context.contractId);
      }
    }
  });

  it('changes the stage only in proposal', () => {
    for (const snapshot of everyState) {
      const [next] = transition(dossierMachine, snapshot, { type: 'setStage', stage: 'Relance' });
      expect(next.value).to.equal(snapshot.value);
      expect(next.context.stage).to.equal(snapshot.value === 'proposal' ? 'Relance' : snapshot.context.stage);
    }
  });

  it('walks proposal → contract → archived and proposal → lost with a running actor', () => {
    const actor = createActor(dossierMachine, { input: { phase: 'proposal', stage: null, contractId: null } }).start();
    actor.send({ type: 'setStage', stage: 'Signature' });
    actor.send({ type: 'convert', contractId: 'C-1' });
    actor.send({ type: 'archive', archivable: false });
    expect(actor.getSnapshot().value).to.equal('contract');
    actor.send({ type: 'archive', archivable: true });
    expect(actor.getSnapshot().value).to.equal('archived');
    expect(actor.getSnapshot().status).to.equal('done');
    expect(actor.getSnapshot().context).to.deep.equal({ stage: 'Signature', contractId: 'C-1', archivable: true });

    const lost = createActor(dossierMachine, { input: { phase: 'proposal', stage: null, contractId: null } }).start();
    lost.send({ type: 'markLost' });
    expect(lost.getSnapshot().value).to.equal('lost');
    expect(lost.getSnapshot().status).to.equal('done');
    expect(lost.getSnapshot().can({ type: 'convert', contractId: 'C-2' })).to.equal(false);
  });
});

describe('decideDossierEvent', () => {
  const states = STARTS.flatMap(reachableFrom);

  it('agrees with snapshot.can on every reachable state and valid event, throwing the exact codes', () => {
    let accepted = 0;
    let refused = 0;
    for (const snapshot of states) {
      const current = {
        phase: phaseOf(snapshot),
        stage: snapshot.context.stage,
        contractId: snapshot.context.contractId,
      };
      for (const event of VALID_EVENTS) {
        const label = `${JSON.stringify(current)} ${describeEvent(event)}`;
        if (snapshot.can(event)) {
          accepted++;
          const [next] = transition(dossierMachine, snapshot, event);
          expect(decideDossierEvent(current, event), label).to.deep.equal({
            phase: phaseOf(next),
            stage: next.context.stage,
            contractId: next.context.contractId,
          });
        } else {
          refused++;
          const error = errorOf(() => decideDossierEvent(current, event, 'en'));
          expect(isDossierError(error), label).to.equal(true);
          if (event.type === 'archive' && current.phase === 'contract' && !event.archivable) {
            expect((error as { code: string }).code, label).to.equal('incomplete-dossier');
          } else {
            expect((error as { code: string }).code, label).to.equal('invalid-transition');
            expect((error as { details: object }).details, label).to.deep.equal({
              from: current.phase,
              event: event.type,
            });
          }
        }
      }
    }
    // The walk exercised both verdicts many times, not a vacuous loop.
    expect(accepted).to.be.greaterThan(20);
    expect(refused).to.be.greaterThan(20);
  });

  it('refuses malformed events as invalid-input in every phase, before the machine is asked', () => {
    for (const phase of PHASES) {
      for (const event of MALFORMED_EVENTS) {
        expectDossierError(() => decideDossierEvent({ phase, stage: null, contractId: null }, event), 'invalid-input');
      }
    }
  });

  it('refuses malformed current state as invalid-input', () => {
    const event: DossierMachineEvent = { type: 'changeDocuments' };
    const bad: unknown[] = [
      null,
      undefined,
      'proposal',
      { phase: 'deleted', stage: null, contractId: null },
      { phase: 'restoring', stage: null, contractId: null },
      { phase: 'PROPOSAL', stage: null, contractId: null },
      { phase: 'proposal', stage: 3, contractId: null },
      { phase: 'proposal', stage: null, contractId: {} },
      { phase: 'proposal' },
    ];
    for (const current of bad) {
      expectDossierError(() => decideDossierEvent(current as DossierMachineInput, event), 'invalid-input');
    }
  });

  it('trims stage and contract id, and accepts exactly 200 characters', () => {
    const proposal: DossierMachineInput = { phase: 'proposal', stage: null, contractId: null };
    expect(decideDossierEvent(proposal, { type: 'setStage', stage: '  Signature \n' }).stage).to.equal('Signature');
    expect(decideDossierEvent(proposal, { type: 'convert', contractId: ' C-1 ' })).to.deep.equal({
      phase: 'contract',
      stage: null,
      contractId: 'C-1',
    });
    const longest = 'é'.repeat(200);
    expect(decideDossierEvent(proposal, { type: 'setStage', stage: `  ${longest}  ` }).stage).to.equal(longest);
    expectDossierError(() => decideDossierEvent(proposal, { type: 'setStage', stage: `${longest}x` }), 'invalid-input');
  });

  it('keeps hostile text as plain data', () => {
    const stage = '<img src=x onerror=alert(1)> "; DROP TABLE dossiers; --';
    const result = decideDossierEvent({ phase: 'proposal', stage: null, contractId: null }, { type: 'setStage', stage });
    expect(result.stage).to.equal(stage);
  });

  it('ignores extra fields of a stored dossier and does not mutate its argument', () => {
    const dossier = Object.freeze({ id: 'P-1', phase: 'proposal' as const, stage: 'A', contractId: null, revision: 3 });
    expect(decideDossierEvent(dossier, { type: 'convert', contractId: 'C-1' })).to.deep.equal({
      phase: 'contract',
      stage: 'A',
      contractId: 'C-1',
    });
    expect(dossier.phase).to.equal('proposal');
  });

  it('speaks the requested locale, French by default', () => {
    const lost: DossierMachineInput = { phase: 'lost', stage: null, contractId: null };
    const fr = errorOf(() => decideDossierEvent(lost, { type: 'remind' }));
    const en = errorOf(() => decideDossierEvent(lost, { type: 'remind' }, 'en'));
    expect((fr as { locale: string }).locale).to.equal('fr');
    expect((en as { locale: string }).locale).to.equal('en');
    expect((en as Error).message).to.include('remind');
    const contract: DossierMachineInput = { phase: 'contract', stage: null, contractId: 'C-1' };
    const incomplete = errorOf(() => decideDossierEvent(contract, { type: 'archive', archivable: false }, 'en'));
    expect((incomplete as { locale: string }).locale).to.equal('en');
  });
});

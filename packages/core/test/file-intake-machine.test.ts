import { expect } from 'chai';
import { createActor, fromPromise, toPromise } from 'xstate';
import { DossierError, isDossierError } from '../src/errors/dossier-error.js';
import { fileIntakeMachine, runFileIntake } from '../src/machines/file-intake-machine.js';
import type { FileIntakeStoreInput, IntakeProgress } from '../src/machines/file-intake-machine.js';

/** A promise settled from outside, to hold an actor at one step without timers. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

interface Stored {
  id: string;
  from: string;
}

function recorder(): { steps: IntakeProgress[]; onProgress: (p: IntakeProgress) => void; names: () => string[] } {
  const steps: IntakeProgress[] = [];
  return { steps, onProgress: (p) => steps.push(p), names: () => steps.map((s) => s.step) };
}

describe('runFileIntake', () => {
  it('validates, stores, resolves with the stored result and reports validating, storing, stored', async () => {
    const progress = recorder();
    const storedWith: string[] = [];
    const result = await runFileIntake<string, Stored>({
      fileName: 'permis.pdf',
      validate: async () => 'checked',
      store: async (validated) => {
        storedWith.push(validated);
        return { id: 'doc-1', from: validated };
      },
      documentIdOf: (r) => r.id,
      onProgress: progress.onProgress,
    });
    expect(result).to.deep.equal({ id: 'doc-1', from: 'checked' });
    expect(storedWith).to.deep.equal(['checked']);
    expect(progress.steps).to.deep.equal([
      { step: 'validating', fileName: 'permis.pdf' },
      { step: 'storing', fileName: 'permis.pdf' },
      { step: 'stored', fileName: 'permis.pdf', documentId: 'doc-1' },
    ]);
  });

  it('works without onProgress or signal', async () => {
    const result = await runFileIntake({
      fileName: 'a.pdf',
      validate: async () => 1,
      store: async (n: number) => n + 1,
      documentIdOf: String,
    });
    expect(result).to.equal(2);
  });

  it('passes a validation DossierError through unchanged and never stores', async () => {
    const progress = recorder();
    const refusal = new DossierError('file-empty', { fileName: 'vide.pdf' }, { locale: 'en' });
    let stores = 0;
    const error = await rejectionOf(
      runFileIntake({
        fileName: 'vide.pdf',
        validate: async () => {
          throw refusal;
        },
        store: async () => {
          stores++;
          return 'never';
        },
        documentIdOf: String,
        onProgress: progress.onProgress,
        locale: 'fr',
      }),
    );
    expect(error).to.equal(refusal);
    expect(stores).to.equal(0);
    expect(progress.names()).to.deep.equal(['validating', 'rejected']);
    expect(progress.steps[1]).to.deep.equal({ step: 'rejected', fileName: 'vide.pdf', error: refusal });
  });

  it('wraps a validator that throws synchronously', async () => {
    const boom = new TypeError('not a file');
    const error = await rejectionOf(
      runFileIntake({
        fileName: 'x',
        validate: () => {
          throw boom;
        },
        store: async () => 'never',
        documentIdOf: String,
      }),
    );
    expect(isDossierError(error, 'storage-unavailable')).to.equal(true);
    expect((error as Error).cause).to.equal(boom);
  });

  it('wraps a store failure that is not a DossierError as storage-unavailable, keeping the cause', async () => {
    const progress = recorder();
    const diskFull = new Error('disk on fire');
    const error = await rejectionOf(
      runFileIntake({
        fileName: 'rib.pdf',
        validate: async () => 'ok',
        store: async () => {
          throw diskFull;
        },
        documentIdOf: String,
        onProgress: progress.onProgress,
        locale: 'en',
      }),
    );
    expect(isDossierError(error, 'storage-unavailable')).to.equal(true);
    expect((error as DossierError).locale).to.equal('en');
    expect((error as Error).cause).to.equal(diskFull);
    expect(progress.names()).to.deep.equal(['validating', 'storing', 'rejected']);
  });

  it('wraps thrown non-errors too', async () => {
    for (const thrown of ['a string', undefined, null, 42, { code: 'conflict' }]) {
      const error = await rejectionOf(
        runFileIntake({
          fileName: 'x',
          validate: async () => 'ok',
          store: () => Promise.reject(thrown),
          documentIdOf: String,
        }),
      );
      expect(isDossierError(error, 'storage-unavailable'), String(thrown)).to.equal(true);
      expect((error as Error).cause).to.equal(thrown);
    }
  });

  it('passes a store DossierError through unchanged', async () => {
    const conflict = new DossierError('duplicate-document', { fileName: 'a.pdf' });
    const error = await rejectionOf(
      runFileIntake({
        fileName: 'a.pdf',
        validate: async () => 'ok',
        store: async () => {
          throw conflict;
        },
        documentIdOf: String,
      }),
    );
    expect(error).to.equal(conflict);
  });

  it('rejects with invalid-input (aborted) when aborted while validating, and never stores', async () => {
    const progress = recorder();
    const controller = new AbortController();
    const validating = deferred<void>();
    const gate = deferred<string>();
    let stores = 0;
    const intake = runFileIntake({
      fileName: 'cni.jpg',
      validate: () => {
        validating.resolve();
        return gate.promise;
      },
      store: async () => {
        stores++;
        return 'never';
      },
      documentIdOf: String,
      onProgress: progress.onProgress,
      signal: controller.signal,
      locale: 'en',
    });
    await validating.promise;
    controller.abort();
    // Validation finishing after the abort must not revive the intake.
    gate.resolve('checked');
    const error = await rejectionOf(intake);
    expect(isDossierError(error, 'invalid-input')).to.equal(true);
    expect((error as DossierError).details).to.deep.equal({ reason: 'aborted' });
    expect((error as DossierError).locale).to.equal('en');
    expect(stores).to.equal(0);
    expect(progress.names()).to.deep.equal(['validating', 'rejected']);
  });

  it('never even validates when the signal is already aborted', async () => {
    const progress = recorder();
    let validations = 0;
    let stores = 0;
    const error = await rejectionOf(
      runFileIntake({
        fileName: 'x',
        validate: async () => {
          validations++;
          return 'ok';
        },
        store: async () => {
          stores++;
          return 'never';
        },
        documentIdOf: String,
        onProgress: progress.onProgress,
        signal: AbortSignal.abort(),
      }),
    );
    expect(isDossierError(error, 'invalid-input')).to.equal(true);
    expect((error as DossierError).details.reason).to.equal('aborted');
    expect(validations).to.equal(0);
    expect(stores).to.equal(0);
    expect(progress.names()).to.deep.equal(['validating', 'rejected']);
  });

  it('ignores an abort while storing: the commit completes and the intake resolves', async () => {
    const progress = recorder();
    const controller = new AbortController();
    const storing = deferred<void>();
    const gate = deferred<Stored>();
    const intake = runFileIntake<string, Stored>({
      fileName: 'kbis.pdf',
      validate: async () => 'checked',
      store: () => {
        storing.resolve();
        return gate.promise;
      },
      documentIdOf: (r) => r.id,
      onProgress: progress.onProgress,
      signal: controller.signal,
    });
    await storing.promise;
    controller.abort();
    gate.resolve({ id: 'doc-7', from: 'checked' });
    expect(await intake).to.deep.equal({ id: 'doc-7', from: 'checked' });
    expect(progress.names()).to.deep.equal(['validating', 'storing', 'stored']);
  });

  it('stops listening to the signal once settled', async () => {
    const controller = new AbortController();
    const added: string[] = [];
    const removed: string[] = [];
    const signal = controller.signal;
    const add = signal.addEventListener.bind(signal);
    const remove = signal.removeEventListener.bind(signal);
    signal.addEventListener = ((type: string, listener: EventListener, options?: AddEventListenerOptions) => {
      added.push(type);
      add(type, listener, options);
    }) as typeof signal.addEventListener;
    signal.removeEventListener = ((type: string, listener: EventListener) => {
      removed.push(type);
      remove(type, listener);
    }) as typeof signal.removeEventListener;
    await runFileIntake({ fileName: 'x', validate: async () => 1, store: async () => 2, documentIdOf: String, signal });
    expect(added).to.deep.equal(['abort']);
    expect(removed).to.deep.equal(['abort']);
    controller.abort();
  });

  it('is not derailed by an onProgress that throws', async () => {
    let calls = 0;
    const result = await runFileIntake({
      fileName: 'x',
      validate: async () => 'ok',
      store: async () => 'stored',
      documentIdOf: String,
      onProgress: () => {
        calls++;
        throw new Error('UI bug');
      },
    });
    expect(result).to.equal('stored');
    expect(calls).to.equal(3);
  });

  it('still resolves when documentIdOf throws: the document is stored', async () => {
    const progress = recorder();
    const result = await runFileIntake({
      fileName: 'x',
      validate: async () => 'ok',
      store: async () => 'stored',
      documentIdOf: () => {
        throw new Error('no id');
      },
      onProgress: progress.onProgress,
    });
    expect(result).to.equal('stored');
    expect(progress.steps[2]).to.deep.equal({ step: 'stored', fileName: 'x', documentId: '' });
  });

  it('reports a hostile file name as plain data', async () => {
    const progress = recorder();
    const fileName = '<script>alert(1)</script>\r\n../../etc/passwd';
    await runFileIntake({
      fileName,
      validate: async () => 'ok',
      store: async () => 'stored',
      documentIdOf: String,
      onProgress: progress.onProgress,
    });
    expect(progress.steps.map((s) => s.fileName)).to.deep.equal([fileName, fileName, fileName]);
  });

  it('runs intakes independently', async () => {
    const gates = [deferred<string>(), deferred<string>()];
    const intakes = gates.map((gate, i) =>
      runFileIntake({ fileName: `f${i}`, validate: async () => i, store: () => gate.promise, documentIdOf: String }),
    );
    gates[1]?.resolve('second');
    gates[0]?.reject(new Error('first failed'));
    const [first, second] = await Promise.allSettled(intakes);
    expect(first?.status).to.equal('rejected');
    expect(second).to.deep.equal({ status: 'fulfilled', value: 'second' });
  });
});

describe('fileIntakeMachine', () => {
  const provided = (store: () => Promise<unknown>) =>
    fileIntakeMachine.provide({
      actors: {
        validate: fromPromise<unknown>(async () => 'checked'),
        store: fromPromise<unknown, FileIntakeStoreInput>(store),
      },
    });

  it('ends in stored with the result in context', async () => {
    const actor = createActor(
      provided(async () => 'doc'),
      { input: { fileName: 'a' } },
    ).start();
    await toPromise(actor);
    expect(actor.getSnapshot().value).to.equal('stored');
    expect(actor.getSnapshot().context.result).to.equal('doc');
    expect(actor.getSnapshot().context.validated).to.equal('checked');
  });

  it('ignores abort while storing and moves to rejected on abort while validating', async () => {
    const storing = deferred<void>();
    const gate = deferred<string>();
    const actor = createActor(
      provided(() => {
        storing.resolve();
        return gate.promise;
      }),
      { input: { fileName: 'a' } },
    ).start();
    expect(actor.getSnapshot().can({ type: 'abort' })).to.equal(true);
    await storing.promise;
    expect(actor.getSnapshot().value).to.equal('storing');
    expect(actor.getSnapshot().can({ type: 'abort' })).to.equal(false);
    actor.send({ type: 'abort' });
    expect(actor.getSnapshot().value).to.equal('storing');
    gate.resolve('doc');
    await toPromise(actor);
    expect(actor.getSnapshot().value).to.equal('stored');

    const aborted = createActor(
      provided(async () => 'never'),
      { input: { fileName: 'b', locale: 'en' } },
    ).start();
    aborted.send({ type: 'abort' });
    expect(aborted.getSnapshot().value).to.equal('rejected');
    expect(aborted.getSnapshot().context.error?.code).to.equal('invalid-input');
    expect(aborted.getSnapshot().context.error?.locale).to.equal('en');
  });

  it('rejects with storage-unavailable when the actors were not provided', async () => {
    const actor = createActor(fileIntakeMachine, { input: { fileName: 'a' } }).start();
    await toPromise(actor);
    expect(actor.getSnapshot().value).to.equal('rejected');
    expect(actor.getSnapshot().context.error?.code).to.equal('storage-unavailable');
  });
});

import { assign, createActor, fromPromise, setup } from 'xstate';
import { DossierError, isDossierError } from '../errors/dossier-error.js';
import { toDossierError } from '../errors/to-dossier-error.js';

/** A failure as a DossierError in `locale`; a DossierError passes through unchanged (its own locale kept). */
const asDossierError = (error: unknown, locale: Locale | undefined): DossierError =>
  isDossierError(error) ? error : toDossierError(error, locale);
import type { Locale } from '../i18n/locale.js';

/** A step of a file intake, reported to `onProgress`. */
export type IntakeProgress =
  | { readonly step: 'validating'; readonly fileName: string }
  | { readonly step: 'storing'; readonly fileName: string }
  | { readonly step: 'stored'; readonly fileName: string; readonly documentId: string }
  | { readonly step: 'rejected'; readonly fileName: string; readonly error: DossierError };

/** What the file intake machine remembers. */
export interface FileIntakeContext {
  readonly fileName: string;
  readonly locale: Locale | undefined;
  /** Output of the `validate` actor, handed to `store`. */
  readonly validated: unknown;
  /** Output of the `store` actor. */
  readonly result: unknown;
  readonly error: DossierError | null;
}

/** Input of the file intake machine. */
export interface FileIntakeInput {
  readonly fileName: string;
  readonly locale?: Locale;
}

/** Events the file intake machine accepts from outside. */
export type FileIntakeEvent = { readonly type: 'abort' };

/** Input of the `store` actor. */
export interface FileIntakeStoreInput {
  readonly validated: unknown;
}

function notProvided(name: string): never {
  throw new Error(`fileIntakeMachine: provide the "${name}" actor with .provide({ actors })`);
}

/**
 * One file's way into a dossier: `validating` → `storing` → `stored`, or
 * `rejected` with a DossierError.
 *
 * The `validate` and `store` promise actors are supplied at runtime with
 * `.provide({ actors })`; `runFileIntake` does it for you. An `abort` event
 * while validating rejects with `invalid-input` (reason `aborted`) and `store`
 * is never started; while storing it is ignored, because a commit is atomic and
 * must not be left half done.
 */
export const fileIntakeMachine = setup({
  types: {
    context: {} as FileIntakeContext,
    input: {} as FileIntakeInput,
    events: {} as FileIntakeEvent,
  },
  actors: {
    validate: fromPromise<unknown>(async () => notProvided('validate')),
    store: fromPromise<unknown, FileIntakeStoreInput>(async () => notProvided('store')),
  },
  actions: {
    recordFailure: assign({
      error: ({ context }, params: { error: unknown }) => asDossierError(params.error, context.locale),
    }),
    recordAbort: assign({
      error: ({ context }) => new DossierError('invalid-input', { reason: 'aborted' }, { locale: context.locale }),
    }),
  },
}).createMachine({
  id: 'fileIntake',
  context: ({ input }) => ({
    fileName: input.fileName,
    locale: input.locale,
    validated: undefined,
    result: undefined,
    error: null,
  }),
  initial: 'validating',
  states: {
    validating: {
      invoke: {
        src: 'validate',
        onDone: { target: 'storing', actions: assign({ validated: ({ event }) => event.output }) },
        onError: {
          target: 'rejected',
          actions: { type: 'recordFailure', params: ({ event }) => ({ error: event.error }) },
        },
      },
      on: { abort: { target: 'rejected', actions: 'recordAbort' } },
    },
    storing: {
      // No `abort` here on purpose: see the machine's description.
      invoke: {
        src: 'store',
        input: ({ context }) => ({ validated: context.validated }),
        onDone: { target: 'stored', actions: assign({ result: ({ event }) => event.output }) },
        onError: {
          target: 'rejected',
          actions: { type: 'recordFailure', params: ({ event }) => ({ error: event.error }) },
        },
      },
    },
    stored: { type: 'final' },
    rejected: { type: 'final' },
  },
});

/** Options of {@link runFileIntake}. */
export interface RunFileIntakeOptions<V, R> {
  /** Name of the file, repeated in every progress report. */
  fileName: string;
  /** Checks the file; rejects (preferably with a DossierError) when it is not acceptable. */
  validate: () => Promise<V>;
  /** Stores what `validate` returned, atomically. */
  store: (validated: V) => Promise<R>;
  /** Told of each step: validating, storing, then stored or rejected. */
  onProgress?: (progress: IntakeProgress) => void;
  /** Aborts the intake, unless storing has already begun. */
  signal?: AbortSignal;
  /** The id of the stored document, for the `stored` progress report. */
  documentIdOf: (result: R) => string;
  locale?: Locale;
}

/**
 * Runs one file intake on a fresh {@link fileIntakeMachine} actor.
 *
 * Resolves with what `store` resolved with. Rejects with a DossierError: the
 * one `validate` or `store` threw, unchanged; `invalid-input` (reason
 * `aborted`) when `signal` aborts before storing begins; otherwise
 * `storage-unavailable` with the original failure as `cause`.
 * An exception thrown by `onProgress` is ignored.
 *
 * @example
 * const doc = await runFileIntake({
 *   fileName: file.name,
 *   validate: () => checkFile(file),
 *   store: (checked) => storage.addDocument(checked),
 *   documentIdOf: (d) => d.id,
 *   onProgress: (p) => render(p.step),
 * });
 */
export function runFileIntake<V, R>(options: RunFileIntakeOptions<V, R>): Promise<R> {
  const { fileName, signal, locale } = options;
  const logic = fileIntakeMachine.provide({
    actors: {
      validate: fromPromise<unknown>(async ({ signal: actorSignal }) => {
        // Yield once so an abort sent right after start stops this actor before
        // the host's validation runs at all.
        await Promise.resolve();
        if (actorSignal.aborted) return undefined;
        return options.validate();
      }),
      store: fromPromise<unknown, FileIntakeStoreInput>(async ({ input }) => options.store(input.validated as V)),
    },
  });

  return new Promise<R>((resolve, reject) => {
    const actor = createActor(logic, { input: { fileName, locale } });
    const report = (progress: IntakeProgress): void => {
      try {
        options.onProgress?.(progress);
      } catch {
        // A host's progress callback is UI code: it must not decide whether a file was stored.
      }
    };
    const onAbort = (): void => actor.send({ type: 'abort' });
    let lastStep: string | undefined;
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      subscription.unsubscribe();
      outcome();
    };

    const subscription = actor.subscribe({
      next: (snapshot) => {
        const step = String(snapshot.value);
        if (step === lastStep) return;
        lastStep = step;
        const { context } = snapshot;
        if (snapshot.matches('validating') || snapshot.matches('storing')) {
          report({ step: snapshot.matches('validating') ? 'validating' : 'storing', fileName });
        } else if (snapshot.matches('stored')) {
          const result = context.result as R;
          let documentId: string;
          try {
            documentId = options.documentIdOf(result);
          } catch {
            // The document is stored whatever this accessor does: the report
            // goes without an id rather than turning a success into a failure.
            documentId = '';
          }
          report({ step: 'stored', fileName, documentId });
          settle(() => resolve(result));
        } else if (snapshot.matches('rejected')) {
          const error = context.error ?? asDossierError(undefined, locale);
          report({ step: 'rejected', fileName, error });
          settle(() => reject(error));
        }
      },
      error: (error) => {
        const wrapped = asDossierError(error, locale);
        report({ step: 'rejected', fileName, error: wrapped });
        settle(() => reject(wrapped));
      },
    });

    actor.start();
    if (signal?.aborted) actor.send({ type: 'abort' });
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
}

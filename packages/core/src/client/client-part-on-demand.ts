import type { ClientContext } from './client-context.js';

/** A part of the client whose code loads on its first call. Internal. */
export interface ClientPartOnDemand<T> {
  /**
   * Calls `use` with the part: at once when it is loaded, else once it is. Every call before the
   * first load ends waits for that same load, in the order of the calls. A load that fails rejects
   * the calls waiting for it with a `DossierError` (`storage-unavailable`, naming what failed, in
   * the client's locale), as the other parts loaded on demand do; the next call loads again (a
   * browser that no longer keeps failed module fetches, whatwg/html#10327, fetches the chunk again;
   * an older one may give the first failure again).
   */
  call<R>(use: (part: T) => Promise<R>): Promise<R>;
  /**
   * The part's methods `names`, each forwarding its arguments through {@link ClientPartOnDemand.call}:
   * `{ ...reads, ...writes.methods('add', 'remove') }` is the whole sub-API once every method is named
   * (its declared type says which are missing).
   */
  methods<K extends AsyncMethodName<T>>(...names: K[]): Pick<T, K>;
}

/** The names of `T`'s methods that answer with a promise: the ones a part loaded on demand can forward. */
type AsyncMethodName<T> = { [K in keyof T]-?: T[K] extends (...args: never[]) => Promise<unknown> ? K : never }[keyof T];

/**
 * A part of the client (a sub-API) whose code, typically a dynamic `import()`, loads on its first
 * call rather than with the page: a page of badges never needs the reminders, the upload links or
 * the portal. Once loaded, calls go straight to it, as if it had been loaded with the page. Internal.
 */
export function clientPartOnDemand<T>(context: ClientContext, load: () => Promise<T>): ClientPartOnDemand<T> {
  let part: T | undefined;
  let loading: Promise<T> | undefined;
  /** Calls waiting for the load: until the last of them starts, later calls wait behind them, in order. */
  let waiting = 0;
  const get = (): Promise<T> => {
    // `run` types and localizes a failed load as it does any failure of an operation.
    loading ??= context.run(load).catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  const call = <R>(use: (part: T) => Promise<R>): Promise<R> => {
    if (part !== undefined) return use(part);
    waiting += 1;
    return get().then(
      (loaded) => {
        waiting -= 1;
        if (waiting === 0) part = loaded;
        return use(loaded);
      },
      (error: unknown) => {
        waiting -= 1;
        throw error;
      },
    );
  };
  return {
    call,
    methods: <K extends AsyncMethodName<T>>(...names: K[]) =>
      Object.fromEntries(
        names.map((name) => [
          name,
          (...args: unknown[]) => call((part) => (part[name] as (...args: unknown[]) => Promise<unknown>)(...args)),
        ]),
      ) as Pick<T, K>,
  };
}

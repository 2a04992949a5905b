/** Tells whoever waits on a storage's network work that it closed. */
export interface Closer {
  readonly closed: boolean;
  /** Calls `callback` once at close (at once if already closed); returns the function that forgets it. */
  onClose(callback: () => void): () => void;
  /** Closes: every registered callback runs once. */
  close(): void;
}

/**
 * A closer. A Set of callbacks rather than one AbortSignal shared by every
 * request: dozens of concurrent reads would each add a listener to it, which
 * Node reports as a leak past ten.
 */
export function createCloser(): Closer {
  const callbacks = new Set<() => void>();
  let closed = false;
  return {
    get closed() {
      return closed;
    },
    onClose(callback) {
      if (closed) {
        callback();
        return () => undefined;
      }
      callbacks.add(callback);
      return () => callbacks.delete(callback);
    },
    close() {
      if (closed) return;
      closed = true;
      for (const callback of [...callbacks]) callback();
      callbacks.clear();
    },
  };
}

// Polls a reading until it is accepted, for assertions on a page that updates itself.

const POLL_MS = 50;

/**
 * Reads `read()` every 50 ms until `accept(value)` holds, and returns that value. A reading that
 * throws counts as not accepted. Gives up after `timeoutMs` with an error naming `what` and the
 * last value seen, so a failure says what the page showed instead.
 * @template T
 * @param {() => Promise<T>} read
 * @param {(value: T) => boolean} accept
 * @param {string} what what was expected, in words
 * @param {number} [timeoutMs]
 * @returns {Promise<T>}
 */
export async function waitUntil(read, accept, what, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  /** @type {unknown} */
  let last;
  for (;;) {
    try {
      const value = await read();
      if (accept(value)) return value;
      last = value;
    } catch (error) {
      last = error instanceof Error ? error.message.split('\n')[0] : String(error);
    }
    if (Date.now() > deadline) throw new Error(`${what} — last seen: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

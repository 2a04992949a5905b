/** `Error.isError` (ES2026) where the runtime has it. */
type ErrorConstructorWithIsError = ErrorConstructor & { isError?: (value: unknown) => value is Error };

/**
 * Whether `value` is a real Error object, including one thrown in another realm (an iframe's
 * code, a parent page's client) where `instanceof Error` is false. Uses `Error.isError` where
 * available, else the built-in `[object Error]` tag that only error objects carry.
 */
export function isError(value: unknown): value is Error {
  const isErrorBuiltIn = (Error as ErrorConstructorWithIsError).isError;
  if (typeof isErrorBuiltIn === 'function') return isErrorBuiltIn(value);
  return value instanceof Error || Object.prototype.toString.call(value) === '[object Error]';
}

/** Whether `value` is a Blob, including one from another realm (an iframe), which `instanceof` misses. */
export function isBlob(value: unknown): value is Blob {
  if (typeof Blob !== 'undefined' && value instanceof Blob) return true;
  const tag = Object.prototype.toString.call(value);
  return (
    (tag === '[object Blob]' || tag === '[object File]') &&
    typeof (value as Blob).slice === 'function' &&
    typeof (value as Blob).arrayBuffer === 'function' &&
    Number.isSafeInteger((value as Blob).size)
  );
}

/**
 * Whether `value` is a Blob (or File), including one made in another realm — an iframe, a
 * window opened by the page — where `instanceof Blob` is false because each realm has its own
 * `Blob` constructor.
 */
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

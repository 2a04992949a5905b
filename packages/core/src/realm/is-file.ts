import { isBlob } from './is-blob.js';

/** Whether `value` is a File, including one picked in another realm (an iframe's file input), where `instanceof File` is false. */
export function isFile(value: unknown): value is File {
  return Object.prototype.toString.call(value) === '[object File]' && isBlob(value) && typeof (value as File).name === 'string';
}

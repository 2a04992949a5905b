/**
 * @dossier/storage-rest/tus — resumable portal uploads with the tus protocol (tus-js-client), for
 * `createRestPortal({ resumable: tusUploads() })`. Apart from the main entry so that a page that
 * does not send files resumably does not load tus-js-client.
 * @packageDocumentation
 */
export { tusUploads, type TusUploadsOptions } from './tus-uploads.js';
export type { ResumableUploadRequest, ResumableUploads } from '../resumable-uploads.js';

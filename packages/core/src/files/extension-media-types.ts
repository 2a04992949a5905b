const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/**
 * Media types an `accept` entry written as a file extension stands for (lower case,
 * with its dot). Only kinds `sniffMediaType` recognises are listed: an extension whose
 * content cannot be checked could never match. A Map rather than an object so that
 * entries such as `.constructor` find nothing.
 */
export const EXTENSION_MEDIA_TYPES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['.pdf', ['application/pdf']],
  ['.png', ['image/png']],
  ['.jpg', ['image/jpeg']],
  ['.jpeg', ['image/jpeg']],
  ['.jpe', ['image/jpeg']],
  ['.jfif', ['image/jpeg']],
  ['.gif', ['image/gif']],
  ['.webp', ['image/webp']],
  ['.tif', ['image/tiff']],
  ['.tiff', ['image/tiff']],
  ['.heic', ['image/heic']],
  // HEIC is the HEVC flavour of HEIF: whoever accepts HEIF files accepts those too.
  ['.heif', ['image/heif', 'image/heic']],
  ['.avif', ['image/avif']],
  ['.docx', [DOCX]],
  ['.xlsx', [XLSX]],
  ['.pptx', [PPTX]],
  ['.odt', ['application/vnd.oasis.opendocument.text']],
  ['.ods', ['application/vnd.oasis.opendocument.spreadsheet']],
  ['.odp', ['application/vnd.oasis.opendocument.presentation']],
  ['.zip', ['application/zip']],
]);

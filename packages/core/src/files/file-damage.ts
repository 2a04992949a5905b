/** Every kind of {@link FileDamage}. */
export const FILE_DAMAGES = ['truncated', 'no-content', 'corrupt'] as const;

/**
 * Why a file's structure does not hold, so that no reader would open it whole:
 * - `truncated`: its end is missing (no `%%EOF`, no `IEND`, no JPEG end marker, no ZIP
 *   end record, data past the end), as an interrupted transfer leaves it;
 * - `no-content`: a PDF header followed by no PDF object (another file behind a PDF header);
 * - `corrupt`: its own fields point outside the file or contradict each other.
 */
export type FileDamage = (typeof FILE_DAMAGES)[number];

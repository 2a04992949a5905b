/** Size limit of a file when its expected piece sets none: 25 MiB, what mail systems commonly let through. */
export const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;

/** The bounds of an upload link. */
export const UPLOAD_LINK_LIMITS = {
  /** Days a link lasts when the broker does not say. */
  defaultDays: 14,
  /** Most days a link may last. */
  maxDays: 90,
  /** Largest file count a link may be limited to. */
  maxFiles: 100,
  /** Most pieces one link may ask for. */
  maxPieces: 200,
} as const;

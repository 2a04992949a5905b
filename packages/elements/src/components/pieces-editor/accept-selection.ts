import { ACCEPT_KINDS, type AcceptKindId } from './accept-kinds.js';

/** An `accept` list seen through the options panel's checkboxes. */
export interface AcceptSelection {
  /** Families whose every media type is in the list. */
  readonly kinds: readonly AcceptKindId[];
  /**
   * Entries no checkbox stands for (e.g. `image/png`, `.pdf`). They are kept as
   * they are, so saving the panel never drops a host's finer choice.
   */
  readonly others: readonly string[];
}

/** Splits a stored `accept` list into ticked families and the entries left over. */
export function readAcceptSelection(accept: readonly string[]): AcceptSelection {
  const present = new Set(accept);
  const kinds = ACCEPT_KINDS.filter((kind) => kind.mediaTypes.every((type) => present.has(type)));
  const covered = new Set(kinds.flatMap((kind) => kind.mediaTypes));
  return { kinds: kinds.map((kind) => kind.id), others: accept.filter((entry) => !covered.has(entry)) };
}

/** The `accept` list for ticked families plus the entries kept aside, without duplicates. */
export function buildAcceptList(selection: AcceptSelection): string[] {
  const ticked = ACCEPT_KINDS.filter((kind) => selection.kinds.includes(kind.id)).flatMap((kind) => kind.mediaTypes);
  return [...new Set([...ticked, ...selection.others])];
}

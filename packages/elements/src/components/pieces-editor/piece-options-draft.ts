import type { ExpectedPiece, ExpectedPiecePatch, Requirement } from '@dossier/core';
import type { AcceptKindId } from './accept-kinds.js';
import { buildAcceptList, readAcceptSelection } from './accept-selection.js';
import { buildRequirement, emptyRequirementDraft, readRequirementDraft, type RequirementDraft } from './requirement-draft.js';
import { sameJson } from './same-json.js';

const MEBIBYTE = 1024 * 1024;

/** The options panel of one expected piece while it is being edited. */
export interface PieceOptionsDraft {
  requirement: RequirementDraft;
  /**
   * The stored rule the simple controls cannot express, shown read-only and
   * kept as it is until the person replaces it; `undefined` otherwise.
   */
  advanced: Requirement | undefined;
  kinds: AcceptKindId[];
  /** Accepted entries no checkbox stands for, kept unchanged. */
  otherAccept: readonly string[];
  /** Size limit in mebibytes as typed; empty = the client's default limit. */
  maxMegabytes: string;
  /** Validity in days as typed; empty = no expiry. */
  validityDays: string;
}

/** The panel's starting state for a stored piece. */
export function readPieceOptions(piece: ExpectedPiece): PieceOptionsDraft {
  const simple = readRequirementDraft(piece.requirement);
  const accept = readAcceptSelection(piece.accept);
  return {
    requirement: simple ?? { ...emptyRequirementDraft(), mode: 'profile' },
    advanced: simple ? undefined : piece.requirement,
    kinds: [...accept.kinds],
    otherAccept: accept.others,
    maxMegabytes: piece.maxBytes === undefined ? '' : formatMegabytes(piece.maxBytes),
    validityDays: piece.validityDays === undefined ? '' : String(piece.validityDays),
  };
}

/**
 * Only the fields the person changed. Values core would refuse (a size of 0, a
 * validity of 2.5 days, "abc" as a number) are passed on so that core's own
 * localized error is shown.
 */
export function pieceOptionsPatch(piece: ExpectedPiece, draft: PieceOptionsDraft): ExpectedPiecePatch {
  const patch: ExpectedPiecePatch = {};
  const requirement =
    draft.requirement.mode === 'profile' && draft.advanced !== undefined ? draft.advanced : buildRequirement(draft.requirement);
  if (!sameJson(requirement, piece.requirement)) patch.requirement = requirement;

  const accept = buildAcceptList({ kinds: draft.kinds, others: draft.otherAccept });
  if (!sameJson([...accept].sort(), [...piece.accept].sort())) patch.accept = accept;

  const initialMegabytes = piece.maxBytes === undefined ? '' : formatMegabytes(piece.maxBytes);
  if (draft.maxMegabytes.trim() !== initialMegabytes) {
    const maxBytes = draft.maxMegabytes.trim() === '' ? null : Math.round(readNumber(draft.maxMegabytes) * MEBIBYTE);
    if (maxBytes !== (piece.maxBytes ?? null)) patch.maxBytes = maxBytes;
  }

  const validityDays = draft.validityDays.trim() === '' ? null : readNumber(draft.validityDays);
  if (validityDays !== (piece.validityDays ?? null)) patch.validityDays = validityDays;
  return patch;
}

/** A size in mebibytes, at most two decimals, as the size field shows it. */
function formatMegabytes(bytes: number): string {
  return String(Math.round((bytes / MEBIBYTE) * 100) / 100);
}

function readNumber(text: string): number {
  const value = text.trim().replace(',', '.');
  return value === '' ? Number.NaN : Number(value);
}

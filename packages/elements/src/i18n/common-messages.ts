import type { PieceStatusValue, RequiredReason } from '@dossier/core';

/** Texts shared by several elements. */
export interface CommonMessages {
  loading: string;
  retry: string;
  noClient: string;
  status: Record<PieceStatusValue, string>;
  required: string;
  notRequired: string;
  requiredReason: Record<RequiredReason, string>;
  close: string;
  cancel: string;
  confirm: string;
  remove: string;
  unclassified: string;
  /** Said in place of an element whose code failed to load (its chunk), above a retry button. */
  partUnavailable: string;
}

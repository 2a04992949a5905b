import type { DossierErrorCode } from '@dossier/core';

/** Detail of `dossier-document-rejected`: a file was refused and nothing was stored for it. */
export interface DossierDocumentRejectedDetail {
  readonly dossierId: string;
  /** The name as the user gave it. */
  readonly fileName: string;
  /** Why: a stable code for hosts to switch on, and the message shown, in the element's locale. */
  readonly error: { readonly code: DossierErrorCode; readonly message: string };
}

/** The `dossier-document-rejected` event: a file was refused (wrong kind, empty, too large, duplicate, storage failure…). */
export type DossierDocumentRejectedEvent = CustomEvent<DossierDocumentRejectedDetail>;

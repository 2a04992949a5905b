/** A step of a file intake, reported to `onProgress`. PLACEHOLDER: the machine helper completes this file. */
export type IntakeProgress =
  | { readonly step: 'validating'; readonly fileName: string }
  | { readonly step: 'storing'; readonly fileName: string }
  | { readonly step: 'stored'; readonly fileName: string; readonly documentId: string }
  | { readonly step: 'rejected'; readonly fileName: string; readonly error: import('../errors/dossier-error.js').DossierError };

/** Detail of `dossier-audit-open`: the person chose a row of the audit to open its dossier. */
export interface DossierAuditOpenDetail {
  readonly dossierId: string;
}

declare global {
  interface HTMLElementEventMap {
    /** A client or contract of the audit was clicked: the host opens that dossier. */
    'dossier-audit-open': CustomEvent<DossierAuditOpenDetail>;
  }
}

/** Detail of `dossier-audit-open`: the person chose a row of the audit to open its dossier. */
export interface DossierAuditOpenDetail {
  readonly dossierId: string;
}

/** The `dossier-audit-open` event: a client or contract of the audit was clicked: the host opens that dossier. */
export type DossierAuditOpenEvent = CustomEvent<DossierAuditOpenDetail>;

/** Detail of `dossier-risk-type-select`: the person picked a contract type in the catalogue. */
export interface DossierRiskTypeSelectDetail {
  readonly riskTypeId: string;
}

declare global {
  interface HTMLElementEventMap {
    /** A risk type of the catalogue was selected. */
    'dossier-risk-type-select': CustomEvent<DossierRiskTypeSelectDetail>;
  }
}

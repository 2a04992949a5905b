/** Detail of `dossier-risk-type-select`: the person picked a contract type in the catalogue. */
export interface DossierRiskTypeSelectDetail {
  readonly riskTypeId: string;
}

/** The `dossier-risk-type-select` event: a risk type of the catalogue was selected. */
export type DossierRiskTypeSelectEvent = CustomEvent<DossierRiskTypeSelectDetail>;

/**
 * What the host CRM itself records about a proposal, beside the Dossier:
 * the commercial side (premium) that Dossier has no business knowing.
 */
export interface CrmProposal {
  /** The proposal number, also the Dossier id (e.g. `PR-2026-0107`). */
  readonly id: string;
  readonly clientId: string;
  readonly riskTypeId: string;
  /** Annual premium in euros. */
  readonly annualPremium: number;
}

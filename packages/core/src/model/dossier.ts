import type { ClientProfile } from './requirement.js';

/** Lifecycle phase of a dossier. */
export type DossierPhase = 'proposal' | 'contract' | 'archived' | 'lost';

/** The client a dossier belongs to. */
export interface DossierClientInfo {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly profile: ClientProfile;
}

/** A piece a person waived, with why. */
export interface Waiver {
  readonly reason: string;
  readonly at: string;
}

/** One sale's file, keyed by the host's proposal id. */
export interface Dossier {
  /** The host's proposal id. */
  readonly id: string;
  readonly riskTypeId: string;
  readonly phase: DossierPhase;
  /** Pipeline stage of the host (e.g. "Prospect", "Signature"). */
  readonly stage: string | null;
  readonly client: DossierClientInfo;
  /** Set on conversion. */
  readonly contractId: string | null;
  /** ISO timestamps. */
  readonly openedAt: string;
  readonly convertedAt: string | null;
  readonly closedAt: string | null;
  readonly updatedAt: string;
  /** Waived pieces by piece id. */
  readonly waivers: Readonly<Record<string, Waiver>>;
  readonly revision: number;
}

/** What a host gives to open a proposal's dossier. */
export interface OpenDossierInput {
  id: string;
  riskTypeId: string;
  client: { id: string; name: string; email: string; profile?: ClientProfile };
  stage?: string;
}

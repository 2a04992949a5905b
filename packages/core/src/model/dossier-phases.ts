import type { DossierPhase } from './dossier.js';

// A Record, so that a phase added to `DossierPhase` fails to compile here until it is listed.
const PHASE_SET: Readonly<Record<DossierPhase, true>> = { proposal: true, contract: true, archived: true, lost: true };

/** Every phase of a dossier, in lifecycle order. */
export const DOSSIER_PHASES: readonly DossierPhase[] = Object.keys(PHASE_SET) as DossierPhase[];

import type { ProfileValue } from '@dossier/core';
import type { PipelineStage } from '../crm/pipeline-stages.js';
import type { DemoPieceKey } from './demo-catalogue.js';

/** A document of a demo deal: classified to a piece (or not yet), possibly archived in the document management. */
export interface DemoDocument {
  readonly piece: DemoPieceKey;
  /** Left unclassified, so the indexer has something to do; its file name still hints at the piece. */
  readonly unclassified?: boolean;
  /** Days since the document was issued; default a few days before it was collected. */
  readonly issuedDaysAgo?: number;
  readonly archived?: boolean;
  /** File name as the client sent it; default derived from the piece and the client. */
  readonly fileName?: string;
}

/** What became of a deal: still a proposal, converted, archived, or lost (days ago). */
type DemoOutcome =
  | { readonly phase: 'proposal'; readonly stage: PipelineStage }
  | { readonly phase: 'contract'; readonly convertedDaysAgo: number }
  | { readonly phase: 'archived'; readonly convertedDaysAgo: number; readonly archivedDaysAgo: number }
  | { readonly phase: 'lost'; readonly stage: PipelineStage; readonly lostDaysAgo: number };

/** One sale of the demo portfolio. */
export interface DemoDeal {
  readonly clientId: string;
  readonly riskTypeId: string;
  readonly annualPremium: number;
  readonly openedDaysAgo: number;
  readonly outcome: DemoOutcome;
  readonly documents?: readonly DemoDocument[];
  /** Profile attributes beyond the client's type and age (e.g. the loan amount). */
  readonly profile?: Readonly<Record<string, ProfileValue>>;
  readonly waivers?: readonly { readonly piece: DemoPieceKey; readonly reason: string }[];
  /** Reminders already sent, days ago. */
  readonly remindedDaysAgo?: readonly number[];
}

const docs = (...pieces: DemoPieceKey[]): DemoDocument[] => pieces.map((piece) => ({ piece }));
const archivedDocs = (...pieces: DemoPieceKey[]): DemoDocument[] => pieces.map((piece) => ({ piece, archived: true }));
const proposal = (stage: PipelineStage): DemoOutcome => ({ phase: 'proposal', stage });
const contract = (convertedDaysAgo: number): DemoOutcome => ({ phase: 'contract', convertedDaysAgo });

/**
 * The portfolio on first start: proposals at every step, contracts awaiting
 * pieces (some expired, one waived, some already reminded), complete ones,
 * one archived and two lost.
 */
export const DEMO_PORTFOLIO: readonly DemoDeal[] = [
  // Prospect
  { clientId: 'CLI-0004', riskTypeId: 'auto', annualPremium: 1480, openedDaysAgo: 3, outcome: proposal('Prospect') },
  { clientId: 'CLI-0011', riskTypeId: 'habitation', annualPremium: 215, openedDaysAgo: 2, outcome: proposal('Prospect') },
  {
    clientId: 'CLI-0016',
    riskTypeId: 'rc-pro',
    annualPremium: 1890,
    openedDaysAgo: 5,
    outcome: proposal('Prospect'),
    documents: docs('kbis'),
  },
  { clientId: 'CLI-0012', riskTypeId: 'sante', annualPremium: 1120, openedDaysAgo: 1, outcome: proposal('Prospect') },
  {
    clientId: 'CLI-0009',
    riskTypeId: 'sante',
    annualPremium: 1860,
    openedDaysAgo: 6,
    outcome: proposal('Prospect'),
    documents: docs('identite'),
  },
  {
    clientId: 'CLI-0008',
    riskTypeId: 'auto',
    annualPremium: 890,
    openedDaysAgo: 4,
    outcome: proposal('Prospect'),
    documents: [{ piece: 'permis', unclassified: true, fileName: 'Permis Lucas recto-verso.pdf' }],
  },
  // Étude
  {
    clientId: 'CLI-0001',
    riskTypeId: 'auto',
    annualPremium: 720,
    openedDaysAgo: 12,
    outcome: proposal('Étude'),
    documents: docs('permis', 'carteGrise', 'identite'),
  },
  {
    clientId: 'CLI-0015',
    riskTypeId: 'rc-pro',
    annualPremium: 2450,
    openedDaysAgo: 10,
    outcome: proposal('Étude'),
    documents: docs('kbis', 'identite', 'qualification'),
  },
  {
    clientId: 'CLI-0006',
    riskTypeId: 'prevoyance',
    annualPremium: 1340,
    openedDaysAgo: 15,
    outcome: proposal('Étude'),
    documents: docs('identite', 'revenus'),
  },
  {
    clientId: 'CLI-0005',
    riskTypeId: 'emprunteur',
    annualPremium: 540,
    openedDaysAgo: 9,
    outcome: proposal('Étude'),
    profile: { montantPret: 185000 },
    documents: docs('offrePret', 'amortissement'),
  },
  {
    clientId: 'CLI-0013',
    riskTypeId: 'habitation',
    annualPremium: 980,
    openedDaysAgo: 11,
    outcome: proposal('Étude'),
    documents: docs('kbis'),
  },
  {
    clientId: 'CLI-0002',
    riskTypeId: 'habitation',
    annualPremium: 190,
    openedDaysAgo: 8,
    outcome: proposal('Étude'),
    documents: [{ piece: 'identite' }, { piece: 'bail', unclassified: true, fileName: 'scan0042.pdf' }],
  },
  // Proposition envoyée
  {
    clientId: 'CLI-0003',
    riskTypeId: 'auto',
    annualPremium: 860,
    openedDaysAgo: 20,
    outcome: proposal('Proposition envoyée'),
    documents: [...docs('permis', 'carteGrise', 'releve', 'identite'), { piece: 'domicile', issuedDaysAgo: 130 }],
  },
  {
    clientId: 'CLI-0014',
    riskTypeId: 'auto',
    annualPremium: 3200,
    openedDaysAgo: 18,
    outcome: proposal('Proposition envoyée'),
    documents: docs('kbis', 'carteGrise', 'permis'),
  },
  {
    clientId: 'CLI-0010',
    riskTypeId: 'emprunteur',
    annualPremium: 1210,
    openedDaysAgo: 22,
    outcome: proposal('Proposition envoyée'),
    profile: { montantPret: 320000 },
    documents: docs('identite', 'offrePret', 'amortissement', 'revenus'),
  },
  {
    clientId: 'CLI-0007',
    riskTypeId: 'sante',
    annualPremium: 1480,
    openedDaysAgo: 16,
    outcome: proposal('Proposition envoyée'),
    documents: docs('identite', 'ameli', 'rib'),
  },
  {
    clientId: 'CLI-0017',
    riskTypeId: 'prevoyance',
    annualPremium: 2980,
    openedDaysAgo: 25,
    outcome: proposal('Proposition envoyée'),
    documents: docs('identite', 'kbis', 'revenus'),
  },
  // Signature
  {
    clientId: 'CLI-0018',
    riskTypeId: 'rc-pro',
    annualPremium: 5400,
    openedDaysAgo: 30,
    outcome: proposal('Signature'),
    documents: docs('kbis', 'identite', 'qualification', 'sinistralite', 'rib'),
  },
  {
    clientId: 'CLI-0011',
    riskTypeId: 'auto',
    annualPremium: 640,
    openedDaysAgo: 28,
    outcome: proposal('Signature'),
    documents: docs('permis', 'carteGrise', 'releve', 'identite', 'domicile', 'rib'),
  },
  {
    clientId: 'CLI-0001',
    riskTypeId: 'habitation',
    annualPremium: 260,
    openedDaysAgo: 26,
    outcome: proposal('Signature'),
    documents: docs('identite', 'domicile', 'bail', 'rib', 'sepa'),
  },
  {
    clientId: 'CLI-0002',
    riskTypeId: 'sante',
    annualPremium: 780,
    openedDaysAgo: 24,
    outcome: proposal('Signature'),
    documents: docs('identite', 'ameli'),
  },
  // Contracts awaiting pieces (and two complete ones)
  {
    clientId: 'CLI-0003',
    riskTypeId: 'habitation',
    annualPremium: 310,
    openedDaysAgo: 80,
    outcome: contract(62),
    documents: docs('identite', 'bail'),
    remindedDaysAgo: [20],
  },
  {
    clientId: 'CLI-0006',
    riskTypeId: 'auto',
    annualPremium: 1020,
    openedDaysAgo: 70,
    outcome: contract(55),
    documents: [...docs('permis', 'carteGrise', 'releve', 'identite', 'rib', 'sepa'), { piece: 'domicile', issuedDaysAgo: 150 }],
  },
  {
    clientId: 'CLI-0013',
    riskTypeId: 'rc-pro',
    annualPremium: 1650,
    openedDaysAgo: 95,
    outcome: contract(74),
    documents: docs('kbis', 'identite', 'qualification'),
    remindedDaysAgo: [40, 10],
  },
  {
    clientId: 'CLI-0009',
    riskTypeId: 'prevoyance',
    annualPremium: 2100,
    openedDaysAgo: 60,
    outcome: contract(41),
    documents: docs('identite', 'revenus'),
  },
  // A business: no proof of address needed, so this contract is complete without one.
  {
    clientId: 'CLI-0014',
    riskTypeId: 'habitation',
    annualPremium: 1450,
    openedDaysAgo: 50,
    outcome: contract(33),
    documents: docs('kbis', 'bail', 'identite', 'rib', 'sepa'),
  },
  {
    clientId: 'CLI-0012',
    riskTypeId: 'emprunteur',
    annualPremium: 890,
    openedDaysAgo: 45,
    outcome: contract(30),
    profile: { montantPret: 240000 },
    documents: docs('identite', 'offrePret', 'amortissement', 'revenus', 'rib'),
  },
  {
    clientId: 'CLI-0005',
    riskTypeId: 'auto',
    annualPremium: 780,
    openedDaysAgo: 40,
    outcome: contract(21),
    documents: docs('permis', 'carteGrise', 'identite', 'domicile', 'rib'),
    waivers: [{ piece: 'releve', reason: 'Cliente non assurée depuis plus de 3 ans : aucun relevé d’information disponible.' }],
  },
  {
    clientId: 'CLI-0004',
    riskTypeId: 'habitation',
    annualPremium: 140,
    openedDaysAgo: 35,
    outcome: contract(14),
    documents: docs('identite', 'bail'),
  },
  {
    clientId: 'CLI-0017',
    riskTypeId: 'rc-pro',
    annualPremium: 1980,
    openedDaysAgo: 120,
    outcome: contract(90),
    documents: [{ piece: 'kbis', issuedDaysAgo: 200 }, ...archivedDocs('identite', 'qualification', 'rib', 'sepa')],
    remindedDaysAgo: [30],
  },
  {
    clientId: 'CLI-0016',
    riskTypeId: 'auto',
    annualPremium: 1340,
    openedDaysAgo: 28,
    outcome: contract(7),
    documents: docs('kbis', 'permis', 'carteGrise'),
  },
  {
    clientId: 'CLI-0010',
    riskTypeId: 'habitation',
    annualPremium: 420,
    openedDaysAgo: 65,
    outcome: contract(48),
    documents: archivedDocs('identite', 'domicile', 'bail', 'rib', 'sepa'),
  },
  {
    clientId: 'CLI-0007',
    riskTypeId: 'auto',
    annualPremium: 690,
    openedDaysAgo: 20,
    outcome: contract(5),
    documents: docs('permis', 'carteGrise', 'releve', 'identite'),
  },
  {
    clientId: 'CLI-0015',
    riskTypeId: 'habitation',
    annualPremium: 760,
    openedDaysAgo: 33,
    outcome: contract(19),
    documents: docs('kbis', 'bail'),
  },
  // Archived
  {
    clientId: 'CLI-0001',
    riskTypeId: 'sante',
    annualPremium: 950,
    openedDaysAgo: 200,
    outcome: { phase: 'archived', convertedDaysAgo: 180, archivedDaysAgo: 150 },
    documents: archivedDocs('identite', 'ameli', 'rib', 'sepa'),
  },
  // Lost
  {
    clientId: 'CLI-0008',
    riskTypeId: 'habitation',
    annualPremium: 170,
    openedDaysAgo: 50,
    outcome: { phase: 'lost', stage: 'Étude', lostDaysAgo: 30 },
  },
  {
    clientId: 'CLI-0018',
    riskTypeId: 'auto',
    annualPremium: 8900,
    openedDaysAgo: 90,
    outcome: { phase: 'lost', stage: 'Proposition envoyée', lostDaysAgo: 60 },
    documents: docs('kbis'),
  },
];

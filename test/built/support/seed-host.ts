import {
  createCallbackTransport,
  createDossierClient,
  createMemoryStorage,
  type BuiltInLocale,
  type DossierClient,
  type ExpectedPiece,
} from '@dossier/core';
import { samplePdf, samplePng } from '@dossier/core/testing';

/** The language of the host's own data (risk types, pieces, client names), as opposed to the UI locale. */
export type HostLanguage = BuiltInLocale;

/** A host's portfolio seeded through the public client API. */
export interface SeededHost {
  readonly client: DossierClient;
  readonly pieces: readonly ExpectedPiece[];
  /** A proposal with a classified PDF, an unclassified PNG and a waived piece. */
  readonly proposalId: string;
  /** A contract still missing pieces, with one reminder sent. */
  readonly contractId: string;
  /** An archived contract (read-only everywhere). */
  readonly archivedId: string;
  /** How many contracts still miss pieces (the audit's rows). */
  readonly incompleteContracts: number;
}

const WORDS = {
  fr: {
    riskType: 'Automobile',
    pieces: ['Permis de conduire', 'Carte grise', 'Relevé d’information', 'Justificatif de domicile'],
    person: (i: number) => `Jeanne Martin ${i}`,
    waiver: 'Fourni lors du contrat précédent',
  },
  en: {
    riskType: 'Car',
    pieces: ['Driving licence', 'Vehicle registration', 'Claims history', 'Proof of address'],
    person: (i: number) => `Jane Smith ${i}`,
    waiver: 'Given with the previous contract',
  },
  de: {
    riskType: 'Kfz-Versicherung',
    pieces: ['Führerschein', 'Fahrzeugschein', 'Schadenfreiheitsnachweis', 'Meldebescheinigung'],
    person: (i: number) => `Anna Weber ${i}`,
    waiver: 'Mit dem vorherigen Vertrag eingereicht',
  },
  es: {
    riskType: 'Automóvil',
    pieces: ['Permiso de conducir', 'Permiso de circulación', 'Certificado de siniestralidad', 'Certificado de empadronamiento'],
    person: (i: number) => `Lucía García ${i}`,
    waiver: 'Entregado con la póliza anterior',
  },
  it: {
    riskType: 'RC Auto',
    pieces: ['Patente di guida', 'Carta di circolazione', 'Attestato di rischio', 'Certificato di residenza'],
    person: (i: number) => `Giulia Rossi ${i}`,
    waiver: 'Consegnato con la polizza precedente',
  },
  nl: {
    riskType: 'Autoverzekering',
    pieces: ['Rijbewijs', 'Kentekenbewijs', 'Schadeverleden', 'Uittreksel bevolkingsregister'],
    person: (i: number) => `Sanne de Vries ${i}`,
    waiver: 'Bezorgd bij de vorige polis',
  },
} as const satisfies Readonly<Record<HostLanguage, unknown>>;

/**
 * Seeds a memory client the way a host would: one risk type with four pieces (one optional for
 * business clients, one valid 90 days), a proposal at the pipeline stage `Étude` (the host's own
 * stage vocabulary, stored in French whatever the UI locale), `contracts` contracts missing pieces
 * and one archived contract.
 */
export async function seedHost(language: HostLanguage, contracts = 30): Promise<SeededHost> {
  const words = WORDS[language];
  const client = createDossierClient({ storage: createMemoryStorage(), locale: 'fr' });
  await client.riskTypes.put({ id: 'auto', label: words.riskType });
  const pieces = [
    await client.pieces.add('auto', { label: words.pieces[0], accept: ['application/pdf', 'image/*'] }),
    await client.pieces.add('auto', { label: words.pieces[1], accept: ['application/pdf'] }),
    await client.pieces.add('auto', { label: words.pieces[2], requirement: { optionalWhen: { attr: 'type', eq: 'business' } } }),
    await client.pieces.add('auto', { label: words.pieces[3], validityDays: 90 }),
  ];
  const person = (i: number, type = 'private') => ({
    id: `c-${i}`,
    name: words.person(i),
    email: `client${i}@example.com`,
    profile: { type },
  });

  const proposalId = 'P-1';
  await client.dossiers.open({ id: proposalId, riskTypeId: 'auto', client: person(0), stage: 'Étude' });
  await client.documents.add(proposalId, { blob: samplePdf('licence'), name: 'licence.pdf' }, { pieceId: pieces[0]!.id });
  await client.documents.add(proposalId, { blob: samplePng(), name: 'photo.png' });
  await client.dossiers.waive(proposalId, pieces[3]!.id, words.waiver);

  for (let i = 1; i <= contracts; i += 1) {
    const id = `C-${String(i).padStart(2, '0')}`;
    await client.dossiers.open({ id, riskTypeId: 'auto', client: person(i, i % 3 === 0 ? 'business' : 'private') });
    await client.dossiers.convert(id, { contractId: `CT-${String(i).padStart(4, '0')}` });
  }
  const contractId = 'C-01';
  // Sent in the host's language: the history shows what was really sent.
  const draft = await client.reminders.compose(contractId, { locale: language });
  await client.reminders.send(
    contractId,
    draft,
    createCallbackTransport(() => undefined, 'test'),
  );

  const archivedId = 'A-1';
  await client.dossiers.open({ id: archivedId, riskTypeId: 'auto', client: person(99) });
  for (const [index, piece] of pieces.entries()) {
    await client.documents.add(archivedId, { blob: samplePdf(`archived-${index}`), name: `piece-${index}.pdf` }, { pieceId: piece.id });
  }
  await client.dossiers.convert(archivedId, { contractId: 'CT-9999' });
  await client.dossiers.archive(archivedId);

  return { client, pieces, proposalId, contractId, archivedId, incompleteContracts: contracts };
}

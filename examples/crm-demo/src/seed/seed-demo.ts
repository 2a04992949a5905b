import { createCallbackTransport, createDossierClient, type StoragePort } from '@dossier/core';
import type { CrmClient } from '../crm/crm-client.js';
import type { CrmProposal } from '../crm/crm-proposal.js';
import type { CrmStore } from '../crm/crm-store.js';
import { DEMO_CATALOGUE, type DemoPieceKey } from './demo-catalogue.js';
import { demoCardImage } from './demo-card-image.js';
import { DEMO_CLIENTS } from './demo-clients.js';
import { demoPdf } from './demo-pdf.js';
import { DEMO_PORTFOLIO, type DemoDeal, type DemoDocument } from './demo-portfolio.js';

const DAY = 24 * 60 * 60 * 1000;

/** File name stems clients typically send, per piece. */
const FILE_STEMS: Readonly<Record<DemoPieceKey, string>> = {
  identite: 'CNI',
  permis: 'permis-de-conduire',
  carteGrise: 'carte-grise',
  releve: 'releve-information',
  domicile: 'facture-electricite',
  kbis: 'extrait-kbis',
  rib: 'RIB',
  sepa: 'mandat-SEPA-signe',
  bail: 'bail',
  anterieure: 'attestation-assurance',
  ameli: 'attestation-droits-ameli',
  radiation: 'certificat-radiation',
  questionnaire: 'questionnaire-sante',
  revenus: 'avis-imposition-2025',
  qualification: 'diplome',
  sinistralite: 'releve-sinistralite',
  offrePret: 'offre-de-pret',
  amortissement: 'tableau-amortissement',
};

/** Pieces clients usually photograph rather than scan. */
const PHOTOGRAPHED: Readonly<Partial<Record<DemoPieceKey, string>>> = { permis: '#f4c7d3', identite: '#c9dcf2' };

/**
 * Fills an empty storage with the demo catalogue and portfolio, and the CRM
 * with its clients and premiums. Does nothing when the catalogue already has
 * risk types (the "seeded" marker). The seed runs through its own client with a
 * clock set in the past, so that ages, waiting times and expired documents look
 * like a real portfolio.
 *
 * @returns whether it seeded.
 */
export async function seedDemoIfEmpty(
  storage: StoragePort,
  crm: CrmStore,
  onProgress?: (done: number, total: number) => void,
): Promise<boolean> {
  const start = Date.now();
  let clock = new Date(start);
  const seeder = createDossierClient({ storage, now: () => clock, locale: 'fr' });
  if ((await seeder.riskTypes.list()).length > 0) return false;
  const at = (daysAgo: number, hour = 10): Date => {
    const date = new Date(start - daysAgo * DAY);
    if (daysAgo > 0) date.setHours(hour, (daysAgo * 17) % 60, 0, 0);
    return date;
  };

  const pieceIds = new Map<string, string>();
  for (const riskType of DEMO_CATALOGUE) {
    await seeder.riskTypes.put({ id: riskType.id, label: riskType.label });
    for (const piece of riskType.pieces) {
      const created = await seeder.pieces.add(riskType.id, piece.input);
      pieceIds.set(`${riskType.id}/${piece.key}`, created.id);
    }
  }
  const pieceId = (deal: DemoDeal, key: DemoPieceKey): string => {
    const id = pieceIds.get(`${deal.riskTypeId}/${key}`);
    if (!id) throw new Error(`Demo seed: no piece ${key} in ${deal.riskTypeId}`);
    return id;
  };

  const clients = new Map(DEMO_CLIENTS.map((c) => [c.id, c]));
  const year = new Date(start).getFullYear();
  const number = (prefix: string, sequence: number): string => `${prefix}-${year}-${String(sequence).padStart(4, '0')}`;
  // Oldest deals got the lowest numbers, as in a real CRM.
  const deals = [...DEMO_PORTFOLIO].sort((a, b) => b.openedDaysAgo - a.openedDaysAgo);
  const conversions = deals.filter((d) => d.outcome.phase === 'contract' || d.outcome.phase === 'archived').length;
  // The first conversion made in the demo then gets CT-<year>-0042.
  let nextContract = 42 - conversions;
  const proposals: CrmProposal[] = [];
  const outbox = createCallbackTransport(() => undefined, 'crm-demo-outbox');

  for (const [index, deal] of deals.entries()) {
    const client = clients.get(deal.clientId);
    if (!client) throw new Error(`Demo seed: no client ${deal.clientId}`);
    const id = number('PR', 101 + index);
    proposals.push({ id, clientId: client.id, riskTypeId: deal.riskTypeId, annualPremium: deal.annualPremium });
    const outcome = deal.outcome;
    clock = at(deal.openedDaysAgo, 9);
    await seeder.dossiers.open({
      id,
      riskTypeId: deal.riskTypeId,
      client: { id: client.id, name: client.name, email: client.email, profile: { type: client.kind, age: client.age, ...deal.profile } },
      stage: outcome.phase === 'proposal' || outcome.phase === 'lost' ? outcome.stage : 'Signature',
    });
    const settledDaysAgo = outcome.phase === 'proposal' ? 0 : outcome.phase === 'lost' ? outcome.lostDaysAgo : outcome.convertedDaysAgo;
    const documentIds: { id: string; archived: boolean }[] = [];
    for (const [position, document] of (deal.documents ?? []).entries()) {
      const addedDaysAgo = Math.max(settledDaysAgo, deal.openedDaysAgo - 1 - position);
      clock = at(addedDaysAgo, 11 + (position % 6));
      const added = await seeder.documents.add(id, await demoFile(document, client), {
        pieceId: document.unclassified ? null : pieceId(deal, document.piece),
        issuedOn: isoDate(at(document.issuedDaysAgo ?? addedDaysAgo + 4)),
      });
      documentIds.push({ id: added.id, archived: document.archived === true });
    }
    for (const waiver of deal.waivers ?? []) await seeder.dossiers.waive(id, pieceId(deal, waiver.piece), waiver.reason);
    if (outcome.phase === 'lost') {
      clock = at(outcome.lostDaysAgo, 16);
      await seeder.dossiers.markLost(id);
    }
    if (outcome.phase === 'contract' || outcome.phase === 'archived') {
      clock = at(outcome.convertedDaysAgo, 15);
      await seeder.dossiers.convert(id, { contractId: number('CT', nextContract) });
      nextContract += 1;
      for (const document of documentIds.filter((d) => d.archived)) {
        clock = at(Math.max(0, outcome.convertedDaysAgo - 2), 10);
        await seeder.documents.archive(document.id);
      }
      for (const daysAgo of deal.remindedDaysAgo ?? []) {
        clock = at(daysAgo, 9);
        await seeder.reminders.send(id, await seeder.reminders.compose(id), outbox);
      }
      if (outcome.phase === 'archived') {
        clock = at(outcome.archivedDaysAgo, 17);
        await seeder.dossiers.archive(id);
      }
    }
    onProgress?.(index + 1, deals.length);
  }
  crm.replace(DEMO_CLIENTS, proposals, { proposal: 101 + deals.length, contract: nextContract });
  return true;
}

/** The file a client would have sent for a piece. */
async function demoFile(document: DemoDocument, client: CrmClient): Promise<{ blob: Blob; name: string }> {
  // People send "CNI-durand.pdf"; businesses put their company name in full.
  const surname = slug(client.kind === 'professionnel' ? client.name : (client.name.split(' ').at(-1) ?? client.name));
  const piece = DEMO_CATALOGUE.flatMap((r) => r.pieces).find((p) => p.key === document.piece);
  const label = piece?.input.label ?? document.piece;
  const tint = PHOTOGRAPHED[document.piece];
  const image = tint && !document.fileName ? await demoCardImage(label, client.name, tint) : null;
  if (image) return { blob: image, name: `${FILE_STEMS[document.piece]}-${surname}.png` };
  return { blob: demoPdf(label, client.name), name: document.fileName ?? `${FILE_STEMS[document.piece]}-${surname}.pdf` };
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
}

function isoDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

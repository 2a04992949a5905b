import { STORY_DOSSIER_ID } from './story-dossier-id.js';
import type { DossierClient, ExpectedPiece } from '@dossier/core';
import { createStoryClient } from './create-story-client.js';
import { seedCatalogue } from './seed-catalogue.js';
import { storyRiskType, type StoryRiskType } from './story-catalogue.js';
import { storyFile } from './story-file.js';
import { defaultStoryPerson, type StoryPerson } from './story-people.js';

/** What `seedDossier` builds: one proposal and what has been collected for it. */
export interface StoryDossierOptions {
  /** Seed into this client (default: a fresh in-memory one). */
  client?: DossierClient;
  /** Default: Automobile of the story catalogue. Created unless the client has it already. */
  riskType?: StoryRiskType;
  /** The host's proposal id. Default `P-2025-0142`. */
  id?: string;
  /** Default: Jeanne Martin, a private client. */
  person?: StoryPerson;
  /** Pipeline stage. Default `Étude`. */
  stage?: string;
  /** How many pieces, from the first, have a document (`all`: every piece). Default 0. */
  obtained?: number | 'all';
  /** How many of the obtained pieces are also archived. Default 0. */
  archived?: number;
  /** How many pieces after the obtained ones are waived. Default 0. */
  waived?: number;
  /** Names of documents given but not yet classified (`.png`, `.jpg` or else PDF content). */
  unclassified?: readonly string[];
  /** Convert the proposal into this contract. */
  contractId?: string;
  /** Archive the dossier at the end (it must be archivable). */
  archive?: boolean;
  /** Mark the proposal lost at the end. */
  lost?: boolean;
}

/** A seeded dossier and where to find it. */
export interface StoryDossier {
  readonly client: DossierClient;
  readonly dossierId: string;
  readonly riskTypeId: string;
  readonly pieces: readonly ExpectedPiece[];
}

/** File name a broker would get for a piece, e.g. "permis-de-conduire.pdf". */
function fileNameOf(label: string): string {
  const slug = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug.slice(0, 60) || 'document'}.pdf`;
}

/** Builds a proposal's dossier in a chosen state, through the client's public API only. */
export async function seedDossier(options: StoryDossierOptions = {}): Promise<StoryDossier> {
  const client = options.client ?? createStoryClient();
  const riskType = options.riskType ?? storyRiskType('auto');
  const known = await client.riskTypes.list();
  if (!known.some((r) => r.id === riskType.id)) await seedCatalogue(client, [riskType]);
  const pieces = await client.pieces.list(riskType.id);
  const person = options.person ?? defaultStoryPerson;
  const dossierId = options.id ?? STORY_DOSSIER_ID;
  await client.dossiers.open({
    id: dossierId,
    riskTypeId: riskType.id,
    client: { id: person.id, name: person.name, email: person.email, profile: person.profile },
    stage: options.stage ?? 'Étude',
  });

  const obtainedCount = options.obtained === 'all' ? pieces.length : Math.min(options.obtained ?? 0, pieces.length);
  for (const [index, piece] of pieces.slice(0, obtainedCount).entries()) {
    const document = await client.documents.add(dossierId, storyFile(fileNameOf(piece.label), `${dossierId}/${piece.id}`), {
      pieceId: piece.id,
    });
    if (index < (options.archived ?? 0)) await client.documents.archive(document.id);
  }
  for (const piece of pieces.slice(obtainedCount, obtainedCount + (options.waived ?? 0))) {
    await client.dossiers.waive(dossierId, piece.id, 'Fourni lors du contrat précédent');
  }
  for (const [index, name] of (options.unclassified ?? []).entries()) {
    await client.documents.add(dossierId, storyFile(name, `${dossierId}/unclassified/${index}`));
  }
  if (options.contractId) await client.dossiers.convert(dossierId, { contractId: options.contractId });
  if (options.archive) await client.dossiers.archive(dossierId);
  if (options.lost) await client.dossiers.markLost(dossierId);
  return { client, dossierId, riskTypeId: riskType.id, pieces };
}

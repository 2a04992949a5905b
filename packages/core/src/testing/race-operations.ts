import type { DossierClient } from '../client/dossier-client.js';
import type { DossierErrorCode } from '../errors/dossier-error-code.js';
import { sha256Hex } from '../files/sha256-hex.js';
import { createCallbackTransport } from '../reminders/callback-transport.js';
import type { RaceFixture } from './race-fixture.js';
import { samplePdf } from './sample-files.js';
import type { StorageSnapshot } from './storage-snapshot.js';

/**
 * One client write of the race and fault-injection suites, aimed at the race
 * fixture. `tag` tells two runs of the same operation apart (labels, ids,
 * file contents), so that both can land.
 */
export interface RaceOperation {
  readonly name: string;
  run(client: DossierClient, fixture: RaceFixture, tag: string): Promise<unknown>;
  /** Codes it may be refused with, depending on what ran beside it. `conflict` never: retries hide it. */
  readonly allowed: readonly DossierErrorCode[];
  /** What must hold once it resolved with `result`, whatever ran beside it: a sentence when it does not. */
  effect(snapshot: StorageSnapshot, fixture: RaceFixture, tag: string, result: unknown): Promise<string | undefined> | string | undefined;
}

const piece = (snapshot: StorageSnapshot, id: string) => snapshot.pieces.find((p) => p.id === id);
const dossier = (snapshot: StorageSnapshot, id: string) => snapshot.dossiers.find((d) => d.id === id);
const document = (snapshot: StorageSnapshot, id: string) => snapshot.documents.find((d) => d.id === id);
const unless = (condition: boolean, message: string): string | undefined => (condition ? undefined : message);

const link = (snapshot: StorageSnapshot, id: string) => snapshot.uploadLinks.find((l) => l.id === id);
const schedule = (snapshot: StorageSnapshot, id: string) => snapshot.schedules.find((s) => s.dossierId === id);

/** Every write that touches a summary's inputs: the catalogue, the lifecycle, documents, reviews, waivers, reminders and their schedule, upload links. */
export const RACE_OPERATIONS: readonly RaceOperation[] = [
  {
    name: 'pieces.add',
    run: (client, f, tag) => client.pieces.add(f.riskTypeId, { label: `Pièce ${tag}` }),
    allowed: [],
    effect: (s, f, tag) =>
      unless(
        s.pieces.some((p) => p.riskTypeId === f.riskTypeId && p.label === `Pièce ${tag}`),
        `piece "Pièce ${tag}" missing`,
      ),
  },
  {
    name: 'pieces.update',
    run: (client, f) => client.pieces.update(f.permis, { requirement: 'optional' }),
    allowed: ['not-found'],
    effect: (s, f) => unless(!piece(s, f.permis) || piece(s, f.permis)?.requirement === 'optional', 'Permis not optional'),
  },
  {
    name: 'pieces.remove',
    run: (client, f) => client.pieces.remove(f.attestation),
    allowed: ['not-found'],
    effect: (s, f) =>
      unless(
        !piece(s, f.attestation) && !s.documents.some((d) => d.pieceId === f.attestation),
        'Attestation still there or still classified to',
      ),
  },
  {
    name: 'pieces.reorder',
    // Attestation first, the others in their order: the same request whoever runs it, so two can land.
    run: async (client, f) => {
      const ids = (await client.pieces.list(f.riskTypeId)).map((p) => p.id);
      return client.pieces.reorder(f.riskTypeId, [f.attestation, ...ids.filter((id) => id !== f.attestation)]);
    },
    allowed: ['invalid-input'],
    effect: (s, f) => {
      const first = s.pieces.filter((p) => p.riskTypeId === f.riskTypeId).sort((a, b) => a.order - b.order)[0];
      return unless(!piece(s, f.attestation) || first?.id === f.attestation, `Attestation not first (${first?.label} is)`);
    },
  },
  {
    name: 'dossiers.open',
    run: (client, f, tag) =>
      client.dossiers.open({
        id: `P-${tag}`,
        riskTypeId: f.riskTypeId,
        client: { id: `c-${tag}`, name: `Client ${tag}`, email: `${tag}@example.fr` },
      }),
    allowed: [],
    effect: (s, _f, tag) => unless(dossier(s, `P-${tag}`) !== undefined, `dossier P-${tag} missing`),
  },
  {
    name: 'dossiers.convert',
    run: (client, f) => client.dossiers.convert(f.proposal, { contractId: 'CT-1' }),
    allowed: ['invalid-transition'],
    effect: (s, f) => unless(dossier(s, f.proposal)?.contractId === 'CT-1', 'P-1 not converted'),
  },
  {
    name: 'dossiers.markLost',
    run: (client, f) => client.dossiers.markLost(f.proposal),
    allowed: ['invalid-transition'],
    effect: (s, f) => unless(dossier(s, f.proposal)?.phase === 'lost', 'P-1 not lost'),
  },
  {
    name: 'dossiers.setStage',
    run: (client, f) => client.dossiers.setStage(f.proposal, 'Signature'),
    allowed: ['invalid-transition'],
    effect: (s, f) => unless(dossier(s, f.proposal)?.stage === 'Signature', 'P-1 stage not set'),
  },
  {
    name: 'dossiers.archive',
    run: (client, f) => client.dossiers.archive(f.contract),
    allowed: ['incomplete-dossier', 'invalid-transition'],
    effect: (s, f) => unless(dossier(s, f.contract)?.phase === 'archived', 'P-2 not archived'),
  },
  {
    name: 'dossiers.waive',
    run: (client, f) => client.dossiers.waive(f.proposal, f.carte, 'Véhicule de fonction'),
    allowed: ['invalid-transition', 'not-found'],
    effect: (s, f) => unless(dossier(s, f.proposal)?.waivers[f.carte] !== undefined, 'Carte grise not waived'),
  },
  {
    name: 'dossiers.unwaive',
    run: (client, f) => client.dossiers.unwaive(f.proposal, f.attestation),
    allowed: ['invalid-transition'],
    effect: (s, f) => unless(dossier(s, f.proposal)?.waivers[f.attestation] === undefined, 'Attestation still waived'),
  },
  {
    name: 'documents.add',
    run: (client, f, tag) =>
      client.documents.add(f.proposal, { blob: samplePdf(`race-${tag}`), name: `carte-${tag}.pdf` }, { pieceId: f.carte }),
    allowed: ['invalid-transition', 'not-found'],
    effect: async (s, f, tag) => {
      const digest = await sha256Hex(samplePdf(`race-${tag}`));
      return unless(
        s.documents.some((d) => d.dossierId === f.proposal && d.digest === digest && s.blobs[d.id] === d.size),
        `document of ${tag} missing`,
      );
    },
  },
  {
    name: 'documents.classify',
    run: (client, f) => client.documents.classify(f.looseDocument, f.attestation),
    allowed: ['not-found', 'invalid-transition'],
    effect: (s, f) => {
      const found = document(s, f.looseDocument);
      if (!found) return undefined; // removed afterwards
      return unless(found.pieceId === (piece(s, f.attestation) ? f.attestation : null), `loose document classified to ${found.pieceId}`);
    },
  },
  {
    name: 'documents.archive',
    run: (client, f) => client.documents.archive(f.permisDocument),
    allowed: ['invalid-transition', 'invalid-input', 'not-found'],
    // Removed afterwards by the other write, when both aimed at the same document.
    effect: (s, f) =>
      unless(!document(s, f.permisDocument) || document(s, f.permisDocument)?.state === 'archived', 'Permis document not archived'),
  },
  {
    name: 'documents.remove',
    run: (client, f) => client.documents.remove(f.looseDocument),
    allowed: ['not-found', 'invalid-transition'],
    effect: (s, f) => unless(!document(s, f.looseDocument) && !(f.looseDocument in s.blobs), 'loose document still there'),
  },
  {
    name: 'documents.accept',
    run: (client, f) => client.documents.accept(f.pendingDocument),
    // Refused once the other write decided (or took the document away, or closed the dossier).
    allowed: ['invalid-transition', 'not-found'],
    effect: (s, f) =>
      unless(
        !document(s, f.pendingDocument) || document(s, f.pendingDocument)?.review?.status === 'accepted',
        'portal document not accepted',
      ),
  },
  {
    name: 'portal.upload',
    run: (client, f, tag) => client.portal.upload(f.portalToken, f.carte, { blob: samplePdf(`portal-${tag}`), name: `carte-${tag}.pdf` }),
    // The link stops working when revoked or its dossier closes; the piece may be removed.
    allowed: ['not-found'],
    effect: async (s, f, tag) => {
      const digest = await sha256Hex(samplePdf(`portal-${tag}`));
      const found = s.documents.find((d) => d.uploadLinkId === f.uploadLinkId && d.digest === digest);
      return unless(
        found !== undefined && found.origin === 'portal' && found.uploadLinkId === f.uploadLinkId && s.blobs[found.id] === found.size,
        `portal document of ${tag} missing`,
      );
    },
  },
  {
    name: 'uploadLinks.revoke',
    run: (client, f) => client.uploadLinks.revoke(f.uploadLinkId),
    allowed: [],
    effect: (s, f) => unless(link(s, f.uploadLinkId)?.revokedAt != null, 'upload link not revoked'),
  },
  {
    name: 'reminders.send',
    run: async (client, f) =>
      client.reminders.send(
        f.proposal,
        await client.reminders.compose(f.proposal),
        createCallbackTransport(() => undefined),
      ),
    allowed: ['invalid-transition'],
    effect: (s, f) =>
      unless(
        s.reminders.some((r) => r.dossierId === f.proposal),
        'no reminder recorded',
      ),
  },
  {
    name: 'reminders.schedule',
    run: (client, f) => client.reminders.schedule(f.proposal),
    allowed: ['invalid-transition'],
    effect: (s, f, _tag, result) => {
      const stored = schedule(s, f.proposal);
      const started = result as { revision: number };
      // Paused afterwards by the other write, or started again: never older than what this call wrote.
      return unless(
        stored !== undefined && stored.revision >= started.revision && (stored.revision > started.revision || stored.state === 'active'),
        'schedule not started',
      );
    },
  },
  {
    name: 'reminders.pause',
    run: (client, f) => client.reminders.pause(f.proposal),
    // not-found: no schedule in a fixture that never started one.
    allowed: ['invalid-transition', 'not-found'],
    effect: (s, f, _tag, result) => {
      const stored = schedule(s, f.proposal);
      const paused = result as { revision: number };
      return unless(
        stored !== undefined && stored.revision >= paused.revision && (stored.revision > paused.revision || stored.state === 'paused'),
        'schedule not paused',
      );
    },
  },
];

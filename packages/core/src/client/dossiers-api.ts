import { decideDossierEventOnDemand } from '../machines/decide-dossier-event-on-demand.js';
import type { DossierMachineEvent } from '../machines/dossier-machine.js';
import type { CollectedDocument } from '../model/collected-document.js';
import type { Dossier } from '../model/dossier.js';
import { isValidEmail } from '../reminders/is-valid-email.js';
import type { StorageOperation } from '../storage/storage-operation.js';
import { requireProfile } from '../validation/require-profile.js';
import { requireText } from '../validation/require-text.js';
import type { ClientContext } from './client-context.js';
import type { DossierClient } from './dossier-client.js';
import { createDossiersReadsApi } from './dossiers-reads-api.js';
import { loadDossierState, nextRevision, summaryOperations, type DossierState } from './dossier-state.js';

/** `client.dossiers`. Internal. */
export function createDossiersApi(context: ClientContext): DossierClient['dossiers'] {
  const { storage, locale } = context;

  /**
   * Applies one lifecycle event: the machine decides, then the dossier, any
   * document changes and the summary are committed together, guarded by the
   * revisions everything was read at.
   */
  const apply = async (
    id: string,
    event: (state: DossierState) => DossierMachineEvent,
    change: (state: DossierState, now: string) => { dossier: Dossier; documents?: CollectedDocument[] },
  ): Promise<Dossier> => {
    const state = await loadDossierState(context, id);
    const decided = await decideDossierEventOnDemand(state.dossier, event(state), locale);
    const now = context.now().toISOString();
    const changed = change({ ...state, dossier: { ...state.dossier, ...decided } }, now);
    const dossier = nextRevision(state.dossier, { ...changed.dossier, updatedAt: now });
    const documentChanges = changed.documents ?? [];
    const documents = state.documents.map((d) => documentChanges.find((c) => c.id === d.id) ?? d);
    const { operations } = summaryOperations(context, { ...state, dossier, documents });
    await storage.commit(
      [
        { op: 'put', kind: 'dossier', value: dossier, ifRevision: state.dossier.revision },
        ...documentChanges.map((value): StorageOperation => ({ op: 'put', kind: 'document', value, ifRevision: value.revision - 1 })),
        ...operations,
      ],
      { dossierIds: [dossier.id], riskTypeIds: [] },
    );
    return dossier;
  };

  const completenessOf = (state: DossierState) => summaryOperations(context, state).completeness;
  const requireId = (value: unknown, field = 'id'): string => requireText(value, field, locale);

  return {
    ...createDossiersReadsApi(context),
    open: (input) =>
      context.run(async () => {
        if (!input || typeof input !== 'object') throw context.fail('invalid-input', { field: 'input' });
        const id = requireId(input.id);
        const riskTypeId = requireId(input.riskTypeId, 'riskTypeId');
        const client = input.client;
        if (!client || typeof client !== 'object') throw context.fail('invalid-input', { field: 'client' });
        const email = requireText(client.email ?? '', 'client.email', locale, { allowEmpty: true, max: 254 });
        if (email !== '' && !isValidEmail(email)) throw context.fail('invalid-input', { field: 'client.email', reason: email });
        const stage = input.stage === undefined || input.stage === null ? null : requireText(input.stage, 'stage', locale);
        const now = context.now().toISOString();
        const dossier: Dossier = {
          id,
          riskTypeId,
          phase: 'proposal',
          stage,
          client: {
            id: requireId(client.id, 'client.id'),
            name: requireText(client.name, 'client.name', locale),
            email,
            profile: requireProfile(client.profile, locale),
          },
          contractId: null,
          openedAt: now,
          convertedAt: null,
          closedAt: null,
          updatedAt: now,
          waivers: {},
          revision: 1,
        };
        // The risk type first: its revision, checked at commit, guards the pieces read after it.
        const riskType = await storage.get('riskType', riskTypeId);
        if (!riskType) throw context.notFound('riskType', riskTypeId);
        const [existing, pieces] = await Promise.all([storage.get('dossier', id), storage.listChildren('piece', riskTypeId)]);
        if (existing) throw context.fail('conflict', { kind: 'dossier', id });
        const { operations } = summaryOperations(context, { dossier, riskType, pieces, documents: [], summary: undefined });
        await storage.commit([{ op: 'put', kind: 'dossier', value: dossier, ifRevision: 0 }, ...operations], {
          dossierIds: [id],
          riskTypeIds: [],
        });
        return dossier;
      }),
    setStage: (id, stage) =>
      context.run(() => {
        const key = requireId(id);
        const text = requireText(stage, 'stage', locale);
        return apply(
          key,
          () => ({ type: 'setStage', stage: text }),
          (s) => ({ dossier: s.dossier }),
        );
      }),
    convert: (id, input) =>
      context.run(() => {
        const key = requireId(id);
        const contractId = requireId(input?.contractId, 'contractId');
        return apply(
          key,
          () => ({ type: 'convert', contractId }),
          // Documents stay where they are, keyed by the dossier: conversion copies nothing.
          (s, now) => ({ dossier: { ...s.dossier, convertedAt: now } }),
        );
      }),
    markLost: (id) =>
      context.run(() =>
        apply(
          requireId(id),
          () => ({ type: 'markLost' }),
          (s, now) => ({ dossier: { ...s.dossier, closedAt: now } }),
        ),
      ),
    archive: (id) =>
      context.run(() =>
        apply(
          requireId(id),
          (s) => {
            const { archivable } = completenessOf(s);
            // Name what is missing; the machine alone would only say "incomplete".
            if (s.dossier.phase === 'contract' && !archivable) throw context.fail('incomplete-dossier', { missing: missingLabels(s) });
            return { type: 'archive', archivable };
          },
          (s, now) => ({
            dossier: { ...s.dossier, closedAt: now },
            // Archiving the contract files its obtained documents: those a review refused, or still holds, stay as they are.
            documents: s.documents
              .filter((d) => d.state === 'obtained' && d.pieceId !== null && (!d.review || d.review.status === 'accepted'))
              .map((d) => nextRevision(d, { state: 'archived', archivedAt: now })),
          }),
        ),
      ),
    waive: (id, pieceId, reason) =>
      context.run(async () => {
        const key = requireId(id);
        const piece = requireId(pieceId, 'pieceId');
        const why = requireText(reason, 'reason', locale, { max: 500 });
        return apply(
          key,
          (s) => {
            if (!s.pieces.some((p) => p.id === piece)) throw context.notFound('piece', piece);
            return { type: 'waive' };
          },
          (s, now) => ({ dossier: { ...s.dossier, waivers: { ...s.dossier.waivers, [piece]: { reason: why, at: now } } } }),
        );
      }),
    unwaive: (id, pieceId) =>
      context.run(async () => {
        const key = requireId(id);
        const piece = requireId(pieceId, 'pieceId');
        return apply(
          key,
          () => ({ type: 'waive' }),
          (s) => {
            const waivers = { ...s.dossier.waivers };
            delete waivers[piece];
            return { dossier: { ...s.dossier, waivers } };
          },
        );
      }),
  };

  function missingLabels(state: DossierState): string[] {
    const completeness = completenessOf(state);
    return completeness.pieces.filter((p) => completeness.missingPieceIds.includes(p.pieceId)).map((p) => p.label);
  }
}

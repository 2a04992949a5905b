import { decideDossierEvent } from '../machines/decide-dossier-event.js';
import type { DossierMachineEvent } from '../machines/dossier-machine.js';
import type { CollectedDocument } from '../model/collected-document.js';
import type { Dossier } from '../model/dossier.js';
import { isValidEmail } from '../reminders/is-valid-email.js';
import type { StorageOperation } from '../storage/storage-operation.js';
import { requireProfile } from '../validation/require-profile.js';
import { requireText } from '../validation/require-text.js';
import type { ClientContext } from './client-context.js';
import type { DossierClient } from './dossier-client.js';
import { loadDossierState, nextRevision, summaryOperation, type DossierState } from './dossier-state.js';

/** `client.dossiers`. Internal. */
export function createDossiersApi(context: ClientContext): DossierClient['dossiers'] {
  const { storage, locale } = context;

  /**
   * Applies one lifecycle event: the machine decides, then the dossier, any
   * document changes and the summary are committed together.
   */
  const apply = async (
    id: unknown,
    event: (state: DossierState) => DossierMachineEvent,
    change: (state: DossierState, now: string) => { dossier: Dossier; documents?: CollectedDocument[] },
  ): Promise<Dossier> => {
    const state = await loadDossierState(context, requireText(id, 'id', locale));
    const decided = decideDossierEvent(state.dossier, event(state), locale);
    const now = context.now().toISOString();
    const changed = change({ ...state, dossier: { ...state.dossier, ...decided } }, now);
    const dossier = nextRevision(state.dossier, { ...changed.dossier, updatedAt: now });
    const documentChanges = changed.documents ?? [];
    const documents = state.documents.map((d) => documentChanges.find((c) => c.id === d.id) ?? d);
    const { operation } = summaryOperation(context, { ...state, dossier, documents });
    const operations: StorageOperation[] = [
      { op: 'put', kind: 'dossier', value: dossier, ifRevision: state.dossier.revision },
      ...documentChanges.map((value): StorageOperation => ({ op: 'put', kind: 'document', value, ifRevision: value.revision - 1 })),
      operation,
    ];
    await storage.commit(operations, { dossierIds: [dossier.id], riskTypeIds: [] });
    return dossier;
  };

  const completenessOf = (state: DossierState) => summaryOperation(context, state).completeness;

  return {
    open: (input) =>
      context.run(async () => {
        if (!input || typeof input !== 'object') throw context.fail('invalid-input', { field: 'input' });
        const id = requireText(input.id, 'id', locale);
        const riskTypeId = requireText(input.riskTypeId, 'riskTypeId', locale);
        const client = input.client;
        if (!client || typeof client !== 'object') throw context.fail('invalid-input', { field: 'client' });
        const email = requireText(client.email ?? '', 'client.email', locale, { allowEmpty: true, max: 254 });
        if (email !== '' && !isValidEmail(email)) throw context.fail('invalid-input', { field: 'client.email', reason: email });
        const stage = input.stage === undefined ? null : requireText(input.stage, 'stage', locale);
        const now = context.now().toISOString();
        const dossier: Dossier = {
          id,
          riskTypeId,
          phase: 'proposal',
          stage,
          client: {
            id: requireText(client.id, 'client.id', locale),
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
        const [riskType, existing, pieces] = await Promise.all([
          storage.get('riskType', riskTypeId),
          storage.get('dossier', id),
          storage.listChildren('piece', riskTypeId),
        ]);
        if (!riskType) throw context.notFound('riskType', riskTypeId);
        if (existing) throw context.fail('conflict', { kind: 'dossier', id });
        const { operation } = summaryOperation(context, { dossier, pieces, documents: [], summary: undefined });
        await storage.commit([{ op: 'put', kind: 'dossier', value: dossier, ifRevision: 0 }, operation], {
          dossierIds: [id],
          riskTypeIds: [],
        });
        return dossier;
      }),
    get: (id) =>
      context.run(async () => {
        const found = await storage.get('dossier', requireText(id, 'id', locale));
        if (!found) throw context.notFound('dossier', String(id));
        return found;
      }),
    setStage: (id, stage) =>
      context.run(() =>
        apply(
          id,
          () => ({ type: 'setStage', stage }),
          (s) => ({ dossier: s.dossier }),
        ),
      ),
    convert: (id, input) =>
      context.run(() =>
        apply(
          id,
          () => ({ type: 'convert', contractId: input?.contractId }),
          // Documents stay where they are, keyed by the dossier: conversion copies nothing.
          (s, now) => ({ dossier: { ...s.dossier, convertedAt: now } }),
        ),
      ),
    markLost: (id) =>
      context.run(() =>
        apply(
          id,
          () => ({ type: 'markLost' }),
          (s, now) => ({ dossier: { ...s.dossier, closedAt: now } }),
        ),
      ),
    archive: (id) =>
      context.run(() =>
        apply(
          id,
          (s) => {
            const { archivable } = completenessOf(s);
            // Name what is missing; the machine alone would only say "incomplete".
            if (s.dossier.phase === 'contract' && !archivable) throw context.fail('incomplete-dossier', { missing: missingLabels(s) });
            return { type: 'archive', archivable };
          },
          (s, now) => ({
            dossier: { ...s.dossier, closedAt: now },
            // Archiving the contract files its obtained documents.
            documents: s.documents.filter((d) => d.state === 'obtained' && d.pieceId !== null).map((d) => nextRevision(d, { state: 'archived', archivedAt: now })),
          }),
        ),
      ),
    waive: (id, pieceId, reason) =>
      context.run(async () => {
        const piece = requireText(pieceId, 'pieceId', locale);
        const why = requireText(reason, 'reason', locale, { max: 500 });
        return apply(
          id,
          (s) => {
            if (!s.pieces.some((p) => p.id === piece)) throw context.notFound('piece', piece);
            return { type: 'waive' };
          },
          (s, now) => ({ dossier: { ...s.dossier, waivers: { ...s.dossier.waivers, [piece]: { reason: why, at: now } } } }),
        );
      }),
    unwaive: (id, pieceId) =>
      context.run(async () => {
        const piece = requireText(pieceId, 'pieceId', locale);
        return apply(
          id,
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

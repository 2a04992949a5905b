import type { StorageRecords } from '../storage/storage-records.js';

/**
 * One record of every kind, linked together, ids prefixed by `prefix`:
 * `${prefix}-risk`, `${prefix}-dossier`, … For storage tests.
 */
export function sampleRecords(prefix: string): StorageRecords {
  const riskTypeId = `${prefix}-risk`;
  const dossierId = `${prefix}-dossier`;
  const pieceId = `${prefix}-piece`;
  return {
    riskType: { id: riskTypeId, label: 'Automobile', revision: 1 },
    piece: {
      id: pieceId,
      riskTypeId,
      label: 'Permis de conduire',
      instructions: 'Recto verso',
      requirement: { optionalWhen: { all: [{ attr: 'kind', eq: 'pro' }, { not: { attr: 'age', lt: 25 } }] } },
      accept: ['application/pdf', 'image/*'],
      maxBytes: 5_000_000,
      validityDays: 90,
      order: 0,
      revision: 1,
    },
    dossier: {
      id: dossierId,
      riskTypeId,
      phase: 'proposal',
      stage: 'Étude',
      client: {
        id: `${prefix}-client`,
        name: 'Jeanne Martin',
        email: 'jeanne@example.fr',
        profile: { kind: 'part', age: 41, vip: true, note: null },
      },
      contractId: null,
      openedAt: '2026-11-01T09:00:00.000Z',
      convertedAt: null,
      closedAt: null,
      updatedAt: '2026-11-01T09:00:00.000Z',
      waivers: { other: { reason: 'Dispense', at: '2026-11-02T09:00:00.000Z' } },
      revision: 1,
    },
    document: {
      id: `${prefix}-document`,
      dossierId,
      pieceId,
      state: 'obtained',
      name: 'permis.pdf',
      originalName: 'permis.pdf',
      mediaType: 'application/pdf',
      size: 1234,
      digest: 'a'.repeat(64),
      issuedOn: '2026-10-30',
      addedAt: '2026-11-01T09:05:00.000Z',
      archivedAt: null,
      revision: 1,
    },
    reminder: {
      id: `${prefix}-reminder`,
      dossierId,
      to: 'jeanne@example.fr',
      subject: 'Pièces manquantes',
      body: 'Bonjour,\nMerci.',
      pieceIds: [pieceId],
      transport: 'mailto',
      sentAt: '2026-11-03T09:00:00.000Z',
      revision: 1,
    },
    summary: {
      id: dossierId,
      riskTypeId,
      phase: 'proposal',
      stage: 'Étude',
      clientName: 'Jeanne Martin',
      contractId: null,
      requiredMissing: 1,
      toArchive: 0,
      unclassified: 0,
      incomplete: 1,
      missingLabels: ['Permis de conduire'],
      missingPieceIds: [pieceId],
      since: '2026-11-01T09:00:00.000Z',
      lastReminderAt: null,
      staleAt: null,
      revision: 1,
    },
    uploadLink: {
      // As a token's hash looks: 64 hex digits (here the prefix's, so that every prefix has its own).
      id: Array.from(prefix, (c) => c.charCodeAt(0).toString(16).padStart(4, '0'))
        .join('')
        .padEnd(64, '0')
        .slice(0, 64),
      dossierId,
      pieceIds: [pieceId],
      cabinetName: 'Courtage Martin & Associés',
      createdAt: '2026-11-03T09:00:00.000Z',
      expiresAt: '2026-11-17T09:00:00.000Z',
      maxFiles: null,
      revokedAt: null,
      revision: 1,
    },
    reminderPolicy: {
      id: riskTypeId,
      enabled: true,
      steps: [2, 5, 10],
      maxReminders: 4,
      window: { days: [1, 2, 3, 4, 5, 6], from: '08:30', to: '19:00', timeZone: 'Europe/Brussels' },
      escalation: { afterDays: 2, to: 'gestion@example.fr' },
      updatedAt: '2026-10-15T09:00:00.000Z',
      revision: 1,
    },
    reminderSchedule: {
      id: dossierId,
      dossierId,
      policy: {
        enabled: true,
        steps: [3, 7, 14],
        maxReminders: 3,
        window: { days: [1, 2, 3, 4, 5], from: '09:00', to: '18:00', timeZone: 'Europe/Paris' },
        escalation: null,
      },
      startedAt: '2026-11-03T09:00:00.000Z',
      state: 'paused',
      pausedAt: '2026-11-05T10:00:00.000Z',
      pausedMs: 3_600_000,
      stoppedAt: null,
      stopReason: null,
      escalateTo: 'courtier@example.fr',
      locale: 'fr',
      updatedAt: '2026-11-05T10:00:00.000Z',
      revision: 1,
    },
  };
}

import type { CollectedDocument, Dossier, ExpectedPiece, ReminderRecord, ReminderSchedule, RiskType } from '@dossier/core';
import type { CommitView } from '@dossier/storage-postgres';
import type { CommitPlan } from './commit-plan.js';

/** What the checks read inside the commit's transaction, each read once. */
export interface VerificationReads {
  /** A dossier as it was before the commit. */
  dossierBefore(id: string): Promise<Dossier | undefined>;
  /** A dossier as the commit leaves it. */
  dossierAfter(id: string): Promise<Dossier | undefined>;
  riskTypeAfter(id: string): Promise<RiskType | undefined>;
  piecesAfter(riskTypeId: string): Promise<ExpectedPiece[]>;
  documentsAfter(dossierId: string): Promise<CollectedDocument[]>;
  remindersAfter(dossierId: string): Promise<ReminderRecord[]>;
  /** A dossier's reminder schedule as the commit leaves it. */
  scheduleAfter(dossierId: string): Promise<ReminderSchedule | undefined>;
  dossiersAfter(riskTypeId: string): Promise<Dossier[]>;
}

/** Cached reads over a commit view; records the commit writes come from the plan or `before`. */
export function verificationReads(view: CommitView, plan: CommitPlan): VerificationReads {
  const cache = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, read: () => Promise<T>): Promise<T> => {
    let found = cache.get(key) as Promise<T> | undefined;
    if (!found) cache.set(key, (found = read()));
    return found;
  };
  return {
    dossierBefore: (id) =>
      once(`db\u0000${id}`, async () => (plan.dossiers.has(id) ? view.before('dossier', id) : view.get('dossier', id))),
    dossierAfter: (id) =>
      once(`da\u0000${id}`, async () => (plan.dossiers.has(id) ? plan.dossiers.get(id)?.value : view.get('dossier', id))),
    riskTypeAfter: (id) => once(`r\u0000${id}`, () => view.get('riskType', id)),
    piecesAfter: (id) => once(`p\u0000${id}`, () => view.listChildren('piece', id)),
    documentsAfter: (id) => once(`d\u0000${id}`, () => view.listChildren('document', id)),
    remindersAfter: (id) => once(`m\u0000${id}`, () => view.listChildren('reminder', id)),
    scheduleAfter: (id) =>
      once(`s\u0000${id}`, async () =>
        plan.reminderSchedules.has(id) ? plan.reminderSchedules.get(id)?.value : view.get('reminderSchedule', id),
      ),
    dossiersAfter: (id) => once(`o\u0000${id}`, () => view.listChildren('dossier', id)),
  };
}

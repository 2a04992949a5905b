import type { Locale } from '@dossier/core';
import { CABINET_POLICY_ID } from '@dossier/core/adapter';
import type { CommitVerifier } from '@dossier/storage-postgres';
import type { ReceivedCommit } from '../commits/received-commit.js';
import { checkDocumentChange } from './check-document-change.js';
import { checkDossierChange } from './check-dossier-change.js';
import { checkSummary } from './check-summary.js';
import { checkUploadedContent } from './check-uploaded-content.js';
import { planCommit } from './commit-plan.js';
import { forged } from './forged.js';
import { lifecycleAllows } from './lifecycle-allows.js';
import { verificationReads } from './verification-reads.js';

/** How a commit is verified. */
export interface VerifyOptions {
  /** The server's clock: summaries are judged at this moment. */
  readonly now: Date;
  readonly locale: Locale;
}

/**
 * The server trusts nothing it can check: a browser holds the domain
 * engine, so a page could forge a commit. This re-runs core's rules on one.
 * What needs no database is checked at once (`planCommit`: operations,
 * revisions, record shapes, uploaded bytes); the returned verifier checks the
 * rest inside the commit's transaction, after its writes, under its locks:
 *
 * - a catalogue change bumps its risk type and guards its dossiers
 *   (`checkChildren`), and rewrites every one of their summaries;
 * - every dossier whose records change (the dossier, a document, a
 *   reminder) gets its summary rewritten, and the commit guards its risk
 *   type (a `check` or the risk type's own bump): what makes the reads below stable;
 * - dossier, document and reminder writes follow the lifecycle (a reminder
 *   schedule is started only where reminders are allowed), a policy belongs to
 *   a risk type or the cabinet (`*`);
 * - every summary written is what core computes from the records after the commit;
 * - the scope told to other clients names everything that changed.
 *
 * Any failure is `invalid-input` ("forged commit: …") and rolls everything back.
 *
 * @throws DossierError `invalid-input` before the transaction for what needs no database (the uploaded bytes inspected again included).
 */
export async function verifyCommit(received: ReceivedCommit, options: VerifyOptions): Promise<CommitVerifier> {
  const plan = planCommit(received.operations, received.scope, received.uploads);
  await checkUploadedContent(plan.newDocuments);
  const { now, locale } = options;
  return async (view) => {
    const reads = verificationReads(view, plan);
    const scopeDossiers = new Set(plan.scope.dossierIds);
    const scopeRiskTypes = new Set(plan.scope.riskTypeIds);
    /** Dossiers whose summary this commit must rewrite. */
    const affected = new Set<string>();
    /** Risk types whose catalogue changes (their own bump guards the commit). */
    const catalogues = new Set<string>();

    for (const [id, planned] of plan.riskTypes) {
      if (!scopeRiskTypes.has(id)) throw forged('the scope leaves out a risk type it changes', 'scope.riskTypeIds');
      if (planned.value && planned.ifRevision > 0 && !view.before('riskType', id))
        throw forged('a risk type update needs the risk type', 'riskType');
    }
    for (const [id, planned] of plan.pieces) {
      const before = view.before('piece', id);
      const riskTypeId = (planned.value ?? before)?.riskTypeId as string;
      if (before && planned.value && before.riskTypeId !== planned.value.riskTypeId)
        throw forged('a piece never moves to another risk type', 'piece.riskTypeId');
      if (planned.value && !(await reads.riskTypeAfter(riskTypeId)))
        throw forged('a piece belongs to a stored risk type', 'piece.riskTypeId');
      catalogues.add(riskTypeId);
    }
    for (const riskTypeId of catalogues) {
      if (!plan.riskTypes.get(riskTypeId)?.value) throw forged('a catalogue change bumps its risk type', 'riskType');
      if (!plan.childChecks.has(`dossier\u0000${riskTypeId}`))
        throw forged('a catalogue change guards the dossiers it recomputes', 'checkChildren');
      for (const dossier of await reads.dossiersAfter(riskTypeId)) affected.add(dossier.id);
    }

    for (const [id, planned] of plan.dossiers) {
      await checkDossierChange(planned.value as NonNullable<typeof planned.value>, view.before('dossier', id), reads, now, locale);
      affected.add(id);
    }
    for (const [id, planned] of plan.documents) {
      const before = view.before('document', id);
      await checkDocumentChange(id, planned.value, before, plan, reads, locale);
      affected.add(((planned.value ?? before) as { dossierId: string }).dossierId);
    }
    for (const planned of plan.reminders.values()) {
      const reminder = planned.value as NonNullable<typeof planned.value>;
      const dossier = await reads.dossierBefore(reminder.dossierId);
      if (!dossier || !lifecycleAllows(dossier, 'remind', locale))
        throw forged('the dossier’s phase does not allow reminders', 'reminder.dossierId');
      affected.add(reminder.dossierId);
    }

    for (const [id, planned] of plan.uploadLinks) {
      const link = planned.value as NonNullable<typeof planned.value>;
      const before = view.before('uploadLink', id);
      if (before) {
        // Only ever revoked: everything else of a link stays as created.
        const same =
          JSON.stringify({ ...before, revokedAt: null, revision: 0 }) === JSON.stringify({ ...link, revokedAt: null, revision: 0 });
        if (!same || before.revokedAt !== null || link.revokedAt === null)
          throw forged('an upload link is only ever revoked', 'uploadLink');
      } else {
        if (planned.ifRevision !== 0 || link.revokedAt !== null) throw forged('an upload link is created active', 'uploadLink');
        const dossier = await reads.dossierBefore(link.dossierId);
        if (!dossier || !lifecycleAllows(dossier, 'changeDocuments', locale))
          throw forged('the dossier’s phase does not allow upload links', 'uploadLink.dossierId');
        if (!plan.checks.has(`dossier\u0000${dossier.id}`)) throw forged('an upload link guards its dossier', 'check');
        const pieces = await reads.piecesAfter(dossier.riskTypeId);
        for (const pieceId of link.pieceIds)
          if (!pieces.some((piece) => piece.id === pieceId))
            throw forged('an upload link asks for pieces of its dossier', 'uploadLink.pieceIds');
      }
      if (!scopeDossiers.has(link.dossierId)) throw forged('the scope leaves out a dossier it changes', 'scope.dossierIds');
    }
    for (const [id, planned] of plan.reminderSchedules) {
      const schedule = planned.value as NonNullable<typeof planned.value>;
      const dossier = await reads.dossierAfter(id);
      if (!dossier) throw forged('a schedule belongs to a stored dossier', 'reminderSchedule.id');
      // Starting (or starting again) follows the lifecycle; pausing, resuming, stopping change nothing sent.
      if (planned.ifRevision === 0 || view.before('reminderSchedule', id)?.startedAt !== schedule.startedAt) {
        if (!lifecycleAllows(dossier, 'remind', locale))
          throw forged('the dossier’s phase does not allow reminders', 'reminderSchedule.dossierId');
      }
      affected.add(id);
    }
    for (const [id, planned] of plan.reminderPolicies) {
      if (!scopeRiskTypes.has(id)) throw forged('the scope leaves out the policy it changes', 'scope.riskTypeIds');
      if (planned.value && id !== CABINET_POLICY_ID && !(await reads.riskTypeAfter(id)))
        throw forged('a policy belongs to a stored risk type', 'reminderPolicy.id');
    }

    for (const dossierId of affected) {
      if (!plan.summaries.has(dossierId)) throw forged('a change to a dossier rewrites its summary', 'summary');
      if (!scopeDossiers.has(dossierId)) throw forged('the scope leaves out a dossier it changes', 'scope.dossierIds');
      const dossier = await reads.dossierAfter(dossierId);
      const guarded = dossier && (plan.checks.has(`riskType\u0000${dossier.riskTypeId}`) || plan.riskTypes.get(dossier.riskTypeId)?.value);
      if (!guarded) throw forged('a dossier change guards its risk type', 'check');
    }
    for (const [id, planned] of plan.summaries) {
      await checkSummary(planned.value as NonNullable<typeof planned.value>, view.before('summary', id), plan, reads, now);
    }
  };
}

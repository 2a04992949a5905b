import {
  type CollectedDocument,
  type Dossier,
  type DossierSummary,
  type ExpectedPiece,
  type ReminderPolicy,
  type ReminderRecord,
  type ReminderSchedule,
  type RiskType,
  type UploadLink,
} from '@dossier/core';
import type { ChangeScope, RecordKind, StorageOperation } from '@dossier/core/adapter';
import type { UploadedPart } from '../commits/uploaded-part.js';
import { forged } from './forged.js';
import { checkDocumentShape } from './shapes/check-document-shape.js';
import { checkDossierShape } from './shapes/check-dossier-shape.js';
import { checkPieceShape } from './shapes/check-piece-shape.js';
import { checkReminderShape } from './shapes/check-reminder-shape.js';
import { checkUploadLinkShape } from './shapes/check-upload-link-shape.js';
import { checkReminderPolicyShape } from './shapes/check-reminder-policy-shape.js';
import { checkReminderScheduleShape } from './shapes/check-reminder-schedule-shape.js';
import { checkRiskTypeShape } from './shapes/check-risk-type-shape.js';
import { checkSummaryShape } from './shapes/check-summary-shape.js';

/** A record the commit writes: its new value, or its deletion, and the revision it expects. */
interface PlannedWrite<T> {
  readonly value: T | undefined;
  readonly ifRevision: number;
}

/** A commit indexed by what it writes and guards, once every operation passed the checks that need no database. */
export interface CommitPlan {
  readonly riskTypes: ReadonlyMap<string, PlannedWrite<RiskType>>;
  readonly pieces: ReadonlyMap<string, PlannedWrite<ExpectedPiece>>;
  readonly dossiers: ReadonlyMap<string, PlannedWrite<Dossier>>;
  readonly documents: ReadonlyMap<string, PlannedWrite<CollectedDocument>>;
  readonly reminders: ReadonlyMap<string, PlannedWrite<ReminderRecord>>;
  readonly summaries: ReadonlyMap<string, PlannedWrite<DossierSummary>>;
  readonly uploadLinks: ReadonlyMap<string, PlannedWrite<UploadLink>>;
  readonly reminderPolicies: ReadonlyMap<string, PlannedWrite<ReminderPolicy>>;
  readonly reminderSchedules: ReadonlyMap<string, PlannedWrite<ReminderSchedule>>;
  /** Each new document with its bytes, for `checkUploadedContent`. */
  readonly newDocuments: readonly { readonly document: CollectedDocument; readonly upload: UploadedPart }[];
  /** `kind\0id` of every `check`. */
  readonly checks: ReadonlySet<string>;
  /** `kind\0parentId` of every `checkChildren`. */
  readonly childChecks: ReadonlySet<string>;
  readonly scope: ChangeScope;
}

/** Which kinds a client may write, and how. */
const WRITABLE: Readonly<Record<RecordKind, { put: boolean; delete: boolean }>> = {
  riskType: { put: true, delete: false },
  piece: { put: true, delete: true },
  dossier: { put: true, delete: false },
  document: { put: true, delete: true },
  reminder: { put: true, delete: false },
  summary: { put: true, delete: false },
  uploadLink: { put: true, delete: false },
  reminderPolicy: { put: true, delete: true },
  reminderSchedule: { put: true, delete: false },
};

/**
 * Checks what can be checked without the database, and indexes the commit:
 *
 * - only the writes core makes (no deleting a dossier, a risk type, a
 *   reminder or a summary), each record written at most once;
 * - every write guarded by `ifRevision`, every put one revision above it,
 *   reminders only created;
 * - every record of the shape core writes (known fields only, clean texts,
 *   valid rules, dates, addresses, drafts);
 * - the bytes: each new document has exactly one binary part, whose size
 *   and SHA-256 (computed by the server while receiving) are the document's
 *   (its kind is inspected again by `checkUploadedContent`); bytes come only
 *   with a new document and go only with a deleted one.
 */
export function planCommit(
  operations: readonly StorageOperation[],
  scope: ChangeScope,
  uploads: ReadonlyMap<number, UploadedPart>,
): CommitPlan {
  const writes = new Map<RecordKind, Map<string, PlannedWrite<unknown>>>();
  const checks = new Set<string>();
  const childChecks = new Set<string>();
  const blobPuts = new Map<string, UploadedPart>();
  const blobDeletes = new Set<string>();
  const write = (kind: RecordKind, id: string, planned: PlannedWrite<unknown>) => {
    let byId = writes.get(kind);
    if (!byId) writes.set(kind, (byId = new Map()));
    if (byId.has(id)) throw forged(`${kind} ${id.slice(0, 60)} written twice`, kind);
    byId.set(id, planned);
  };

  for (const [index, operation] of operations.entries()) {
    switch (operation.op) {
      case 'put': {
        if (!WRITABLE[operation.kind]?.put) throw forged(`cannot put ${String(operation.kind)}`, 'op');
        const ifRevision = expectedRevision(operation.ifRevision);
        const value = shapeOf(operation.kind, operation.value);
        if ((value as { revision: number }).revision !== ifRevision + 1)
          throw forged('a put must raise the revision by one', `${operation.kind}.revision`);
        if (operation.kind === 'reminder' && ifRevision !== 0) throw forged('a reminder is only ever created', 'reminder');
        write(operation.kind, (value as { id: string }).id, { value, ifRevision });
        break;
      }
      case 'delete': {
        if (!WRITABLE[operation.kind]?.delete) throw forged(`cannot delete ${String(operation.kind)}`, 'op');
        const ifRevision = expectedRevision(operation.ifRevision);
        if (ifRevision < 1) throw forged('a delete names the revision it deletes', 'ifRevision');
        write(operation.kind, operation.id, { value: undefined, ifRevision });
        break;
      }
      case 'check':
        checks.add(`${operation.kind}\u0000${operation.id}`);
        break;
      case 'checkChildren':
        childChecks.add(`${operation.kind}\u0000${operation.parentId}`);
        break;
      case 'putBlob': {
        const upload = uploads.get(index);
        if (!upload || blobPuts.has(operation.documentId)) throw forged('bytes without their part, or given twice', 'blob');
        blobPuts.set(operation.documentId, upload);
        break;
      }
      case 'deleteBlob':
        blobDeletes.add(operation.documentId);
        break;
      default:
        throw forged('unknown operation', 'op');
    }
  }

  const documents = (writes.get('document') ?? new Map()) as Map<string, PlannedWrite<CollectedDocument>>;
  const newDocuments: { document: CollectedDocument; upload: UploadedPart }[] = [];
  for (const [id, planned] of documents) {
    if (planned.value && planned.ifRevision === 0) {
      const upload = blobPuts.get(id);
      if (!upload) throw forged('a new document comes with its bytes', 'blob');
      const document = planned.value;
      if (upload.size !== document.size) throw forged('the bytes are not the size the document says', 'document.size');
      if (upload.digest !== document.digest) throw forged('the bytes do not have the SHA-256 the document says', 'document.digest');
      newDocuments.push({ document, upload });
    }
    if (!planned.value && !blobDeletes.has(id)) throw forged('a deleted document takes its bytes with it', 'deleteBlob');
  }
  for (const id of blobPuts.keys()) {
    const planned = documents.get(id);
    if (!planned?.value || planned.ifRevision !== 0) throw forged('bytes only come with a new document', 'putBlob');
  }
  for (const id of blobDeletes) {
    if (!documents.has(id) || documents.get(id)?.value) throw forged('bytes only go with their document', 'deleteBlob');
  }

  const of = <T>(kind: RecordKind) => (writes.get(kind) ?? new Map()) as Map<string, PlannedWrite<T>>;
  return {
    riskTypes: of<RiskType>('riskType'),
    pieces: of<ExpectedPiece>('piece'),
    dossiers: of<Dossier>('dossier'),
    documents,
    newDocuments,
    reminders: of<ReminderRecord>('reminder'),
    summaries: of<DossierSummary>('summary'),
    uploadLinks: of<UploadLink>('uploadLink'),
    reminderPolicies: of<ReminderPolicy>('reminderPolicy'),
    reminderSchedules: of<ReminderSchedule>('reminderSchedule'),
    checks,
    childChecks,
    scope,
  };
}

function expectedRevision(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
    throw forged('every write names the revision it expects', 'ifRevision');
  return value;
}

function shapeOf(kind: RecordKind, value: unknown): unknown {
  switch (kind) {
    case 'riskType':
      return checkRiskTypeShape(value);
    case 'piece':
      return checkPieceShape(value);
    case 'dossier':
      return checkDossierShape(value);
    case 'document':
      return checkDocumentShape(value);
    case 'reminder':
      return checkReminderShape(value);
    case 'uploadLink':
      return checkUploadLinkShape(value);
    case 'reminderPolicy':
      return checkReminderPolicyShape(value);
    case 'reminderSchedule':
      return checkReminderScheduleShape(value);
    default:
      return checkSummaryShape(value);
  }
}

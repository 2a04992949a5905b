import type { Completeness } from '../model/completeness.js';
import type { CollectedDocument } from '../model/collected-document.js';
import type { Dossier, DossierPhase, OpenDossierInput } from '../model/dossier.js';
import type { DossierSummary } from '../model/dossier-summary.js';
import type { ExpectedPiece, ExpectedPieceInput, ExpectedPiecePatch } from '../model/expected-piece.js';
import type { ReminderDraft, ReminderRecord } from '../model/reminder.js';
import type { RiskType } from '../model/risk-type.js';
import type { Locale } from '../i18n/locale.js';
import type { AuditOrder, AuditPage } from '../storage/audit-query.js';
import type { StorageCapabilities } from '../storage/storage-capabilities.js';
import type { ReminderTransport } from '../reminders/reminder-transport.js';
import type { ReminderTemplates } from '../reminders/reminder-templates.js';
import type { IntakeProgress } from '../machines/file-intake-machine.js';

/** What happened, told to `client.subscribe` listeners. */
export interface DossierClientEvent {
  /** Dossiers whose data or completeness changed. */
  readonly dossierIds: readonly string[];
  /** Risk types whose catalogue entry or expected pieces changed. */
  readonly riskTypeIds: readonly string[];
  readonly origin: 'local' | 'remote';
}

/** Listener of client events. */
export type DossierClientListener = (event: DossierClientEvent) => void;

/** Options of `documents.add`. */
export interface AddDocumentOptions {
  /** Classify to this piece at once; validated against its accepted kinds and size limit. */
  pieceId?: string | null;
  /** Date the document was issued (YYYY-MM-DD), for validity checks. */
  issuedOn?: string | null;
  /** Told of each step of the file intake (validating, storing, stored, rejected). */
  onProgress?: (progress: IntakeProgress) => void;
  /** Aborts the intake before the file is stored. */
  signal?: AbortSignal;
}

/** A file to add: a browser `File`, or a `Blob` with a name. */
export type DocumentSource = File | { blob: Blob; name: string };

/** Query of `client.audit`. */
export interface ClientAuditQuery {
  /** One phase or several; default `contract`. */
  phase?: DossierPhase | readonly DossierPhase[];
  riskTypeId?: string;
  /** Default `true`: only dossiers missing required pieces. */
  onlyIncomplete?: boolean;
  order?: AuditOrder;
  /** Page size, default 50, at most 1000. */
  limit?: number;
  cursor?: string | null;
  /** Rows to skip before the page, in the query's order: a jump to any position in one call. Not with a cursor. */
  offset?: number;
}

/** One audit row: the stored summary plus the risk type's label. */
export interface AuditRow extends DossierSummary {
  readonly riskTypeLabel: string;
}

/** Options of `reminders.compose`. */
export interface ComposeReminderOptions {
  locale?: Locale;
}

/** The facade hosts call. Every method rejects with a `DossierError`. */
export interface DossierClient {
  readonly locale: Locale;
  readonly capabilities: StorageCapabilities;
  readonly riskTypes: {
    put(input: { id: string; label: string }): Promise<RiskType>;
    list(): Promise<RiskType[]>;
    get(id: string): Promise<RiskType>;
  };
  readonly pieces: {
    add(riskTypeId: string, input: ExpectedPieceInput): Promise<ExpectedPiece>;
    /** Pieces of a risk type, in order. */
    list(riskTypeId: string): Promise<ExpectedPiece[]>;
    get(pieceId: string): Promise<ExpectedPiece>;
    update(pieceId: string, patch: ExpectedPiecePatch): Promise<ExpectedPiece>;
    remove(pieceId: string): Promise<void>;
    /** `pieceIds` must list every piece of the risk type exactly once. */
    reorder(riskTypeId: string, pieceIds: readonly string[]): Promise<ExpectedPiece[]>;
  };
  readonly dossiers: {
    open(input: OpenDossierInput): Promise<Dossier>;
    get(id: string): Promise<Dossier>;
    setStage(id: string, stage: string): Promise<Dossier>;
    convert(id: string, input: { contractId: string }): Promise<Dossier>;
    markLost(id: string): Promise<Dossier>;
    /** Rejects with `incomplete-dossier` unless every required piece is obtained, archived or waived. */
    archive(id: string): Promise<Dossier>;
    waive(id: string, pieceId: string, reason: string): Promise<Dossier>;
    /** Takes a waiver back. */
    unwaive(id: string, pieceId: string): Promise<Dossier>;
  };
  readonly documents: {
    add(dossierId: string, file: DocumentSource, options?: AddDocumentOptions): Promise<CollectedDocument>;
    list(dossierId: string): Promise<CollectedDocument[]>;
    get(documentId: string): Promise<CollectedDocument>;
    classify(documentId: string, pieceId: string | null): Promise<CollectedDocument>;
    archive(documentId: string): Promise<CollectedDocument>;
    remove(documentId: string): Promise<void>;
    read(documentId: string): Promise<Blob>;
  };
  completeness(dossierId: string): Promise<Completeness>;
  /**
   * The summaries of up to 1,000 dossiers in one storage read, as they are at
   * the client's `now`, in the order of the ids, `null` for an unknown dossier:
   * the counts a pipeline of badges shows, without reading pieces and documents.
   */
  summaries(dossierIds: readonly string[]): Promise<(DossierSummary | null)[]>;
  audit(query?: ClientAuditQuery): Promise<AuditPage<AuditRow>>;
  readonly reminders: {
    compose(dossierId: string, options?: ComposeReminderOptions): Promise<ReminderDraft>;
    send(dossierId: string, draft: ReminderDraft, transport: ReminderTransport): Promise<ReminderRecord>;
    /** Newest first. */
    list(dossierId: string): Promise<ReminderRecord[]>;
  };
  subscribe(listener: DossierClientListener): () => void;
  /** Closes the storage. */
  close(): Promise<void>;
}

/** Options of `createDossierClient`. */
export interface DossierClientOptions {
  storage: import('../storage/storage-port.js').StoragePort;
  /** Clock, for tests. Default `() => new Date()`. */
  now?: () => Date;
  /**
   * Locale of error messages and reminders: `fr` (the default), `en`, `de`, `es`, `it`, `nl`, or one
   * a host registered (`registerCoreLocale`). `de`, `es`, `it` and `nl` load on first use; the
   * client's operations wait for it. Anything else is French.
   */
  locale?: Locale;
  /** Size limit of pieces without their own `maxBytes`. Default 25 MiB. */
  defaultMaxBytes?: number;
  /** Host-provided reminder templates, per locale (`{ de: { subject } }`); a locale without one uses its translation's. */
  reminderTemplates?: Partial<Record<Locale, ReminderTemplates>>;
  /** Id generator, for tests. Default `crypto.randomUUID`. */
  newId?: () => string;
}

import type { Completeness } from '../model/completeness.js';
import type { CollectedDocument } from '../model/collected-document.js';
import type { Dossier, DossierPhase, OpenDossierInput } from '../model/dossier.js';
import type { DossierSummary } from '../model/dossier-summary.js';
import type { ExpectedPiece, ExpectedPieceInput, ExpectedPiecePatch } from '../model/expected-piece.js';
import type { ReminderDraft, ReminderRecord } from '../model/reminder.js';
import type { ReminderPlan } from '../model/reminder-plan.js';
import type { EffectiveReminderPolicy, ReminderPolicy, ReminderPolicySettings } from '../model/reminder-policy.js';
import type { ReminderSchedule, ReminderStopReason } from '../model/reminder-schedule.js';
import type { ReminderEmail } from '../reminders/reminder-email.js';
import type { RiskType } from '../model/risk-type.js';
import type { Locale } from '../i18n/locale.js';
import type { AuditOrder, AuditPage } from '../storage/audit-query.js';
import type { StorageCapabilities } from '../storage/storage-capabilities.js';
import type { ReminderTransport } from '../reminders/reminder-transport.js';
import type { ReminderTemplates } from '../reminders/reminder-templates.js';
import type { IntakeProgress } from '../machines/file-intake-machine.js';
import type { RejectionReason } from '../model/document-review.js';
import type { CreatedUploadLink, CreateUploadLinkOptions, UploadLinkStatus } from '../model/upload-link.js';
import type { PortalDocument, PortalPiece, PortalView } from '../portal/portal-view.js';

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

/** Why a broker refuses a document: a common reason, or `other` with a note (required then). */
export interface DocumentRejection {
  reason: RejectionReason;
  /** Words for the client, shown as text; at most 500 characters. */
  note?: string | null;
}

/** A file to add: a browser `File`, or a `Blob` with a name. */
export type DocumentSource = File | { blob: Blob; name: string };

/** Query of `client.audit`. */
export interface ClientAuditQuery {
  /** One phase or several; default `contract`. */
  phase?: DossierPhase | readonly DossierPhase[];
  riskTypeId?: string;
  /** Default `true`: only dossiers missing required pieces (or waiting for their review). */
  onlyIncomplete?: boolean;
  /** Only dossiers with documents waiting for review ("à vérifier"); pass `onlyIncomplete: false` beside it for all of them. */
  onlyToReview?: boolean;
  /** Only dossiers whose automatic reminders are exhausted: every step sent, pieces still missing ("relances épuisées"). */
  onlyRemindersExhausted?: boolean;
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
  /**
   * Asks the client to send the pieces through an upload link: its address, or `true` for the
   * draft locale's placeholder (`{lien}`, `{link}`…), which `fillUploadLink` replaces with the
   * address of the link created when the reminder is sent.
   */
  link?: string | boolean | null;
}

/** Options of `reminders.schedule`. */
export interface ScheduleRemindersOptions {
  /** The first request, from which steps count (ISO timestamp). Default: now. */
  startAt?: string;
  /** The broker in charge, told after the last step (an e-mail address); default: the policy's escalation address. */
  escalateTo?: string | null;
  /** Language of the e-mails to the client. Default: the client's locale. */
  locale?: Locale;
}

/** A dossier's reminder plan at the client's `now`, with the schedule it comes from. */
export interface DossierReminderPlan extends ReminderPlan {
  readonly schedule: ReminderSchedule | null;
}

/** Links an automatic e-mail carries; both optional. */
export interface ReminderEmailLinks {
  /** Where the client uploads the missing pieces (a client portal), shown as a button. */
  uploadUrl?: string | null;
  /** Where the client stops the reminders of this dossier in one click (`List-Unsubscribe`), shown at the foot. */
  unsubscribeUrl?: string | null;
}

/** How an automatic e-mail was sent, for `reminders.record`. */
export interface RecordReminderOptions {
  /**
   * The reminder's id: a sender that may record twice (after a crash) gives
   * the same id, and the second call returns the first record.
   */
  id: string;
  /** Name of what sent it (`smtp`…). */
  transport: string;
  /** When it was sent (ISO). Default: now. */
  sentAt?: string;
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
    /** Rejects with `invalid-input` for a document waiting for review, or refused: accept it first. */
    archive(documentId: string): Promise<CollectedDocument>;
    remove(documentId: string): Promise<void>;
    read(documentId: string): Promise<Blob>;
    /** Accepts a document waiting for review: it counts for its piece from now on. */
    accept(documentId: string): Promise<CollectedDocument>;
    /**
     * Refuses a document waiting for review, with a reason the client sees on the upload link:
     * it stays in its piece's history and counts no more.
     */
    reject(documentId: string, rejection: DocumentRejection): Promise<CollectedDocument>;
  };
  /** Secure upload links: the client sends the pieces through a page, no login. */
  readonly uploadLinks: {
    /**
     * Creates a link for a dossier open to changes. Its token is in the result, and only there:
     * what is stored is its hash.
     */
    create(dossierId: string, options?: CreateUploadLinkOptions): Promise<CreatedUploadLink>;
    /** A dossier's links with their state, newest first. */
    list(dossierId: string): Promise<UploadLinkStatus[]>;
    /** Stops a link at once; revoking it again changes nothing. */
    revoke(linkId: string): Promise<UploadLinkStatus>;
    /**
     * Whether links this client creates have a portal address (its `portalUrl` option): what a
     * reminder needs to carry one ("Joindre un lien de dépôt" in `<dossier-reminder>`).
     */
    readonly hasPortalUrl: boolean;
  };
  /**
   * The client's side of an upload link, by token: what a server (or a mock) answers on the
   * link's public endpoints. A link that does not work — unknown, revoked, expired, its dossier
   * closed — is `not-found` of kind `uploadLink` in every case, with nothing else said.
   */
  readonly portal: {
    /** What the client sees: see `PortalView`. */
    view(token: string): Promise<PortalView>;
    /**
     * Whether a file of `size` bytes for `pieceId` may be sent through the link now: what a
     * server checks before it receives the bytes. Resolves with the piece as the client sees it.
     */
    allowUpload(token: string, pieceId: string, size: number): Promise<PortalPiece>;
    /** Validates and stores one file for one requested piece, waiting for review unless the piece says `never`. */
    upload(token: string, pieceId: string, file: DocumentSource, options?: { signal?: AbortSignal }): Promise<PortalDocument>;
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
    /**
     * Starts the dossier's automatic reminders (again, if it had a schedule:
     * steps count from the new start), following its risk type's policy (or
     * the cabinet's, or the built-in one), which the schedule keeps a copy of.
     * Rejects with `invalid-transition` when the dossier is archived or lost
     * or the policy is disabled.
     */
    schedule(dossierId: string, options?: ScheduleRemindersOptions): Promise<ReminderSchedule>;
    /** Pauses an active schedule; `invalid-transition` otherwise, `not-found` without one. */
    pause(dossierId: string): Promise<ReminderSchedule>;
    /** Resumes a paused schedule: every step still to come moves by the time spent paused. */
    resume(dossierId: string): Promise<ReminderSchedule>;
    /** Stops a schedule for good (the client asked, or the broker); `schedule` starts a new one. */
    stop(dossierId: string, reason?: ReminderStopReason): Promise<ReminderSchedule>;
    /** What `planReminders` says at the client's `now`: the status, what is due, the next send. Reads only. */
    plan(dossierId: string): Promise<DossierReminderPlan>;
    /**
     * The e-mail of what is due now (a step, or the escalation), in the
     * schedule's language, or `null` when nothing is. Reads only: send it, then
     * `record` it.
     */
    due(dossierId: string, links?: ReminderEmailLinks): Promise<ReminderEmail | null>;
    /**
     * Records an automatic e-mail that was sent (from `due`). Idempotent by
     * `options.id`. Refused with `invalid-transition` when its step (or the
     * escalation) was already recorded since the schedule started: a step is
     * recorded once.
     */
    record(dossierId: string, email: ReminderEmail, options: RecordReminderOptions): Promise<ReminderRecord>;
  };
  /** Reminder policies: per risk type, and the cabinet's default (`null`). */
  readonly reminderPolicies: {
    /** The policy that applies to a risk type (its own, else the cabinet's, else the built-in one), or the cabinet's with `null`. */
    get(riskTypeId: string | null): Promise<EffectiveReminderPolicy>;
    /** Sets a risk type's own policy, or the cabinet's default with `null`. Schedules already running keep theirs. */
    put(riskTypeId: string | null, policy: ReminderPolicySettings): Promise<ReminderPolicy>;
    /** Removes a risk type's own policy (or the cabinet's): the next one down applies again. */
    remove(riskTypeId: string | null): Promise<void>;
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
  /** The brokerage's name, shown to clients on the upload links' page. */
  cabinetName?: string;
  /** The address of the portal page of a link's token (`(token) => \`https://crm.example/portal/${token}\``), put in reminders. */
  portalUrl?: (token: string) => string;
}

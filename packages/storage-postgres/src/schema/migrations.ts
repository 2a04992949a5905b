/** One versioned step of the schema. */
export interface Migration {
  /** Applied in increasing order, each once; never renumber or edit a released one. */
  readonly version: number;
  readonly name: string;
  /** Statements run in one transaction. */
  readonly sql: string;
}

/**
 * The schema, as a list of migrations. Every table is keyed by `tenant_id`
 * first: a storage only ever reads and writes its own tenant's rows.
 *
 * - Records are kept as the JSON text they were given (byte for byte; `jsonb`
 *   would reorder keys and refuse `\u0000`), with the columns that index them.
 * - Summaries carry the audit's columns; two indexes serve every audit filter
 *   as ordered range scans, and per-bucket counters give totals without counting rows.
 * - Document bytes are content-addressed (`digest`); `dossier_document_blob`
 *   says which bytes a document has, inside the commit's transaction.
 * - The change feed numbers commits per tenant; its rows double as the
 *   idempotency record of commits (`commit_id`).
 * - Version 2: each summary's "relances épuisées" flag (filtered through
 *   partial indexes, counted by rows: few summaries have it) and the moment a
 *   reminder scheduler must look at it again (core's `reminderWakeAt`).
 * - Version 4: reminder outbox rows `handed-over` (exactly-once SMTP), and a
 *   planning lease per dossier (two schedulers never plan the same dossier).
 * Text keys are `COLLATE "C"`: audit order compares strings by code unit, as `compareAuditRows` does.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'records, summaries, blobs, change feed',
    sql: `
CREATE TABLE dossier_record (
  tenant_id text COLLATE "C" NOT NULL,
  kind text COLLATE "C" NOT NULL,
  id text COLLATE "C" NOT NULL,
  parent_id text COLLATE "C",
  revision double precision NOT NULL,
  body text NOT NULL,
  PRIMARY KEY (tenant_id, kind, id)
);
CREATE INDEX dossier_record_children ON dossier_record (tenant_id, kind, parent_id) WHERE parent_id IS NOT NULL;

CREATE TABLE dossier_summary (
  tenant_id text COLLATE "C" NOT NULL,
  id text COLLATE "C" NOT NULL,
  risk_type_id text COLLATE "C" NOT NULL,
  phase text COLLATE "C" NOT NULL,
  incomplete smallint NOT NULL CHECK (incomplete IN (0, 1)),
  since text COLLATE "C" NOT NULL,
  stale_at timestamptz,
  valid_from timestamptz,
  revision double precision NOT NULL,
  body text NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX dossier_summary_audit ON dossier_summary (tenant_id, phase, incomplete, since, id);
CREATE INDEX dossier_summary_audit_risk ON dossier_summary (tenant_id, risk_type_id, phase, incomplete, since, id);
CREATE INDEX dossier_summary_stale ON dossier_summary (tenant_id, phase, stale_at) WHERE stale_at IS NOT NULL;
CREATE INDEX dossier_summary_valid_from ON dossier_summary (tenant_id, phase, valid_from) WHERE valid_from IS NOT NULL;

CREATE TABLE dossier_summary_count (
  tenant_id text COLLATE "C" NOT NULL,
  risk_type_id text COLLATE "C" NOT NULL,
  phase text COLLATE "C" NOT NULL,
  incomplete smallint NOT NULL,
  rows bigint NOT NULL,
  PRIMARY KEY (tenant_id, phase, incomplete, risk_type_id)
);

CREATE TABLE dossier_document_blob (
  tenant_id text COLLATE "C" NOT NULL,
  document_id text COLLATE "C" NOT NULL,
  digest text COLLATE "C" NOT NULL,
  size bigint NOT NULL,
  media_type text NOT NULL,
  PRIMARY KEY (tenant_id, document_id)
);
CREATE INDEX dossier_document_blob_digest ON dossier_document_blob (tenant_id, digest);

CREATE TABLE dossier_blob_content (
  tenant_id text COLLATE "C" NOT NULL,
  digest text COLLATE "C" NOT NULL,
  bytes bytea NOT NULL,
  touched_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, digest)
);

CREATE TABLE dossier_change_head (
  tenant_id text COLLATE "C" PRIMARY KEY,
  seq bigint NOT NULL
);
CREATE TABLE dossier_change (
  tenant_id text COLLATE "C" NOT NULL,
  seq bigint NOT NULL,
  commit_id text COLLATE "C" NOT NULL,
  principal text COLLATE "C" NOT NULL,
  fingerprint text,
  dossier_ids text NOT NULL,
  risk_type_ids text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, seq)
);
CREATE UNIQUE INDEX dossier_change_commit ON dossier_change (tenant_id, principal, commit_id);
CREATE INDEX dossier_change_at ON dossier_change (at);

CREATE TABLE dossier_commit_refusal (
  tenant_id text COLLATE "C" NOT NULL,
  principal text COLLATE "C" NOT NULL,
  commit_id text COLLATE "C" NOT NULL,
  fingerprint text NOT NULL,
  status integer NOT NULL,
  content_type text NOT NULL,
  body text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, principal, commit_id)
);
CREATE INDEX dossier_commit_refusal_at ON dossier_commit_refusal (at);

-- Takes transaction-level advisory locks in the order given: callers sort the keys,
-- so that two commits never wait on each other in opposite orders.
CREATE FUNCTION dossier_lock_keys(keys bigint[], exclusive boolean[]) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  i integer;
BEGIN
  IF keys IS NULL THEN RETURN 0; END IF;
  FOR i IN 1 .. coalesce(array_length(keys, 1), 0) LOOP
    IF exclusive[i] THEN
      PERFORM pg_advisory_xact_lock(keys[i]);
    ELSE
      PERFORM pg_advisory_xact_lock_shared(keys[i]);
    END IF;
  END LOOP;
  RETURN coalesce(array_length(keys, 1), 0);
END
$$;
`,
  },
  {
    version: 2,
    name: 'upload links by id, summaries waiting for review',
    sql: `
ALTER TABLE dossier_summary ADD COLUMN review_pending smallint NOT NULL DEFAULT 0 CHECK (review_pending IN (0, 1));
CREATE INDEX dossier_summary_review ON dossier_summary (tenant_id, phase, since, id) WHERE review_pending = 1;
-- A portal request names a token, not a tenant: its link is found by the token's hash alone.
CREATE INDEX dossier_record_upload_link ON dossier_record (id) WHERE kind = 'uploadLink';
`,
  },
  {
    version: 3,
    name: 'automatic reminders: exhausted filter, wake-up index, outbox',
    // Summaries written before have no schedule: 0 and null are what they say.
    sql: `
ALTER TABLE dossier_summary ADD COLUMN reminders_exhausted smallint NOT NULL DEFAULT 0 CHECK (reminders_exhausted IN (0, 1));
ALTER TABLE dossier_summary ADD COLUMN reminder_wake_at timestamptz;
CREATE INDEX dossier_summary_exhausted ON dossier_summary (tenant_id, phase, since, id) WHERE reminders_exhausted = 1;
CREATE INDEX dossier_summary_exhausted_risk ON dossier_summary (tenant_id, risk_type_id, phase, since, id) WHERE reminders_exhausted = 1;
CREATE INDEX dossier_summary_reminder_wake ON dossier_summary (reminder_wake_at) WHERE reminder_wake_at IS NOT NULL;

-- The reminder outbox: one row per e-mail a scheduler decided to send (its id names the dossier,
-- the schedule's start and the step, so that a step is planned once whatever the number of
-- schedulers), claimed with SKIP LOCKED, marked before and after the SMTP call.
CREATE TABLE dossier_reminder_outbox (
  tenant_id text COLLATE "C" NOT NULL,
  id text COLLATE "C" NOT NULL,
  dossier_id text COLLATE "C" NOT NULL,
  state text COLLATE "C" NOT NULL CHECK (state IN ('pending', 'sent', 'recorded', 'cancelled')),
  email text NOT NULL,
  message_id text NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  claimed_by text,
  claimed_until timestamptz,
  last_error text,
  created_at timestamptz NOT NULL,
  sent_at timestamptz,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX dossier_reminder_outbox_open ON dossier_reminder_outbox (next_attempt_at) WHERE state IN ('pending', 'sent');
CREATE INDEX dossier_reminder_outbox_dossier ON dossier_reminder_outbox (tenant_id, dossier_id) WHERE state IN ('pending', 'sent');
`,
  },
  {
    version: 4,
    name: 'automatic reminders: handed-over outbox rows, claimed planning',
    sql: `
-- 'handed-over': the whole message but its end-of-data mark reached the SMTP server, then this
-- state was committed, then the mark was written: a crash after it never sends the message again.
ALTER TABLE dossier_reminder_outbox DROP CONSTRAINT dossier_reminder_outbox_state_check;
ALTER TABLE dossier_reminder_outbox ADD CONSTRAINT dossier_reminder_outbox_state_check CHECK (state IN ('pending', 'handed-over', 'sent', 'recorded', 'cancelled'));
DROP INDEX dossier_reminder_outbox_open;
DROP INDEX dossier_reminder_outbox_dossier;
CREATE INDEX dossier_reminder_outbox_open ON dossier_reminder_outbox (next_attempt_at) WHERE state IN ('pending', 'handed-over', 'sent');
CREATE INDEX dossier_reminder_outbox_dossier ON dossier_reminder_outbox (tenant_id, dossier_id) WHERE state IN ('pending', 'handed-over', 'sent');

-- Planning, claimed per dossier: a scheduler takes a lease (claimed_until) before asking core what
-- is due, so that two instances never plan one dossier at once; once planned, the dossier is not
-- looked at again before not_before (its send window opens) while its summary's wake-up time is
-- still wake_at (a commit that moves it makes the dossier plannable again).
CREATE TABLE dossier_reminder_planning (
  tenant_id text COLLATE "C" NOT NULL,
  dossier_id text COLLATE "C" NOT NULL,
  wake_at timestamptz,
  not_before timestamptz,
  claimed_by text,
  claimed_until timestamptz,
  PRIMARY KEY (tenant_id, dossier_id)
);
`,
  },
];

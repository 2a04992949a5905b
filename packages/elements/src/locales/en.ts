/**
 * Dossier in English: core's texts (`@dossier/core/locales/en`) and every element's, one constant
 * per element. Loaded on first use of `locale="en"`; import it and `registerLocale(en)` to have it at once.
 * @packageDocumentation
 */
import { pluralRule } from '@dossier/core';
import { en as core } from '@dossier/core/locales/en';
import type { AuditPhaseFilter } from '../components/audit/audit-phase-filter.js';
import type { AuditMessages } from '../components/audit/dossier-audit.messages.js';
import type { BadgeMessages } from '../components/badge/dossier-badge.messages.js';
import type { ChecklistMessages } from '../components/checklist/dossier-checklist.messages.js';
import type { DropZoneMessages } from '../components/drop-zone/dossier-drop-zone.messages.js';
import type { IndexerMessages } from '../components/indexer/dossier-indexer.messages.js';
import type { PiecesEditorMessages } from '../components/pieces-editor/dossier-pieces-editor.messages.js';
import type { PortalMessages } from '../components/portal/dossier-portal.messages.js';
import type { ReminderMessages } from '../components/reminder/dossier-reminder.messages.js';
import type { TrackerMessages } from '../components/tracker/dossier-tracker.messages.js';
import { asSentence } from '../i18n/as-sentence.js';
import type { CommonMessages } from '../i18n/common-messages.js';
import type { Translation } from '../i18n/translation.js';

const plural = /* @__PURE__ */ pluralRule(core.intl);

/** A count of files in the audit: "123 contracts", the number already formatted. */
function total(count: number, formatted: string, phase: AuditPhaseFilter): string {
  const noun = phase === 'contract' ? 'contract' : phase === 'proposal' ? 'proposal' : 'file';
  return `${formatted} ${noun}${plural(count, { one: '', other: 's' })}`;
}

/** Texts several elements share. */
export const common: CommonMessages = {
  loading: 'Loading…',
  retry: 'Retry',
  noClient: 'No Dossier client: put the element inside a <dossier-provider> or set its client property.',
  status: { missing: 'Missing', expired: 'Expired', 'pending-review': 'Received — to review', obtained: 'Obtained', archived: 'Archived', waived: 'Waived' },
  required: 'Required',
  notRequired: 'Optional',
  requiredReason: {
    mandatory: 'Required for every client',
    optional: 'Optional for every client',
    'rule-matched': 'Depends on the client profile',
    'rule-not-matched': 'Depends on the client profile',
  },
  close: 'Close',
  cancel: 'Cancel',
  confirm: 'Confirm',
  remove: 'Remove',
  unclassified: 'Unclassified',
};

/** `<dossier-badge>`. */
export const badge: BadgeMessages = {
  toCollect: (n) => `${n} ${plural(n, { one: 'document', other: 'documents' })} to collect`,
  complete: 'File complete',
  title: 'Document tracking',
  buttonLabel: (status) => `Document tracking: ${asSentence(status)} See the documents obtained and those still to collect`,
  toReview: (n) => `${n} to review`,
};

/** `<dossier-checklist>`. */
export const checklist: ChecklistMessages = {
  title: 'Expected documents',
  group: {
    remaining: 'To collect',
    obtained: 'Obtained',
    archived: 'Archived',
    waived: 'Waived',
    'not-required': 'Not required',
  },
  count: {
    remaining: (n) => `${n} to collect`,
    obtained: (n) => `${n} obtained`,
    archived: (n) => `${n} archived`,
    waived: (n) => `${n} waived`,
    'not-required': (n) => `${n} not required`,
  },
  unclassified: (n) => `${n} unclassified ${plural(n, { one: 'document', other: 'documents' })}`,
  noPieces: 'No documents are expected for this contract type.',
  noDocuments: 'No document',
  addDocument: 'Add document',
  addDocumentFor: (label) => `Add document: ${label}`,
  toArchive: 'to archive',
  archivedDocument: 'archived',
  waivedBecause: (reason) => `Reason: ${reason}`,
  expiresOn: (date) => `valid until ${date}`,
  complete: 'Every required document is here.',
  documentsOf: (label) => `Documents of “${label}”`,
  review: { pending: 'Received — to review', rejected: 'Refused', accept: 'Accept', reject: 'Refuse', reason: 'Reason for refusing', choose: 'Choose a reason…', reasons: { illegible: 'Illegible', expired: 'Expired', 'wrong-document': 'Wrong document', incomplete: 'Incomplete' }, confirm: 'Confirm the refusal', reasonRequired: 'Choose a reason for refusing.' },
};

/** `<dossier-drop-zone>`. */
export const dropZone: DropZoneMessages = {
  prompt: 'Drop a document here or click to choose one',
  add: 'Add document',
  release: 'Release to add the files',
  pasteHint: 'You can also paste a file (Ctrl+V).',
  forPiece: (label, rules) => `For “${label}”: ${rules}.`,
  accepted: (kinds) => `accepted kinds: ${kinds}`,
  anyKind: 'every recognised kind',
  maxSize: (size) => `${size} at most`,
  kindNames: { 'application/pdf': 'PDF', 'image/*': 'images', 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/heic': 'HEIC', 'image/tiff': 'TIFF' },
  pieceUnavailable: 'Could not read the piece’s rules:',
  step: {
    pending: 'Waiting',
    validating: 'Checking…',
    storing: 'Saving…',
    stored: 'Saved',
    rejected: 'Refused',
    skipped: 'Skipped',
  },
  skippedByHost: 'skipped by the application: nothing was saved.',
  oneFileOnly: 'one file at a time, this one was not added',
  filesTitle: 'Dropped files',
  dismiss: (name) => `Remove “${name}” from the list`,
  clearFinished: 'Clear results',
  noFilesDropped: 'There was no file in what was dropped: nothing was added.',
  noFilesPasted: 'There was no file in what was pasted: nothing was added.',
  adding: (n) => plural(n, { one: 'Adding one file…', other: `Adding ${n} files…` }),
  storedOne: (name) => `“${name}” saved.`,
  skippedOne: (name) => `“${name}” skipped.`,
  summary: (stored, rejected, skipped) =>
    [`${stored} saved`, `${rejected} refused`, ...(skipped ? [`${skipped} skipped`] : [])].join(', ') + '.',
  disabled: 'Adding documents is disabled.',
};

/** `<dossier-indexer>`. */
export const indexer: IndexerMessages = {
  title: 'Document indexing',
  unclassifiedHeading: 'Documents to classify',
  classifiedHeading: 'Classified documents',
  empty: 'No document to classify',
  noPieces: 'No expected document for this contract type: documents cannot be classified.',
  classifyAs: 'Classify as…',
  choosePiece: '— Choose a document —',
  classify: 'Classify',
  reclassify: 'Reclassify',
  unclassify: 'Move back to unclassified',
  suggested: 'Suggested from the file name',
  pieceRequired: 'Choose the expected document first.',
  addedOn: (date) => `Added on ${date}`,
  passwordProtected: 'Password-protected',
  previewUnavailable: 'No preview: this PDF cannot be read',
  confirmRemove: (name) => `Remove “${name}” for good?`,
  classifiedAs: (name, piece) => `“${name}” classified as ${piece}.`,
  unclassifiedDone: (name) => `“${name}” moved back to unclassified.`,
  removed: (name) => `“${name}” removed.`,
  removeKept: (name) => `“${name}” kept.`,
  readOnly: 'This file is closed: its documents can no longer be classified or removed.',
};

/** `<dossier-tracker>`. */
export const tracker: TrackerMessages = {
  title: 'Document tracking',
  titlePrefix: 'Document tracking: ',
  pieceSuffix: (label) => `: ${label}`,
  riskType: 'Contract type',
  phase: 'Phase',
  phases: { proposal: 'Proposal', contract: 'Contract', archived: 'Archived', lost: 'Lost' },
  stage: 'Stage',
  contract: 'Contract no.',
  toCollect: (n) => `${n} ${plural(n, { one: 'document', other: 'documents' })} to collect`,
  complete: 'File complete: nothing left to collect',
  piecesHeading: 'Expected documents',
  empty: 'No expected document for this contract type',
  requirement: {
    required: 'Required',
    optional: 'Optional',
    requiredByProfile: 'Required for this client’s profile',
    optionalByProfile: 'Optional for this client’s profile',
  },
  documentState: { obtained: 'Obtained', archived: 'Archived' },
  passwordProtected: 'Password-protected',
  noDocument: 'No document',
  documentCount: (n) => (n === 0 ? 'No document' : `${n} ${plural(n, { one: 'document', other: 'documents' })}`),
  addDocument: 'Add document',
  actions: 'Actions',
  dropOn: (label) => `Release to add to “${label}”`,
  validUntil: (date) => `Valid until ${date}`,
  waivedBecause: (reason) => `Waiver reason: ${reason}`,
  archive: 'Archive',
  waive: 'Waive',
  waiveReason: 'Reason for the waiver',
  waiveSubmit: 'Waive the document',
  reasonRequired: 'Give the reason for the waiver.',
  unwaive: 'Cancel the waiver',
  classifyDocuments: (n) => `Classify the documents (${n})`,
  addHeading: 'Add documents',
  generalZone: 'Drop the file’s documents here, you will classify them next',
  readOnly: {
    archived: 'Archived file: read only, its documents can no longer change.',
    lost: 'Lost sale: read only, its documents can no longer change.',
  },
  waived: (label) => `${label}: document waived.`,
  unwaived: (label) => `${label}: waiver cancelled.`,
  archived: (name) => `“${name}” archived.`,
  toReview: (count) => `${count} to review`,
  reviewState: { pending: 'Received — to review', accepted: 'Accepted', rejected: 'Refused' },
  accept: 'Accept',
  reject: 'Refuse',
  rejectReason: 'Reason for refusing',
  rejectChoose: 'Choose a reason…',
  rejectionReasons: { illegible: 'Illegible', expired: 'Expired', 'wrong-document': 'Wrong document', incomplete: 'Incomplete', other: 'Other (say which)' },
  rejectNote: 'Note for the client',
  rejectSubmit: 'Confirm the refusal',
  rejectReasonRequired: 'Choose a reason for refusing.',
  rejectNoteRequired: 'Say why, for the client.',
  rejectedBecause: (reason) => `Reason: ${reason}`,
  acceptedOne: (name) => `“${name}” accepted.`,
  rejectedOne: (name) => `“${name}” refused.`,
  linksHeading: 'Client links',
  noLinks: 'No link sent to the client.',
  linkRow: (created, expires, files) => `Created ${created}, valid until ${expires} — ${files} file${files === 1 ? '' : 's'} received`,
  linkState: { active: 'Active', used: 'Used', expired: 'Expired', revoked: 'Revoked' },
  createLink: 'Create a client link',
  linkCreated: 'Client link created: copy it and send it to the client.',
  linkShownOnce: 'This link will not be shown again.',
  revokeLink: 'Revoke',
  linkRevoked: 'Link revoked.',
  automatic: {
    next: (date) => `Next reminder on ${date}`,
    paused: 'Automatic reminders paused',
    pause: 'Pause reminders',
    resume: 'Resume reminders',
  },
};

/** `<dossier-pieces-editor>` and its parts. */
export const piecesEditor: PiecesEditorMessages = {
  catalogue: 'Contract types',
  catalogueEmpty: 'No contract type in the catalogue',
  heading: (label) => `Expected documents — ${label}`,
  piecesEmpty: 'No expected document for this contract type',
  piecesList: (label) => `Expected documents for ${label}`,
  addPiece: 'Add a document',
  newPiece: 'New document',
  add: 'Add',
  about: (action, label) => `${action} “${label}”`,
  rename: 'Rename',
  renameField: (label) => `New name of “${label}”`,
  save: 'Save',
  moveUp: 'Move up',
  moveDown: 'Move down',
  moveHint: 'Alt + up or down arrow to move the document, or drag and drop.',
  confirmRemove: (label) => `Remove “${label}”? Documents already filed stay in their dossiers, unclassified.`,
  options: 'Options',
  optionsOf: (label) => `Options of “${label}”`,
  requirement: 'Requirement',
  mandatory: 'Required',
  optional: 'Optional',
  profile: 'Depends on the client profile',
  effectLabel: 'The document is',
  effect: { mandatoryWhen: 'Required if', optionalWhen: 'Optional if' },
  attribute: 'Client attribute',
  attributeSuggestions: {
    type: 'particulier or professionnel',
    age: 'age in years',
    jeuneConducteur: 'true or false',
    formeJuridique: 'SARL, SAS, EI…',
  },
  operatorLabel: 'Condition',
  operator: {
    eq: 'equals',
    in: 'is one of (comma separated)',
    gt: 'is greater than',
    lt: 'is less than',
    exists: 'is set',
  },
  operatorWords: { eq: 'equals', in: 'is one of', gt: 'is greater than', lt: 'is less than', exists: 'is set' },
  value: 'Value',
  valueHint: 'Numbers, true and false are recognised; put text between double quotes to keep it as it is.',
  advancedRule: 'Advanced rule',
  advancedHint: 'This rule cannot be edited with the simple controls; it is kept as it is.',
  replaceAdvanced: 'Replace with a simple rule',
  accept: 'Accepted file types',
  acceptKind: { pdf: 'PDF', images: 'Images', office: 'Word/Office', openDocument: 'OpenDocument' },
  acceptHint: 'Nothing ticked: every recognised type.',
  acceptOthers: (entries) => `Other types kept: ${entries}`,
  maxSize: 'Size limit (MB)',
  maxSizeHint: 'Empty: the default limit.',
  validity: 'Validity (days)',
  validityHint: 'Optional; e.g. “less than 3 months” = 90.',
  saveOptions: 'Save',
  allKinds: 'any type',
  sizeLimit: (size) => `${size} max.`,
  validFor: (days) => `valid ${days} ${plural(days, { one: 'day', other: 'days' })}`,
  advancedSummary: 'Depends on the client profile (advanced rule)',
  added: (label) => `“${label}” added`,
  renamed: (from, to) => `“${from}” renamed “${to}”`,
  removed: (label) => `“${label}” removed`,
  moved: (label, position, total) => `${label} moved to position ${position} of ${total}`,
  saved: (label) => `Options of “${label}” saved`,
  noChange: 'Nothing to save',
  reminderPolicy: {
    title: 'Automatic reminders',
    loading: 'Loading…',
    sources: { riskType: 'This contract type’s own policy.', cabinet: 'The cabinet’s policy (none of this type’s own).', default: 'Dossier’s default policy (the cabinet set none).' },
    enabled: 'Remind clients automatically',
    steps: 'Days after the first request',
    stepsHint: 'Separated by commas, for example 3, 7, 14',
    maxReminders: 'Most reminders',
    days: 'Sending days',
    dayNames: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    from: 'Send from',
    to: 'Until',
    timeZone: 'The cabinet’s time zone',
    escalate: 'Tell the broker after the last reminder',
    escalationDays: 'Days after the last reminder',
    escalationTo: 'Address to tell (optional, else the file’s broker)',
    save: 'Save reminders',
    saved: 'Reminders saved.',
    useCabinet: 'Use the cabinet’s policy',
  },
};

/** `<dossier-audit>`. */
export const audit: AuditMessages = {
  title: 'Contracts awaiting documents',
  filters: 'Filters',
  riskType: 'Risk type',
  allRiskTypes: 'All types',
  phase: 'Stage',
  phases: { contract: 'Contracts', proposal: 'Proposals', both: 'Contracts and proposals' },
  onlyIncomplete: 'Only incomplete files',
  onlyRemindersExhausted: 'Only reminders exhausted',
  order: 'Sort',
  oldest: 'Oldest first',
  newest: 'Newest first',
  total,
  empty: 'No contract awaiting documents',
  emptyFiltered: 'No file matches these filters',
  resetFilters: 'Reset the filters',
  columns: {
    client: 'Client',
    contract: 'Contract',
    risk: 'Risk',
    missing: 'Missing documents',
    age: 'Age',
    lastReminder: 'Last reminder',
    actions: 'Reminder',
  },
  never: 'Never',
  nextReminder: (date) => `Next reminder on ${date}`,
  nothingMissing: 'None',
  open: (client) => `Open the file of ${client}`,
  remind: (client) => `Send a reminder to ${client}`,
  reminderTitle: (client) => `Reminder to ${client}`,
  onlyToReview: 'To review only',
  toReview: (count) => `${count} to review`,
};

/** `<dossier-reminder>`. */
export const reminder: ReminderMessages = {
  title: 'Reminder',
  to: 'To',
  subject: 'Subject',
  body: 'Message',
  pieces: 'Requested documents',
  piecesHint: 'The ticked documents are recorded as requested with the reminder.',
  noPieces: 'No missing document.',
  send: 'Send',
  sending: 'Sending…',
  sent: (to) => `Reminder sent to ${to}.`,
  history: 'Earlier reminders',
  noHistory: 'No reminder sent for this file yet.',
  historyItem: (date, subject) => `${date} — ${subject}`,
  sentTo: (to) => `to ${to}`,
  fieldErrors: {
    toInvalid: 'Invalid e-mail address: enter one address, for example name@example.com.',
    toLineBreak: 'The address must not contain a line break or control character.',
    subjectLineBreak: 'The subject must not contain a line break or control character.',
    subjectEmpty: 'The subject must not be empty.',
    bodyEmpty: 'The message must not be empty.',
    bodyInvalid: 'The message is not valid.',
  },
  sendFailed: 'The reminder was not sent.',
  mailtoBlocked:
    'The mail client cannot be opened: this page is shown in an isolated frame (iframe sandbox) that forbids it. ' +
    'The host application must allow allow-popups or allow-top-navigation-to-custom-protocols, or send it itself (transport property).',
  uploadLink: {
    attach: 'Attach an upload link',
    attaching: 'Creating the link…',
    attached: (days: number) => `Upload link added to the message, valid for ${days} days.`,
    failed: 'The upload link could not be created.',
    noPieces: 'Tick at least one piece to ask for to create the link.',
    hint: 'The client will upload the ticked pieces on a secure page, no account needed.',
  },
  automatic: {
    title: 'Automatic reminders',
    status: {
      unscheduled: 'No automatic reminders scheduled',
      active: 'Automatic reminders running',
      paused: 'Automatic reminders paused',
      stopped: 'Automatic reminders stopped',
      closed: 'File closed: no more reminders',
      complete: 'File complete: no more reminders',
      exhausted: 'Reminders exhausted',
      escalated: 'Reminders exhausted, broker told',
    },
    next: (date) => `Next reminder on ${date}`,
    start: 'Schedule reminders',
    pause: 'Pause',
    resume: 'Resume',
    failed: 'Could not do it:',
  },
  origin: {
    manual: 'Manual',
    automatic: (step) => `Automatic (reminder ${step})`,
    escalation: 'Broker alert',
  },
};

/** `<dossier-portal>`. */
export const portal: PortalMessages = {
  greeting: (firstName) => (firstName ? `Hello ${firstName},` : 'Hello,'),
  intro: (cabinetName) => `${cabinetName || 'Your broker'} asks you for the documents below. Send them from this page: no account needed.`,
  expires: (date) => `This link works until ${date}.`,
  filesLeft: (count) => `You may still send ${count} file${count === 1 ? '' : 's'}.`,
  status: { requested: 'To send', received: 'Received — being checked', complete: 'Complete', rejected: 'Refused — send again' },
  rules: (kinds, size) => `Accepted: ${kinds}, ${size} at most.`,
  anyKind: 'PDF, images or documents',
  chooseFile: (label) => `Choose a file — ${label}`,
  takePhoto: (label) => `Take a photo — ${label}`,
  sentFiles: 'Files sent',
  reviewState: { pending: 'received, being checked', accepted: 'accepted', rejected: 'refused', none: 'received' },
  rejectionReason: { illegible: 'the document cannot be read', expired: 'the document has expired', 'wrong-document': 'it is not the document asked for', incomplete: 'the document is incomplete', other: 'see the note below' },
  rejected: (reason) => `Your broker refused the last file: ${reason}.`,
  sendAgain: 'Send a new file for this document.',
  notAccepted: (name, kinds) => `“${name}” is not accepted: this document must be a ${kinds} file.`,
  tooLarge: (name, size) => `“${name}” is too large: ${size} at most.`,
  empty: (name) => `“${name}” is empty.`,
  uploading: (name) => `Sending “${name}”…`,
  progress: (name, percent) => `Sending “${name}”: ${percent}%`,
  uploaded: (name) => `“${name}” sent.`,
  refused: (name, reason) => `“${name}” was not sent. ${reason}`,
  noMoreFiles: 'This link takes no more files.',
  done: 'Done',
  summaryTitle: 'Summary',
  summarySent: (count) => (count === 0 ? 'No file sent.' : `${count} file${count === 1 ? '' : 's'} sent. Your broker will check them.`),
  summaryMissing: (count) => `${count} document${count === 1 ? '' : 's'} still to send.`,
  summaryAllSent: 'Every document asked for has been sent. Thank you!',
  back: 'Back to the documents',
  linkNotWorking: 'This link no longer works. Ask your broker for a new one.',
  noConnection: 'No connection: give the element its connection property.',
};

/** Dossier in English: core and every element. */
export const en: Translation = { locale: 'en', core, elements: { common, badge, checklist, dropZone, indexer, tracker, piecesEditor, audit, reminder, portal } };

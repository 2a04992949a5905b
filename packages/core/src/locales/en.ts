/**
 * Core in English: errors, reasons, kinds of files, byte units and the reminder e-mail.
 * `import { en } from '@dossier/core/locales/en'`.
 * @packageDocumentation
 */
import { MEDIA_TYPES as T } from '../files/media-types.js';
import type { CoreTranslation } from '../i18n/core-translation.js';
import type { ErrorMessages } from '../i18n/error-messages.js';
import type { MediaTypeLabels } from '../i18n/media-type-labels.js';
import { pluralRule } from '../i18n/plural-rule.js';
import type { ReasonMessages } from '../i18n/reason-messages.js';
import type { ReminderEmailTemplates } from '../reminders/reminder-email-templates.js';
import type { ReminderContext, ReminderPieceLine, ReminderTemplates } from '../reminders/reminder-templates.js';
import { singleLine } from '../reminders/single-line.js';
import { CONDITION_LIMITS as L } from '../requirement/condition-limits.js';

// British English: brokers in Europe write the day before the month.
const INTL = 'en-GB';
const plural = pluralRule(INTL);
const number = (value: number): string => value.toLocaleString(INTL);
const quote = (s: string | undefined): string => (s ? `“${s}”` : '');

/** Error messages. */
export const errors: ErrorMessages = {
  'invalid-input': (d, w) => `Invalid input${d.field ? ` (${d.field})` : ''}${d.reason ? `: ${w.reason(d.reason)}` : '.'}`,
  'not-found': (d) => `Not found: ${d.kind ?? 'item'} ${quote(d.id)}.`.replace(' .', '.'),
  'file-empty': (d) => `The file ${quote(d.fileName)} is empty.`.replace('  ', ' '),
  'file-too-large': (d, w) =>
    `The file ${quote(d.fileName)} is too large${d.size !== undefined ? ` (${w.bytes(d.size)})` : ''}${
      d.maxBytes !== undefined ? `: at most ${w.bytes(d.maxBytes)}.` : '.'
    }`.replace('  ', ' '),
  'file-type-not-accepted': (d, w) =>
    `The file ${quote(d.fileName)} is not of an accepted type${d.mediaType ? ` (detected: ${w.mediaType(d.mediaType)})` : ' (unrecognised type)'}${
      d.accepted && d.accepted.length ? `. Accepted: ${w.acceptList(d.accepted)}.` : '.'
    }`.replace('  ', ' '),
  'file-damaged': (d, w) =>
    `The file ${quote(d.fileName)} seems incomplete or damaged${d.mediaType ? ` (${w.mediaType(d.mediaType)}` : ''}${
      d.reason ? `${d.mediaType ? ': ' : ' ('}${w.reason(d.reason)})` : d.mediaType ? ')' : ''
    }: nothing was saved. Ask for a new copy.`.replace('  ', ' '),
  'duplicate-document': (d) => `The file ${quote(d.fileName)} was already added to this dossier.`.replace('  ', ' '),
  'invalid-transition': (d) => `Not allowed${d.event ? ` (${d.event})` : ''}${d.from ? ` while “${d.from}”` : ''}.`,
  'incomplete-dossier': (d) => `The dossier is incomplete${d.missing && d.missing.length ? `: missing ${d.missing.join(', ')}` : ''}.`,
  conflict: (d) => `${d.kind ?? 'The item'} ${quote(d.id)} was changed meanwhile; reload and try again.`.replace('  ', ' '),
  'unsafe-header': (d, w) =>
    `Message header refused${d.field ? ` (${d.field})` : ''}: ${d.reason ? w.reason(d.reason) : 'line break or invalid address'}.`,
  'quota-exceeded': () => `Not enough storage space: nothing was saved.`,
  'storage-unavailable': (d, w) => `Storage unavailable${d.reason ? ` (${w.reason(d.reason)})` : ''}: nothing was saved, try again.`,
};

/** Why an input was refused. */
export const reasons: ReasonMessages = {
  textExpected: 'text expected',
  mustBeText: 'must be text',
  empty: 'must not be empty',
  controlCharacters: 'control characters',
  lineBreak: 'line break or control character',
  bidiControl: 'bidirectional control character',
  loneSurrogate: 'malformed text (lone Unicode surrogate)',
  invalidEmail: 'not a valid e-mail address',
  pieceIdList: 'must be a list of ids (strings)',
  unreadableFile: 'the file could not be read',
  everyPieceOnce: 'every piece exactly once',
  classifyFirst: 'classify it first',
  notAccepted: 'it must be accepted first',
  linkUsedUp: 'this link has already received as many files as it allows',
  reminderSteps: 'whole days from 1 to 365, increasing, 1 to 10 steps',
  reminderCount: 'a whole number from 1 to 20',
  escalationDays: 'a whole number of days from 0 to 60',
  weekdays: 'at least one day, from 1 (Monday) to 7 (Sunday), each once',
  timeOfDay: 'a time written HH:MM',
  sendWindow: 'the end time must come after the start time',
  timeZone: 'a known time zone, such as Europe/London',
  atMost: (max) => `at most ${max} characters`,
  tooLong: (max) => `too long (at most ${number(max)} characters)`,
  fileDamage: {
    truncated: 'its end is missing, the transfer was probably cut short',
    'no-content': 'nothing readable after its header',
    corrupt: 'its internal structure is inconsistent',
  },
  requirement: {
    'not-requirement': () => 'expected "mandatory", "optional", { mandatoryWhen: condition } or { optionalWhen: condition }',
    'not-condition': () =>
      'expected a condition: { attr, eq | in | gt | lt | exists }, { all: [...] }, { any: [...] } or { not: condition }',
    'not-plain-object': () => 'expected a plain object',
    'not-data-property': () => 'only plain data properties are allowed (no getters, symbols or hidden properties)',
    'forbidden-key': (p) => `the key "${p.key}" is forbidden`,
    'unknown-key': (p) => `unknown key "${p.key}"`,
    'operator-count': () => 'a condition on "attr" needs exactly one of eq, in, gt, lt, exists',
    'invalid-attr': () => `"attr" must be a non-empty text of at most ${L.maxAttrLength} characters`,
    'invalid-eq': () => '"eq" must be a text, a finite number, a boolean or null',
    'invalid-in': () => `"in" must be a list of at most ${L.maxInItems} texts, finite numbers, booleans or nulls`,
    'invalid-number': (p) => `"${p.key}" must be a finite number`,
    'invalid-exists': () => '"exists" must be true or false',
    'invalid-list': (p) => `"${p.key}" must be a non-empty list of at most ${L.maxListItems} conditions`,
    'too-deep': () => `conditions are nested more than ${L.maxDepth} levels deep`,
    'too-many-conditions': () => `the rule has more than ${L.maxConditions} conditions`,
    unreadable: () => 'the value could not be read',
  },
  requirementAt: (path, problem) => `at ${path}: ${problem}`,
};

/** Kinds of files. */
export const mediaTypes: MediaTypeLabels = {
  types: {
    [T.pdf]: 'PDF document',
    [T.png]: 'PNG image',
    [T.jpeg]: 'JPEG image',
    [T.gif]: 'GIF image',
    [T.webp]: 'WebP image',
    [T.tiff]: 'TIFF image',
    [T.heic]: 'HEIC photo',
    [T.heif]: 'HEIF image',
    [T.avif]: 'AVIF image',
    [T.docx]: 'Word document',
    [T.xlsx]: 'Excel workbook',
    [T.pptx]: 'PowerPoint presentation',
    [T.doc]: 'Word 97-2003 document',
    [T.xls]: 'Excel 97-2003 workbook',
    [T.ppt]: 'PowerPoint 97-2003 presentation',
    [T.msg]: 'Outlook message',
    [T.odt]: 'OpenDocument text',
    [T.ods]: 'OpenDocument spreadsheet',
    [T.odp]: 'OpenDocument presentation',
    [T.rtf]: 'RTF document',
    [T.txt]: 'text file',
    [T.csv]: 'CSV table',
    [T.zip]: 'ZIP archive',
    [T.html]: 'web page (HTML)',
    [T.compoundFile]: 'Office 97-2003 file',
  },
  families: { image: 'images', text: 'text files', application: 'documents' },
  anything: 'any type',
};

/** "contract C-123 (Car)": the file as named in subject and body. */
function fileReference(context: ReminderContext): string {
  const kind = context.isContract ? 'contract' : 'proposal';
  const reference = singleLine(context.reference ?? '');
  const riskLabel = singleLine(context.riskLabel ?? '');
  return `${kind}${reference ? ` ${reference}` : ''}${riskLabel ? ` (${riskLabel})` : ''}`;
}

function pieceLine(piece: ReminderPieceLine): string {
  const label = singleLine(piece.label ?? '') || 'Untitled document';
  const instructions = singleLine(piece.instructions ?? '');
  return instructions ? `- ${label}: ${instructions}` : `- ${label}`;
}

/**
 * The reminder e-mail: a broker's polite plain-text message. Names, labels and references are
 * inserted as text on one line each.
 *
 * @example
 * reminders.subject(context) // "Missing documents – contract C-123 (Car)"
 */
export const reminders: ReminderTemplates = {
  subject(context) {
    const count = context.pieces.length;
    const head = count === 0 ? 'Your file' : plural(count, { one: 'Missing document', other: 'Missing documents' });
    return `${head} – ${fileReference(context)}`;
  },
  body(context) {
    const name = singleLine(context.clientName ?? '');
    const greeting = name ? `Dear ${name},` : 'Dear Sir or Madam,';
    const count = context.pieces.length;
    const request =
      count === 0
        ? [`Your file for ${fileReference(context)} is complete: no documents are missing at this time.`, '', 'Thank you for your trust.']
        : [
            `To complete your file for ${fileReference(context)}, please send us the following ${plural(count, { one: 'document', other: 'documents' })}:`,
            '',
            ...context.pieces.map(pieceLine),
            '',
            ...(context.link
              ? ['You can send them to us securely from your phone or computer, no account needed:', '', singleLine(context.link)]
              : ['You can reply to this message with the documents attached.']),
          ];
    return [greeting, '', ...request, '', 'Kind regards,'].join('\n');
  },
};

/** Text of a piece in the automatic e-mails, without its bullet. */
function pieceText(piece: ReminderPieceLine): string {
  return pieceLine(piece).slice(2);
}

/**
 * The words of the automatic e-mails: the reminders the schedule sends to the client, and the
 * message telling the broker that the client did not answer.
 *
 * @example
 * reminderEmail.subject({ ...context, step: 2 }) // "Reminder 2: missing documents – contract C-123 (Motor)"
 */
export const reminderEmail: ReminderEmailTemplates = {
  subject: (context) =>
    `${context.step <= 1 ? 'Reminder' : `Reminder ${context.step}`}: ${plural(context.pieces.length, { one: 'missing document', other: 'missing documents' })} – ${fileReference(context)}`,
  greeting: (context) => {
    const name = singleLine(context.clientName ?? '');
    return name ? `Dear ${name},` : 'Dear Sir or Madam,';
  },
  intro: (context) => {
    const what = `the following ${plural(context.pieces.length, { one: 'document', other: 'documents' })}`;
    return context.step <= 1
      ? `Unless we are mistaken, we still need ${what} to complete your file for ${fileReference(context)}:`
      : `We are following up: we still need ${what} to complete your file for ${fileReference(context)}:`;
  },
  piece: pieceText,
  upload: 'Upload my documents',
  reply: (context) => `You can ${context.uploadUrl ? 'also ' : ''}reply to this message with the documents attached.`,
  closing: 'Kind regards,',
  unsubscribe: 'Stop reminders for this file',
  escalationSubject: (context) =>
    `No answer after ${context.sent} ${plural(context.sent, { one: 'reminder', other: 'reminders' })} – ${singleLine(context.clientName ?? '')}, ${fileReference(context)}`,
  escalationIntro: (context) =>
    `The client ${singleLine(context.clientName ?? '')} has not answered after ${context.sent} ${plural(context.sent, { one: 'reminder', other: 'reminders' })} about ${fileReference(context)}. Automatic reminders have ended. Still missing:`,
};

/** Core in English. */
export const en: CoreTranslation = {
  locale: 'en',
  intl: INTL,
  errors,
  reasons,
  mediaTypes,
  uploadLinkPlaceholder: '{link}',
  byteUnits: ['B', 'KB', 'MB', 'GB'],
  reminders,
  reminderEmail,
};

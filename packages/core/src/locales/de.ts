/**
 * Core in German: errors, reasons, kinds of files, byte units and the reminder e-mail.
 * Loaded on first use of `locale: 'de'`; `import { de } from '@dossier/core/locales/de'` to have it at once.
 * Standard German spelling (ß): a Swiss host registers a copy with `ss` and `intl: 'de-CH'`.
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

const INTL = 'de-DE';
const plural = pluralRule(INTL);
const number = (value: number): string => value.toLocaleString(INTL);
const quote = (s: string | undefined): string => (s ? `„${s}“` : '');

/** Error messages. */
export const errors: ErrorMessages = {
  'invalid-input': (d, w) => `Ungültige Eingabe${d.field ? ` (${d.field})` : ''}${d.reason ? `: ${w.reason(d.reason)}` : '.'}`,
  'not-found': (d) => `Nicht gefunden: ${d.kind ?? 'Element'} ${quote(d.id)}.`.replace(' .', '.'),
  'file-empty': (d) => `Die Datei ${quote(d.fileName)} ist leer.`.replace('  ', ' '),
  'file-too-large': (d, w) =>
    `Die Datei ${quote(d.fileName)} ist zu groß${d.size !== undefined ? ` (${w.bytes(d.size)})` : ''}${
      d.maxBytes !== undefined ? `: höchstens ${w.bytes(d.maxBytes)}.` : '.'
    }`.replace('  ', ' '),
  'file-type-not-accepted': (d, w) =>
    `Die Datei ${quote(d.fileName)} hat keinen zulässigen Dateityp${d.mediaType ? ` (erkannt: ${w.mediaType(d.mediaType)})` : ' (Typ nicht erkannt)'}${
      d.accepted && d.accepted.length ? `. Zulässig: ${w.acceptList(d.accepted)}.` : '.'
    }`.replace('  ', ' '),
  'file-damaged': (d, w) =>
    `Die Datei ${quote(d.fileName)} scheint unvollständig oder beschädigt zu sein${d.mediaType ? ` (${w.mediaType(d.mediaType)}` : ''}${
      d.reason ? `${d.mediaType ? ': ' : ' ('}${w.reason(d.reason)})` : d.mediaType ? ')' : ''
    }: Es wurde nichts gespeichert. Fordern Sie bitte eine neue Kopie an.`.replace('  ', ' '),
  'duplicate-document': (d) => `Die Datei ${quote(d.fileName)} wurde dieser Akte bereits hinzugefügt.`.replace('  ', ' '),
  'invalid-transition': (d) => `Nicht möglich${d.event ? ` (${d.event})` : ''}${d.from ? ` im Status ${quote(d.from)}` : ''}.`,
  'incomplete-dossier': (d) =>
    `Die Akte ist unvollständig${d.missing && d.missing.length ? `: Es ${plural(d.missing.length, { one: 'fehlt', other: 'fehlen' })} ${d.missing.join(', ')}` : ''}.`,
  conflict: (d) =>
    `${d.kind ?? 'Das Element'} ${quote(d.id)} wurde zwischenzeitlich geändert; bitte neu laden und erneut versuchen.`.replace('  ', ' '),
  'unsafe-header': (d, w) =>
    `Nachrichtenkopf abgelehnt${d.field ? ` (${d.field})` : ''}: ${d.reason ? w.reason(d.reason) : 'Zeilenumbruch oder ungültige Adresse'}.`,
  'quota-exceeded': () => 'Nicht genügend Speicherplatz: Es wurde nichts gespeichert.',
  'storage-unavailable': (d, w) =>
    `Speicher nicht verfügbar${d.reason ? ` (${w.reason(d.reason)})` : ''}: Es wurde nichts gespeichert, bitte erneut versuchen.`,
};

/** Why an input was refused. */
export const reasons: ReasonMessages = {
  textExpected: 'Text erwartet',
  mustBeText: 'muss ein Text sein',
  empty: 'darf nicht leer sein',
  controlCharacters: 'Steuerzeichen',
  lineBreak: 'Zeilenumbruch oder Steuerzeichen',
  bidiControl: 'bidirektionales Steuerzeichen',
  loneSurrogate: 'fehlerhafter Text (einzelnes Unicode-Surrogat)',
  invalidEmail: 'keine gültige E-Mail-Adresse',
  pieceIdList: 'muss eine Liste von IDs (Texten) sein',
  unreadableFile: 'die Datei konnte nicht gelesen werden',
  everyPieceOnce: 'jede Unterlage genau einmal',
  classifyFirst: 'zuerst einer Unterlage zuordnen',
  notAccepted: 'es muss zuerst angenommen werden',
  linkUsedUp: 'über diesen Link wurden bereits so viele Dateien gesendet, wie er zulässt',
  reminderSteps: 'ganze Tage von 1 bis 365, aufsteigend, 1 bis 10 Stufen',
  reminderCount: 'eine ganze Zahl von 1 bis 20',
  escalationDays: 'eine ganze Zahl von Tagen von 0 bis 60',
  weekdays: 'mindestens ein Tag, von 1 (Montag) bis 7 (Sonntag), jeder einmal',
  timeOfDay: 'eine Uhrzeit im Format HH:MM',
  sendWindow: 'die Endzeit muss nach der Anfangszeit liegen',
  timeZone: 'eine bekannte Zeitzone, zum Beispiel Europe/Berlin',
  atMost: (max) => `höchstens ${max} Zeichen`,
  tooLong: (max) => `zu lang (höchstens ${number(max)} Zeichen)`,
  fileDamage: {
    truncated: 'das Ende fehlt, die Übertragung wurde wohl unterbrochen',
    'no-content': 'nach dem Dateikopf folgt nichts Lesbares',
    corrupt: 'die interne Struktur ist widersprüchlich',
  },
  requirement: {
    'not-requirement': () => 'erwartet „mandatory“, „optional“, { mandatoryWhen: condition } oder { optionalWhen: condition }',
    'not-condition': () =>
      'erwartet eine Bedingung: { attr, eq | in | gt | lt | exists }, { all: [...] }, { any: [...] } oder { not: condition }',
    'not-plain-object': () => 'erwartet ein einfaches Objekt',
    'not-data-property': () => 'nur einfache Dateneigenschaften sind erlaubt (keine Getter, Symbole oder versteckten Eigenschaften)',
    'forbidden-key': (p) => `der Schlüssel „${p.key}“ ist nicht erlaubt`,
    'unknown-key': (p) => `unbekannter Schlüssel „${p.key}“`,
    'operator-count': () => 'eine Bedingung auf „attr“ braucht genau einen Operator aus eq, in, gt, lt, exists',
    'invalid-attr': () => `„attr“ muss ein nicht leerer Text mit höchstens ${L.maxAttrLength} Zeichen sein`,
    'invalid-eq': () => '„eq“ muss ein Text, eine endliche Zahl, ein Wahrheitswert oder null sein',
    'invalid-in': () => `„in“ muss eine Liste von höchstens ${L.maxInItems} Texten, endlichen Zahlen, Wahrheitswerten oder null sein`,
    'invalid-number': (p) => `„${p.key}“ muss eine endliche Zahl sein`,
    'invalid-exists': () => '„exists“ muss true oder false sein',
    'invalid-list': (p) => `„${p.key}“ muss eine nicht leere Liste von höchstens ${L.maxListItems} Bedingungen sein`,
    'too-deep': () => `die Bedingungen sind tiefer als ${L.maxDepth} Ebenen verschachtelt`,
    'too-many-conditions': () => `die Regel hat mehr als ${L.maxConditions} Bedingungen`,
    unreadable: () => 'der Wert ist nicht lesbar',
  },
  requirementAt: (path, problem) => `bei ${path}: ${problem}`,
};

/** Kinds of files. */
export const mediaTypes: MediaTypeLabels = {
  types: {
    [T.pdf]: 'PDF-Dokument',
    [T.png]: 'PNG-Bild',
    [T.jpeg]: 'JPEG-Bild',
    [T.gif]: 'GIF-Bild',
    [T.webp]: 'WebP-Bild',
    [T.tiff]: 'TIFF-Bild',
    [T.heic]: 'HEIC-Foto',
    [T.heif]: 'HEIF-Bild',
    [T.avif]: 'AVIF-Bild',
    [T.docx]: 'Word-Dokument',
    [T.xlsx]: 'Excel-Arbeitsmappe',
    [T.pptx]: 'PowerPoint-Präsentation',
    [T.doc]: 'Word-97-2003-Dokument',
    [T.xls]: 'Excel-97-2003-Arbeitsmappe',
    [T.ppt]: 'PowerPoint-97-2003-Präsentation',
    [T.msg]: 'Outlook-Nachricht',
    [T.odt]: 'OpenDocument-Text',
    [T.ods]: 'OpenDocument-Tabelle',
    [T.odp]: 'OpenDocument-Präsentation',
    [T.rtf]: 'RTF-Dokument',
    [T.txt]: 'Textdatei',
    [T.csv]: 'CSV-Tabelle',
    [T.zip]: 'ZIP-Archiv',
    [T.html]: 'Webseite (HTML)',
    [T.compoundFile]: 'Office-97-2003-Datei',
  },
  families: { image: 'Bilder', text: 'Textdateien', application: 'Dokumente' },
  anything: 'alle Dateitypen',
};

/** "Vertrag Nr. C-123 (Kfz)": the file as named in subject and body. */
function fileReference(context: ReminderContext): string {
  const kind = context.isContract ? 'Vertrag' : 'Angebot';
  const reference = singleLine(context.reference ?? '');
  const riskLabel = singleLine(context.riskLabel ?? '');
  return `${kind}${reference ? ` Nr. ${reference}` : ''}${riskLabel ? ` (${riskLabel})` : ''}`;
}

function pieceLine(piece: ReminderPieceLine): string {
  const label = singleLine(piece.label ?? '') || 'Unterlage ohne Bezeichnung';
  const instructions = singleLine(piece.instructions ?? '');
  return instructions ? `- ${label}: ${instructions}` : `- ${label}`;
}

/**
 * The reminder e-mail: a broker's polite plain-text message. Names, labels and references are
 * inserted as text on one line each. After the salutation's comma the text goes on in lower
 * case, as German letters do.
 *
 * @example
 * reminders.subject(context) // "Fehlende Unterlagen – Vertrag Nr. C-123 (Kfz)"
 */
export const reminders: ReminderTemplates = {
  subject(context) {
    const count = context.pieces.length;
    const head = count === 0 ? 'Ihre Unterlagen' : plural(count, { one: 'Fehlende Unterlage', other: 'Fehlende Unterlagen' });
    return `${head} – ${fileReference(context)}`;
  },
  body(context) {
    const name = singleLine(context.clientName ?? '');
    const greeting = name ? `Guten Tag ${name},` : 'Sehr geehrte Damen und Herren,';
    const count = context.pieces.length;
    const request =
      count === 0
        ? [`Ihre Unterlagen zum ${fileReference(context)} sind vollständig: Derzeit fehlt nichts.`, '', 'Vielen Dank für Ihr Vertrauen.']
        : [
            `um Ihre Unterlagen zum ${fileReference(context)} zu vervollständigen, senden Sie uns bitte ${plural(count, {
              one: 'folgende Unterlage',
              other: 'folgende Unterlagen',
            })}:`,
            '',
            ...context.pieces.map(pieceLine),
            '',
            ...(context.link
              ? [
                  'Sie können sie uns sicher von Ihrem Telefon oder Computer aus senden, ohne ein Konto anzulegen:',
                  '',
                  singleLine(context.link),
                ]
              : ['Sie können einfach auf diese Nachricht antworten und die Dokumente anhängen.']),
          ];
    return [greeting, '', ...request, '', 'Mit freundlichen Grüßen'].join('\n');
  },
};

/** Text of a piece in the automatic e-mails, without its bullet. */
function pieceText(piece: ReminderPieceLine): string {
  return pieceLine(piece).slice(2);
}

/**
 * The words of the automatic e-mails: the reminders the schedule sends to the client, and the
 * message telling the broker that the client did not answer.
 */
export const reminderEmail: ReminderEmailTemplates = {
  subject: (context) =>
    `${context.step <= 1 ? 'Erinnerung' : `${context.step}. Erinnerung`}: ${plural(context.pieces.length, { one: 'fehlende Unterlage', other: 'fehlende Unterlagen' })} – ${fileReference(context)}`,
  greeting: (context) => {
    const name = singleLine(context.clientName ?? '');
    return name ? `Guten Tag ${name},` : 'Sehr geehrte Damen und Herren,';
  },
  intro: (context) => {
    const what = plural(context.pieces.length, { one: 'folgende Unterlage', other: 'folgende Unterlagen' });
    return context.step <= 1
      ? `nach unseren Unterlagen fehlt uns noch ${what}, um Ihre Unterlagen zum ${fileReference(context)} zu vervollständigen:`
      : `wir kommen noch einmal auf Sie zu: Uns fehlt weiterhin ${what}, um Ihre Unterlagen zum ${fileReference(context)} zu vervollständigen:`;
  },
  piece: pieceText,
  upload: 'Unterlagen online hochladen',
  reply: (context) => `Sie können ${context.uploadUrl ? 'auch ' : ''}auf diese Nachricht antworten und die Unterlagen anhängen.`,
  closing: 'Mit freundlichen Grüßen',
  unsubscribe: 'Keine Erinnerungen mehr zu diesen Unterlagen',
  escalationSubject: (context) =>
    `Keine Antwort nach ${context.sent} ${plural(context.sent, { one: 'Erinnerung', other: 'Erinnerungen' })} – ${singleLine(context.clientName ?? '')}, ${fileReference(context)}`,
  escalationIntro: (context) =>
    `${singleLine(context.clientName ?? '')} hat nach ${context.sent} ${plural(context.sent, { one: 'Erinnerung', other: 'Erinnerungen' })} zum ${fileReference(context)} nicht geantwortet. Die automatischen Erinnerungen sind beendet. Weiterhin fehlt:`,
};

/** Core in German. */
export const de: CoreTranslation = {
  locale: 'de',
  intl: INTL,
  errors,
  reasons,
  mediaTypes,
  uploadLinkPlaceholder: '{Link}',
  byteUnits: ['B', 'KB', 'MB', 'GB'],
  reminders,
  reminderEmail,
};

/**
 * Core in Italian: errors, reasons, kinds of files, byte units and the reminder e-mail.
 * Loaded on first use of `locale: 'it'`; `import { it } from '@dossier/core/locales/it'` to have it at once.
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

const INTL = 'it-IT';
const plural = pluralRule(INTL);
const number = (value: number): string => value.toLocaleString(INTL);
const quote = (s: string | undefined): string => (s ? `«${s}»` : '');

/** Error messages. Instructions use the infinitive, as Italian software does. */
export const errors: ErrorMessages = {
  'invalid-input': (d, w) => `Dato non valido${d.field ? ` (${d.field})` : ''}${d.reason ? `: ${w.reason(d.reason)}` : '.'}`,
  'not-found': (d) => `Non trovato: ${d.kind ?? 'elemento'} ${quote(d.id)}.`.replace(' .', '.'),
  'file-empty': (d) => `Il file ${quote(d.fileName)} è vuoto.`.replace('  ', ' '),
  'file-too-large': (d, w) =>
    `Il file ${quote(d.fileName)} è troppo grande${d.size !== undefined ? ` (${w.bytes(d.size)})` : ''}${
      d.maxBytes !== undefined ? `: al massimo ${w.bytes(d.maxBytes)}.` : '.'
    }`.replace('  ', ' '),
  'file-type-not-accepted': (d, w) =>
    `Il file ${quote(d.fileName)} non è di un tipo accettato${d.mediaType ? ` (rilevato: ${w.mediaType(d.mediaType)})` : ' (tipo non riconosciuto)'}${
      d.accepted && d.accepted.length ? `. Tipi accettati: ${w.acceptList(d.accepted)}.` : '.'
    }`.replace('  ', ' '),
  'file-damaged': (d, w) =>
    `Il file ${quote(d.fileName)} sembra incompleto o danneggiato${d.mediaType ? ` (${w.mediaType(d.mediaType)}` : ''}${
      d.reason ? `${d.mediaType ? ': ' : ' ('}${w.reason(d.reason)})` : d.mediaType ? ')' : ''
    }: non è stato salvato nulla. Richiedere una nuova copia.`.replace('  ', ' '),
  'duplicate-document': (d) => `Il file ${quote(d.fileName)} è già stato aggiunto a questa pratica.`.replace('  ', ' '),
  'invalid-transition': (d) => `Azione non consentita${d.event ? ` (${d.event})` : ''}${d.from ? ` nello stato ${quote(d.from)}` : ''}.`,
  'incomplete-dossier': (d) =>
    `La pratica è incompleta${d.missing && d.missing.length ? `: ${plural(d.missing.length, { one: 'manca', other: 'mancano' })} ${d.missing.join(', ')}` : ''}.`,
  conflict: (d) => `${d.kind ?? 'L’elemento'} ${quote(d.id)} è stato modificato nel frattempo; ricaricare e riprovare.`.replace('  ', ' '),
  'unsafe-header': (d, w) =>
    `Intestazione del messaggio rifiutata${d.field ? ` (${d.field})` : ''}: ${d.reason ? w.reason(d.reason) : 'a capo o indirizzo non valido'}.`,
  'quota-exceeded': () => 'Spazio di archiviazione insufficiente: non è stato salvato nulla.',
  'storage-unavailable': (d, w) =>
    `Archiviazione non disponibile${d.reason ? ` (${w.reason(d.reason)})` : ''}: non è stato salvato nulla, riprovare.`,
};

/** Why an input was refused. */
export const reasons: ReasonMessages = {
  textExpected: 'atteso un testo',
  mustBeText: 'deve essere un testo',
  empty: 'non può essere vuoto',
  controlCharacters: 'caratteri di controllo',
  lineBreak: 'a capo o carattere di controllo',
  bidiControl: 'carattere di controllo bidirezionale',
  loneSurrogate: 'testo non valido (carattere Unicode isolato)',
  invalidEmail: 'indirizzo e-mail non valido',
  pieceIdList: 'deve essere un elenco di identificativi (testi)',
  unreadableFile: 'non è stato possibile leggere il file',
  everyPieceOnce: 'ogni documento esattamente una volta',
  classifyFirst: 'classificarlo prima',
  notAccepted: 'deve prima essere accettato',
  linkUsedUp: 'questo link ha già ricevuto tutti i file che consente di inviare',
  reminderSteps: 'giorni interi da 1 a 365, crescenti, da 1 a 10 fasi',
  reminderCount: 'un numero intero da 1 a 20',
  escalationDays: 'un numero intero di giorni da 0 a 60',
  weekdays: 'almeno un giorno, da 1 (lunedì) a 7 (domenica), senza ripetizioni',
  timeOfDay: 'un orario nel formato HH:MM',
  sendWindow: 'l’ora di fine deve seguire l’ora di inizio',
  timeZone: 'un fuso orario noto, ad esempio Europe/Rome',
  atMost: (max) => `al massimo ${max} caratteri`,
  tooLong: (max) => `troppo lungo (al massimo ${number(max)} caratteri)`,
  fileDamage: {
    truncated: 'manca la parte finale, probabilmente il trasferimento si è interrotto',
    'no-content': 'nulla di leggibile dopo l’intestazione',
    corrupt: 'la struttura interna è incoerente',
  },
  requirement: {
    'not-requirement': () => 'atteso «mandatory», «optional», { mandatoryWhen: condition } o { optionalWhen: condition }',
    'not-condition': () =>
      'attesa una condizione: { attr, eq | in | gt | lt | exists }, { all: [...] }, { any: [...] } o { not: condition }',
    'not-plain-object': () => 'atteso un oggetto semplice',
    'not-data-property': () => 'sono ammesse solo semplici proprietà di dati (niente getter, simboli o proprietà nascoste)',
    'forbidden-key': (p) => `la chiave «${p.key}» non è ammessa`,
    'unknown-key': (p) => `chiave sconosciuta «${p.key}»`,
    'operator-count': () => 'una condizione su «attr» richiede esattamente un operatore tra eq, in, gt, lt, exists',
    'invalid-attr': () => `«attr» deve essere un testo non vuoto di al massimo ${L.maxAttrLength} caratteri`,
    'invalid-eq': () => '«eq» deve essere un testo, un numero finito, un booleano o null',
    'invalid-in': () => `«in» deve essere un elenco di al massimo ${L.maxInItems} testi, numeri finiti, booleani o null`,
    'invalid-number': (p) => `«${p.key}» deve essere un numero finito`,
    'invalid-exists': () => '«exists» deve valere true o false',
    'invalid-list': (p) => `«${p.key}» deve essere un elenco non vuoto di al massimo ${L.maxListItems} condizioni`,
    'too-deep': () => `le condizioni sono annidate su più di ${L.maxDepth} livelli`,
    'too-many-conditions': () => `la regola ha più di ${L.maxConditions} condizioni`,
    unreadable: () => 'il valore non è leggibile',
  },
  requirementAt: (path, problem) => `in ${path}: ${problem}`,
};

/** Kinds of files. */
export const mediaTypes: MediaTypeLabels = {
  types: {
    [T.pdf]: 'documento PDF',
    [T.png]: 'immagine PNG',
    [T.jpeg]: 'immagine JPEG',
    [T.gif]: 'immagine GIF',
    [T.webp]: 'immagine WebP',
    [T.tiff]: 'immagine TIFF',
    [T.heic]: 'foto HEIC',
    [T.heif]: 'immagine HEIF',
    [T.avif]: 'immagine AVIF',
    [T.docx]: 'documento Word',
    [T.xlsx]: 'cartella di lavoro Excel',
    [T.pptx]: 'presentazione PowerPoint',
    [T.doc]: 'documento Word 97-2003',
    [T.xls]: 'cartella di lavoro Excel 97-2003',
    [T.ppt]: 'presentazione PowerPoint 97-2003',
    [T.msg]: 'messaggio Outlook',
    [T.odt]: 'testo OpenDocument',
    [T.ods]: 'foglio di calcolo OpenDocument',
    [T.odp]: 'presentazione OpenDocument',
    [T.rtf]: 'documento RTF',
    [T.txt]: 'file di testo',
    [T.csv]: 'tabella CSV',
    [T.zip]: 'archivio ZIP',
    [T.html]: 'pagina web (HTML)',
    [T.compoundFile]: 'file Office 97-2003',
  },
  families: { image: 'immagini', text: 'file di testo', application: 'documenti' },
  anything: 'tutti i tipi',
};

/** "polizza n. C-123 (Auto)": the file as named in subject and body (both nouns are feminine). */
function fileReference(context: ReminderContext): string {
  const kind = context.isContract ? 'polizza' : 'proposta';
  const reference = singleLine(context.reference ?? '');
  const riskLabel = singleLine(context.riskLabel ?? '');
  return `${kind}${reference ? ` n. ${reference}` : ''}${riskLabel ? ` (${riskLabel})` : ''}`;
}

function pieceLine(piece: ReminderPieceLine): string {
  const label = singleLine(piece.label ?? '') || 'Documento senza titolo';
  const instructions = singleLine(piece.instructions ?? '');
  return instructions ? `- ${label}: ${instructions}` : `- ${label}`;
}

/**
 * The reminder e-mail: a broker's polite plain-text message, addressing the client with "Lei".
 * Names, labels and references are inserted as text on one line each.
 *
 * @example
 * reminders.subject(context) // "Documenti mancanti – polizza n. C-123 (Auto)"
 */
export const reminders: ReminderTemplates = {
  subject(context) {
    const count = context.pieces.length;
    const head = count === 0 ? 'La Sua pratica' : plural(count, { one: 'Documento mancante', other: 'Documenti mancanti' });
    return `${head} – ${fileReference(context)}`;
  },
  body(context) {
    const name = singleLine(context.clientName ?? '');
    const greeting = name ? `Gentile ${name},` : 'Gentile cliente,';
    const count = context.pieces.length;
    const request =
      count === 0
        ? [
            `la Sua pratica relativa alla ${fileReference(context)} è completa: al momento non manca alcun documento.`,
            '',
            'La ringraziamo per la fiducia.',
          ]
        : [
            `per completare la Sua pratica relativa alla ${fileReference(context)}, La preghiamo di inviarci ${plural(count, {
              one: 'il seguente documento',
              other: 'i seguenti documenti',
            })}:`,
            '',
            ...context.pieces.map(pieceLine),
            '',
            ...(context.link
              ? ['Può inviarceli in modo sicuro dal telefono o dal computer, senza creare un account:', '', singleLine(context.link)]
              : ['Può rispondere a questo messaggio allegando i documenti.']),
          ];
    return [greeting, '', ...request, '', 'Cordiali saluti,'].join('\n');
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
    `${context.step <= 1 ? 'Promemoria' : `Sollecito n. ${context.step}`}: ${plural(context.pieces.length, { one: 'documento mancante', other: 'documenti mancanti' })} – ${fileReference(context)}`,
  greeting: (context) => {
    const name = singleLine(context.clientName ?? '');
    return name ? `Gentile ${name},` : 'Gentile cliente,';
  },
  intro: (context) => {
    const what = plural(context.pieces.length, { one: 'il seguente documento', other: 'i seguenti documenti' });
    return context.step <= 1
      ? `salvo errore, Le segnaliamo che ci manca ancora ${what} per completare la Sua pratica relativa alla ${fileReference(context)}:`
      : `torniamo a scriverLe: ci manca ancora ${what} per completare la Sua pratica relativa alla ${fileReference(context)}:`;
  },
  piece: pieceText,
  upload: 'Caricare i miei documenti',
  reply: (context) => `${context.uploadUrl ? 'Può anche' : 'Può'} rispondere a questo messaggio allegando i documenti.`,
  closing: 'Cordiali saluti,',
  unsubscribe: 'Non ricevere più solleciti per questa pratica',
  escalationSubject: (context) =>
    `Nessuna risposta dopo ${context.sent} ${plural(context.sent, { one: 'sollecito', other: 'solleciti' })} – ${singleLine(context.clientName ?? '')}, ${fileReference(context)}`,
  escalationIntro: (context) =>
    `Il cliente ${singleLine(context.clientName ?? '')} non ha risposto dopo ${context.sent} ${plural(context.sent, { one: 'sollecito', other: 'solleciti' })} per la pratica relativa alla ${fileReference(context)}. I solleciti automatici sono terminati. Manca ancora:`,
};

/** Core in Italian. */
export const it: CoreTranslation = {
  locale: 'it',
  intl: INTL,
  errors,
  reasons,
  mediaTypes,
  uploadLinkPlaceholder: '{link}',
  byteUnits: ['B', 'KB', 'MB', 'GB'],
  reminders,
  reminderEmail,
};

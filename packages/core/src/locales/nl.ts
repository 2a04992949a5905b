/**
 * Core in Dutch (Netherlands and Flanders): errors, reasons, kinds of files, byte units and the
 * reminder e-mail. Loaded on first use of `locale: 'nl'`; `import { nl } from '@dossier/core/locales/nl'`
 * to have it at once.
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

const INTL = 'nl-NL';
const plural = pluralRule(INTL);
const number = (value: number): string => value.toLocaleString(INTL);
const quote = (s: string | undefined): string => (s ? `‘${s}’` : '');

/** Error messages. */
export const errors: ErrorMessages = {
  'invalid-input': (d, w) => `Ongeldige invoer${d.field ? ` (${d.field})` : ''}${d.reason ? `: ${w.reason(d.reason)}` : '.'}`,
  'not-found': (d) => `Niet gevonden: ${d.kind ?? 'item'} ${quote(d.id)}.`.replace(' .', '.'),
  'file-empty': (d) => `Het bestand ${quote(d.fileName)} is leeg.`.replace('  ', ' '),
  'file-too-large': (d, w) =>
    `Het bestand ${quote(d.fileName)} is te groot${d.size !== undefined ? ` (${w.bytes(d.size)})` : ''}${
      d.maxBytes !== undefined ? `: maximaal ${w.bytes(d.maxBytes)}.` : '.'
    }`.replace('  ', ' '),
  'file-type-not-accepted': (d, w) =>
    `Het bestand ${quote(d.fileName)} is geen toegestaan bestandstype${d.mediaType ? ` (herkend: ${w.mediaType(d.mediaType)})` : ' (type niet herkend)'}${
      d.accepted && d.accepted.length ? `. Toegestaan: ${w.acceptList(d.accepted)}.` : '.'
    }`.replace('  ', ' '),
  'file-damaged': (d, w) =>
    `Het bestand ${quote(d.fileName)} lijkt onvolledig of beschadigd${d.mediaType ? ` (${w.mediaType(d.mediaType)}` : ''}${
      d.reason ? `${d.mediaType ? ': ' : ' ('}${w.reason(d.reason)})` : d.mediaType ? ')' : ''
    }: er is niets opgeslagen. Vraag een nieuw exemplaar op.`.replace('  ', ' '),
  'duplicate-document': (d) => `Het bestand ${quote(d.fileName)} is al aan dit dossier toegevoegd.`.replace('  ', ' '),
  'invalid-transition': (d) => `Niet toegestaan${d.event ? ` (${d.event})` : ''}${d.from ? ` in de status ${quote(d.from)}` : ''}.`,
  'incomplete-dossier': (d) =>
    `Het dossier is onvolledig${d.missing && d.missing.length ? `: er ${plural(d.missing.length, { one: 'ontbreekt', other: 'ontbreken' })} ${d.missing.join(', ')}` : ''}.`,
  conflict: (d) => `${d.kind ?? 'Het item'} ${quote(d.id)} is intussen gewijzigd; laad opnieuw en probeer het nog eens.`.replace('  ', ' '),
  'unsafe-header': (d, w) =>
    `Berichtkop geweigerd${d.field ? ` (${d.field})` : ''}: ${d.reason ? w.reason(d.reason) : 'regeleinde of ongeldig adres'}.`,
  'quota-exceeded': () => 'Onvoldoende opslagruimte: er is niets opgeslagen.',
  'storage-unavailable': (d, w) =>
    `Opslag niet beschikbaar${d.reason ? ` (${w.reason(d.reason)})` : ''}: er is niets opgeslagen, probeer het opnieuw.`,
};

/** Why an input was refused. */
export const reasons: ReasonMessages = {
  textExpected: 'tekst verwacht',
  mustBeText: 'moet tekst zijn',
  empty: 'mag niet leeg zijn',
  controlCharacters: 'stuurtekens',
  lineBreak: 'regeleinde of stuurteken',
  bidiControl: 'bidirectioneel stuurteken',
  loneSurrogate: 'ongeldige tekst (los Unicode-surrogaat)',
  invalidEmail: 'geen geldig e-mailadres',
  pieceIdList: 'moet een lijst van id’s (teksten) zijn',
  unreadableFile: 'het bestand kon niet worden gelezen',
  everyPieceOnce: 'elk document precies één keer',
  classifyFirst: 'eerst aan een document toewijzen',
  notAccepted: 'het moet eerst worden geaccepteerd',
  linkUsedUp: 'via deze link zijn al zoveel bestanden ontvangen als hij toestaat',
  reminderSteps: 'hele dagen van 1 tot 365, oplopend, 1 tot 10 stappen',
  reminderCount: 'een geheel getal van 1 tot 20',
  escalationDays: 'een geheel aantal dagen van 0 tot 60',
  weekdays: 'minstens één dag, van 1 (maandag) tot 7 (zondag), elk één keer',
  timeOfDay: 'een tijd in de vorm UU:MM',
  sendWindow: 'de eindtijd moet na de begintijd komen',
  timeZone: 'een bekende tijdzone, bijvoorbeeld Europe/Amsterdam',
  atMost: (max) => `maximaal ${max} tekens`,
  tooLong: (max) => `te lang (maximaal ${number(max)} tekens)`,
  fileDamage: {
    truncated: 'het einde ontbreekt, de overdracht is waarschijnlijk onderbroken',
    'no-content': 'niets leesbaars na de header',
    corrupt: 'de interne structuur klopt niet',
  },
  requirement: {
    'not-requirement': () => 'verwacht ‘mandatory’, ‘optional’, { mandatoryWhen: condition } of { optionalWhen: condition }',
    'not-condition': () =>
      'verwacht een voorwaarde: { attr, eq | in | gt | lt | exists }, { all: [...] }, { any: [...] } of { not: condition }',
    'not-plain-object': () => 'verwacht een eenvoudig object',
    'not-data-property': () =>
      'alleen eenvoudige gegevenseigenschappen zijn toegestaan (geen getters, symbolen of verborgen eigenschappen)',
    'forbidden-key': (p) => `de sleutel ‘${p.key}’ is niet toegestaan`,
    'unknown-key': (p) => `onbekende sleutel ‘${p.key}’`,
    'operator-count': () => 'een voorwaarde op ‘attr’ heeft precies één operator nodig uit eq, in, gt, lt, exists',
    'invalid-attr': () => `‘attr’ moet een niet-lege tekst van maximaal ${L.maxAttrLength} tekens zijn`,
    'invalid-eq': () => '‘eq’ moet een tekst, een eindig getal, een booleaanse waarde of null zijn',
    'invalid-in': () => `‘in’ moet een lijst van maximaal ${L.maxInItems} teksten, eindige getallen, booleaanse waarden of null zijn`,
    'invalid-number': (p) => `‘${p.key}’ moet een eindig getal zijn`,
    'invalid-exists': () => '‘exists’ moet true of false zijn',
    'invalid-list': (p) => `‘${p.key}’ moet een niet-lege lijst van maximaal ${L.maxListItems} voorwaarden zijn`,
    'too-deep': () => `de voorwaarden zijn meer dan ${L.maxDepth} niveaus diep genest`,
    'too-many-conditions': () => `de regel heeft meer dan ${L.maxConditions} voorwaarden`,
    unreadable: () => 'de waarde kon niet worden gelezen',
  },
  requirementAt: (path, problem) => `bij ${path}: ${problem}`,
};

/** Kinds of files. */
export const mediaTypes: MediaTypeLabels = {
  types: {
    [T.pdf]: 'PDF-document',
    [T.png]: 'PNG-afbeelding',
    [T.jpeg]: 'JPEG-afbeelding',
    [T.gif]: 'GIF-afbeelding',
    [T.webp]: 'WebP-afbeelding',
    [T.tiff]: 'TIFF-afbeelding',
    [T.heic]: 'HEIC-foto',
    [T.heif]: 'HEIF-afbeelding',
    [T.avif]: 'AVIF-afbeelding',
    [T.docx]: 'Word-document',
    [T.xlsx]: 'Excel-werkmap',
    [T.pptx]: 'PowerPoint-presentatie',
    [T.doc]: 'Word 97-2003-document',
    [T.xls]: 'Excel 97-2003-werkmap',
    [T.ppt]: 'PowerPoint 97-2003-presentatie',
    [T.msg]: 'Outlook-bericht',
    [T.odt]: 'OpenDocument-tekst',
    [T.ods]: 'OpenDocument-spreadsheet',
    [T.odp]: 'OpenDocument-presentatie',
    [T.rtf]: 'RTF-document',
    [T.txt]: 'tekstbestand',
    [T.csv]: 'CSV-tabel',
    [T.zip]: 'ZIP-archief',
    [T.html]: 'webpagina (HTML)',
    [T.compoundFile]: 'Office 97-2003-bestand',
  },
  families: { image: 'afbeeldingen', text: 'tekstbestanden', application: 'documenten' },
  anything: 'alle typen',
};

/** "polis nr. C-123 (Auto)": the file as named in subject and body. */
function fileReference(context: ReminderContext): string {
  const kind = context.isContract ? 'polis' : 'offerte';
  const reference = singleLine(context.reference ?? '');
  const riskLabel = singleLine(context.riskLabel ?? '');
  return `${kind}${reference ? ` nr. ${reference}` : ''}${riskLabel ? ` (${riskLabel})` : ''}`;
}

function pieceLine(piece: ReminderPieceLine): string {
  const label = singleLine(piece.label ?? '') || 'Document zonder titel';
  const instructions = singleLine(piece.instructions ?? '');
  return instructions ? `- ${label}: ${instructions}` : `- ${label}`;
}

/**
 * The reminder e-mail: a broker's polite plain-text message, addressing the client with "u".
 * Names, labels and references are inserted as text on one line each.
 *
 * @example
 * reminders.subject(context) // "Ontbrekende documenten – polis nr. C-123 (Auto)"
 */
export const reminders: ReminderTemplates = {
  subject(context) {
    const count = context.pieces.length;
    const head = count === 0 ? 'Uw dossier' : plural(count, { one: 'Ontbrekend document', other: 'Ontbrekende documenten' });
    return `${head} – ${fileReference(context)}`;
  },
  body(context) {
    const name = singleLine(context.clientName ?? '');
    const greeting = name ? `Beste ${name},` : 'Geachte heer, mevrouw,';
    const count = context.pieces.length;
    const request =
      count === 0
        ? [
            `Uw dossier voor ${fileReference(context)} is volledig: er ontbreken op dit moment geen documenten.`,
            '',
            'Wij danken u voor uw vertrouwen.',
          ]
        : [
            `Om uw dossier voor ${fileReference(context)} aan te vullen, vragen wij u ons ${plural(count, {
              one: 'het volgende document',
              other: 'de volgende documenten',
            })} te bezorgen:`,
            '',
            ...context.pieces.map(pieceLine),
            '',
            ...(context.link
              ? ['U kunt ze ons veilig sturen vanaf uw telefoon of computer, zonder account:', '', singleLine(context.link)]
              : ['U kunt op dit bericht antwoorden met de documenten als bijlage.']),
          ];
    return [greeting, '', ...request, '', 'Met vriendelijke groet,'].join('\n');
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
    `${context.step <= 1 ? 'Herinnering' : `${context.step}e herinnering`}: ${plural(context.pieces.length, { one: 'ontbrekend document', other: 'ontbrekende documenten' })} – ${fileReference(context)}`,
  greeting: (context) => {
    const name = singleLine(context.clientName ?? '');
    return name ? `Beste ${name},` : 'Geachte heer, mevrouw,';
  },
  intro: (context) => {
    const what = plural(context.pieces.length, { one: 'het volgende document', other: 'de volgende documenten' });
    return context.step <= 1
      ? `Voor zover wij weten, missen wij nog ${what} om uw dossier voor ${fileReference(context)} aan te vullen:`
      : `Wij komen er nog eens op terug: wij missen nog steeds ${what} om uw dossier voor ${fileReference(context)} aan te vullen:`;
  },
  piece: pieceText,
  upload: 'Mijn documenten uploaden',
  reply: (context) => `U kunt ${context.uploadUrl ? 'ook ' : ''}op dit bericht antwoorden met de documenten als bijlage.`,
  closing: 'Met vriendelijke groet,',
  unsubscribe: 'Geen herinneringen meer voor dit dossier',
  escalationSubject: (context) =>
    `Geen antwoord na ${context.sent} ${plural(context.sent, { one: 'herinnering', other: 'herinneringen' })} – ${singleLine(context.clientName ?? '')}, ${fileReference(context)}`,
  escalationIntro: (context) =>
    `${singleLine(context.clientName ?? '')} heeft na ${context.sent} ${plural(context.sent, { one: 'herinnering', other: 'herinneringen' })} voor ${fileReference(context)} niet geantwoord. De automatische herinneringen zijn beëindigd. Nog steeds ontbreekt:`,
};

/** Core in Dutch. */
export const nl: CoreTranslation = {
  locale: 'nl',
  intl: INTL,
  errors,
  reasons,
  mediaTypes,
  uploadLinkPlaceholder: '{link}',
  byteUnits: ['B', 'KB', 'MB', 'GB'],
  reminders,
  reminderEmail,
};

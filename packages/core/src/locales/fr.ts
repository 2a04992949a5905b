/**
 * Core in French, the default locale and every fallback: errors, reasons, kinds of files, byte
 * units and the reminder e-mail. `import { fr } from '@dossier/core/locales/fr'`.
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

const INTL = 'fr-FR';
const plural = pluralRule(INTL);
const number = (value: number): string => value.toLocaleString(INTL);
const quote = (s: string | undefined): string => (s ? `« ${s} »` : '');

/** Error messages. */
export const errors: ErrorMessages = {
  'invalid-input': (d, w) => `Saisie invalide${d.field ? ` (${d.field})` : ''}${d.reason ? ` : ${w.reason(d.reason)}` : '.'}`,
  'not-found': (d) => `Introuvable : ${d.kind ?? 'élément'} ${quote(d.id)}.`.replace(' .', '.'),
  'file-empty': (d) => `Le fichier ${quote(d.fileName)} est vide.`.replace('  ', ' '),
  'file-too-large': (d, w) =>
    `Le fichier ${quote(d.fileName)} est trop volumineux${d.size !== undefined ? ` (${w.bytes(d.size)})` : ''}${
      d.maxBytes !== undefined ? ` : ${w.bytes(d.maxBytes)} au maximum.` : '.'
    }`.replace('  ', ' '),
  'file-type-not-accepted': (d, w) =>
    `Le fichier ${quote(d.fileName)} n’est pas d’un type accepté${d.mediaType ? ` (détecté : ${w.mediaType(d.mediaType)})` : ' (type non reconnu)'}${
      d.accepted && d.accepted.length ? `. Types acceptés : ${w.acceptList(d.accepted)}.` : '.'
    }`.replace('  ', ' '),
  'file-damaged': (d, w) =>
    `Le fichier ${quote(d.fileName)} semble incomplet ou endommagé${d.mediaType ? ` (${w.mediaType(d.mediaType)}` : ''}${
      d.reason ? `${d.mediaType ? ' : ' : ' ('}${w.reason(d.reason)})` : d.mediaType ? ')' : ''
    } : rien n’a été enregistré. Demandez-en une nouvelle copie.`.replace('  ', ' '),
  'duplicate-document': (d) => `Le fichier ${quote(d.fileName)} a déjà été ajouté à ce dossier.`.replace('  ', ' '),
  'invalid-transition': (d) => `Action impossible${d.event ? ` (${d.event})` : ''}${d.from ? ` dans l’état « ${d.from} »` : ''}.`,
  'incomplete-dossier': (d) => `Le dossier est incomplet${d.missing && d.missing.length ? ` : il manque ${d.missing.join(', ')}` : ''}.`,
  conflict: (d) => `${d.kind ?? 'L’élément'} ${quote(d.id)} a été modifié entre-temps ; rechargez puis réessayez.`.replace('  ', ' '),
  'unsafe-header': (d, w) =>
    `En-tête de message refusé${d.field ? ` (${d.field})` : ''} : ${d.reason ? w.reason(d.reason) : 'retour à la ligne ou adresse invalide'}.`,
  'quota-exceeded': () => `Espace de stockage insuffisant : rien n’a été enregistré.`,
  'storage-unavailable': (d, w) =>
    `Stockage indisponible${d.reason ? ` (${w.reason(d.reason)})` : ''} : rien n’a été enregistré, réessayez.`,
};

/** Why an input was refused. */
export const reasons: ReasonMessages = {
  textExpected: 'texte attendu',
  mustBeText: 'doit être un texte',
  empty: 'ne doit pas être vide',
  controlCharacters: 'caractères de contrôle',
  lineBreak: 'retour à la ligne ou caractère de contrôle',
  bidiControl: 'caractère de contrôle bidirectionnel',
  loneSurrogate: 'texte mal formé (caractère Unicode isolé)',
  invalidEmail: 'adresse e-mail invalide',
  pieceIdList: 'doit être une liste d’identifiants (textes)',
  unreadableFile: 'le fichier n’a pas pu être lu',
  everyPieceOnce: 'chaque pièce exactement une fois',
  classifyFirst: 'classez-le d’abord',
  notAccepted: 'il doit d’abord être accepté',
  linkUsedUp: 'ce lien a déjà reçu tous les fichiers qu’il permet d’envoyer',
  reminderSteps: 'des jours entiers de 1 à 365, croissants, de 1 à 10 étapes',
  reminderCount: 'un nombre entier de 1 à 20',
  escalationDays: 'un nombre entier de jours de 0 à 60',
  weekdays: 'au moins un jour, de 1 (lundi) à 7 (dimanche), sans doublon',
  timeOfDay: 'une heure au format HH:MM',
  sendWindow: 'l’heure de fin doit suivre l’heure de début',
  timeZone: 'un fuseau horaire connu, par exemple Europe/Paris',
  atMost: (max) => `${max} caractères au plus`,
  tooLong: (max) => `trop long (${number(max)} caractères au maximum)`,
  fileDamage: {
    truncated: 'sa fin manque, le transfert a sans doute été interrompu',
    'no-content': 'rien de lisible après son en-tête',
    corrupt: 'sa structure interne est incohérente',
  },
  requirement: {
    'not-requirement': () => 'attendu « mandatory », « optional », { mandatoryWhen: condition } ou { optionalWhen: condition }',
    'not-condition': () =>
      'attendu une condition : { attr, eq | in | gt | lt | exists }, { all: [...] }, { any: [...] } ou { not: condition }',
    'not-plain-object': () => 'attendu un objet simple',
    'not-data-property': () => 'seules des propriétés de données simples sont permises (ni accesseurs, ni symboles, ni propriétés cachées)',
    'forbidden-key': (p) => `la clé « ${p.key} » est interdite`,
    'unknown-key': (p) => `clé inconnue « ${p.key} »`,
    'operator-count': () => 'une condition sur « attr » demande exactement un opérateur parmi eq, in, gt, lt, exists',
    'invalid-attr': () => `« attr » doit être un texte non vide de ${L.maxAttrLength} caractères au plus`,
    'invalid-eq': () => '« eq » doit être un texte, un nombre fini, un booléen ou null',
    'invalid-in': () => `« in » doit être une liste d’au plus ${L.maxInItems} textes, nombres finis, booléens ou null`,
    'invalid-number': (p) => `« ${p.key} » doit être un nombre fini`,
    'invalid-exists': () => '« exists » doit valoir true ou false',
    'invalid-list': (p) => `« ${p.key} » doit être une liste non vide d’au plus ${L.maxListItems} conditions`,
    'too-deep': () => `les conditions sont imbriquées sur plus de ${L.maxDepth} niveaux`,
    'too-many-conditions': () => `la règle compte plus de ${L.maxConditions} conditions`,
    unreadable: () => 'la valeur est illisible',
  },
  requirementAt: (path, problem) => `en ${path} : ${problem}`,
};

/** Kinds of files. */
export const mediaTypes: MediaTypeLabels = {
  types: {
    [T.pdf]: 'document PDF',
    [T.png]: 'image PNG',
    [T.jpeg]: 'image JPEG',
    [T.gif]: 'image GIF',
    [T.webp]: 'image WebP',
    [T.tiff]: 'image TIFF',
    [T.heic]: 'photo HEIC',
    [T.heif]: 'image HEIF',
    [T.avif]: 'image AVIF',
    [T.docx]: 'document Word',
    [T.xlsx]: 'classeur Excel',
    [T.pptx]: 'présentation PowerPoint',
    [T.doc]: 'document Word 97-2003',
    [T.xls]: 'classeur Excel 97-2003',
    [T.ppt]: 'présentation PowerPoint 97-2003',
    [T.msg]: 'message Outlook',
    [T.odt]: 'texte OpenDocument',
    [T.ods]: 'classeur OpenDocument',
    [T.odp]: 'présentation OpenDocument',
    [T.rtf]: 'document RTF',
    [T.txt]: 'fichier texte',
    [T.csv]: 'tableau CSV',
    [T.zip]: 'archive ZIP',
    [T.html]: 'page web (HTML)',
    [T.compoundFile]: 'fichier Office 97-2003',
  },
  families: { image: 'images', text: 'fichiers texte', application: 'documents' },
  anything: 'tous les types',
};

/** "contrat n° C-123 (Automobile)": the file as named in subject and body. */
function fileReference(context: ReminderContext): string {
  const kind = context.isContract ? 'contrat' : 'proposition';
  const reference = singleLine(context.reference ?? '');
  const riskLabel = singleLine(context.riskLabel ?? '');
  return `${kind}${reference ? ` n° ${reference}` : ''}${riskLabel ? ` (${riskLabel})` : ''}`;
}

function pieceLine(piece: ReminderPieceLine): string {
  const label = singleLine(piece.label ?? '') || 'Pièce sans intitulé';
  const instructions = singleLine(piece.instructions ?? '');
  return instructions ? `- ${label} : ${instructions}` : `- ${label}`;
}

/**
 * The reminder e-mail: a broker's polite plain-text message. Names, labels and references are
 * inserted as text on one line each.
 *
 * @example
 * reminders.subject(context) // "Pièces manquantes – contrat n° C-123 (Automobile)"
 */
export const reminders: ReminderTemplates = {
  subject(context) {
    const count = context.pieces.length;
    const head = count === 0 ? 'Votre dossier' : plural(count, { one: 'Pièce manquante', other: 'Pièces manquantes' });
    return `${head} – ${fileReference(context)}`;
  },
  body(context) {
    const name = singleLine(context.clientName ?? '');
    const greeting = name ? `Bonjour ${name},` : 'Bonjour Madame, Monsieur,';
    const count = context.pieces.length;
    const request =
      count === 0
        ? [
            `Votre dossier ${fileReference(context)} est complet : aucune pièce ne manque à ce jour.`,
            '',
            'Nous vous remercions de votre confiance.',
          ]
        : [
            `Afin de compléter votre dossier ${fileReference(context)}, merci de nous transmettre ${plural(count, {
              one: 'la pièce suivante',
              other: 'les pièces suivantes',
            })} :`,
            '',
            ...context.pieces.map(pieceLine),
            '',
            ...(context.link
              ? [
                  'Vous pouvez nous les transmettre en toute sécurité depuis votre téléphone ou votre ordinateur, sans créer de compte :',
                  '',
                  singleLine(context.link),
                ]
              : ['Vous pouvez répondre à ce message en joignant les documents.']),
          ];
    return [greeting, '', ...request, '', 'Cordialement,'].join('\n');
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
 * reminderEmail.subject({ ...context, step: 2 }) // "Relance n° 2 : pièces manquantes – contrat n° C-123 (Automobile)"
 */
export const reminderEmail: ReminderEmailTemplates = {
  subject: (context) =>
    `${context.step <= 1 ? 'Rappel' : `Relance n° ${context.step}`} : ${plural(context.pieces.length, { one: 'pièce manquante', other: 'pièces manquantes' })} – ${fileReference(context)}`,
  greeting: (context) => {
    const name = singleLine(context.clientName ?? '');
    return name ? `Bonjour ${name},` : 'Bonjour Madame, Monsieur,';
  },
  intro: (context) => {
    const what = plural(context.pieces.length, { one: 'la pièce suivante', other: 'les pièces suivantes' });
    return context.step <= 1
      ? `Sauf erreur de notre part, il nous manque encore ${what} pour compléter votre dossier ${fileReference(context)} :`
      : `Nous revenons vers vous : il nous manque toujours ${what} pour compléter votre dossier ${fileReference(context)} :`;
  },
  piece: pieceText,
  upload: 'Déposer mes documents en ligne',
  reply: (context) => `Vous pouvez ${context.uploadUrl ? 'aussi ' : ''}répondre à ce message en joignant les documents.`,
  closing: 'Cordialement,',
  unsubscribe: 'Ne plus recevoir de relances pour ce dossier',
  escalationSubject: (context) =>
    `Sans réponse après ${context.sent} ${plural(context.sent, { one: 'relance', other: 'relances' })} – ${singleLine(context.clientName ?? '')}, ${fileReference(context)}`,
  escalationIntro: (context) =>
    `Le client ${singleLine(context.clientName ?? '')} n’a pas répondu après ${context.sent} ${plural(context.sent, { one: 'relance', other: 'relances' })} pour le dossier ${fileReference(context)}. Les relances automatiques sont terminées. Il manque toujours :`,
};

/** Core in French. */
export const fr: CoreTranslation = {
  locale: 'fr',
  intl: INTL,
  errors,
  reasons,
  mediaTypes,
  uploadLinkPlaceholder: '{lien}',
  byteUnits: ['o', 'Ko', 'Mo', 'Go'],
  reminders,
  reminderEmail,
};

/**
 * Core in Spanish: errors, reasons, kinds of files, byte units and the reminder e-mail.
 * Loaded on first use of `locale: 'es'`; `import { es } from '@dossier/core/locales/es'` to have it at once.
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

const INTL = 'es-ES';
const plural = pluralRule(INTL);
const number = (value: number): string => value.toLocaleString(INTL);
const quote = (s: string | undefined): string => (s ? `«${s}»` : '');

/** Error messages. */
export const errors: ErrorMessages = {
  'invalid-input': (d, w) => `Dato no válido${d.field ? ` (${d.field})` : ''}${d.reason ? `: ${w.reason(d.reason)}` : '.'}`,
  'not-found': (d) => `No encontrado: ${d.kind ?? 'elemento'} ${quote(d.id)}.`.replace(' .', '.'),
  'file-empty': (d) => `El archivo ${quote(d.fileName)} está vacío.`.replace('  ', ' '),
  'file-too-large': (d, w) =>
    `El archivo ${quote(d.fileName)} es demasiado grande${d.size !== undefined ? ` (${w.bytes(d.size)})` : ''}${
      d.maxBytes !== undefined ? `: ${w.bytes(d.maxBytes)} como máximo.` : '.'
    }`.replace('  ', ' '),
  'file-type-not-accepted': (d, w) =>
    `El archivo ${quote(d.fileName)} no es de un tipo admitido${d.mediaType ? ` (detectado: ${w.mediaType(d.mediaType)})` : ' (tipo no reconocido)'}${
      d.accepted && d.accepted.length ? `. Tipos admitidos: ${w.acceptList(d.accepted)}.` : '.'
    }`.replace('  ', ' '),
  'file-damaged': (d, w) =>
    `El archivo ${quote(d.fileName)} parece incompleto o dañado${d.mediaType ? ` (${w.mediaType(d.mediaType)}` : ''}${
      d.reason ? `${d.mediaType ? ': ' : ' ('}${w.reason(d.reason)})` : d.mediaType ? ')' : ''
    }: no se ha guardado nada. Solicite una nueva copia.`.replace('  ', ' '),
  'duplicate-document': (d) => `El archivo ${quote(d.fileName)} ya se había añadido a este expediente.`.replace('  ', ' '),
  'invalid-transition': (d) => `Acción no permitida${d.event ? ` (${d.event})` : ''}${d.from ? ` en el estado ${quote(d.from)}` : ''}.`,
  'incomplete-dossier': (d) =>
    `El expediente está incompleto${d.missing && d.missing.length ? `: ${plural(d.missing.length, { one: 'falta', other: 'faltan' })} ${d.missing.join(', ')}` : ''}.`,
  conflict: (d) =>
    `${d.kind ?? 'El elemento'} ${quote(d.id)} se ha modificado entretanto; vuelva a cargar e inténtelo de nuevo.`.replace('  ', ' '),
  'unsafe-header': (d, w) =>
    `Encabezado del mensaje rechazado${d.field ? ` (${d.field})` : ''}: ${d.reason ? w.reason(d.reason) : 'salto de línea o dirección no válida'}.`,
  'quota-exceeded': () => 'Espacio de almacenamiento insuficiente: no se ha guardado nada.',
  'storage-unavailable': (d, w) =>
    `Almacenamiento no disponible${d.reason ? ` (${w.reason(d.reason)})` : ''}: no se ha guardado nada, inténtelo de nuevo.`,
};

/** Why an input was refused. */
export const reasons: ReasonMessages = {
  textExpected: 'se esperaba un texto',
  mustBeText: 'debe ser un texto',
  empty: 'no puede estar vacío',
  controlCharacters: 'caracteres de control',
  lineBreak: 'salto de línea o carácter de control',
  bidiControl: 'carácter de control bidireccional',
  loneSurrogate: 'texto mal formado (carácter Unicode aislado)',
  invalidEmail: 'dirección de correo electrónico no válida',
  pieceIdList: 'debe ser una lista de identificadores (textos)',
  unreadableFile: 'no se ha podido leer el archivo',
  everyPieceOnce: 'cada documento exactamente una vez',
  classifyFirst: 'clasifíquelo primero',
  notAccepted: 'primero debe aceptarse',
  linkUsedUp: 'este enlace ya ha recibido todos los archivos que permite enviar',
  reminderSteps: 'días enteros de 1 a 365, crecientes, de 1 a 10 etapas',
  reminderCount: 'un número entero de 1 a 20',
  escalationDays: 'un número entero de días de 0 a 60',
  weekdays: 'al menos un día, de 1 (lunes) a 7 (domingo), sin repetir',
  timeOfDay: 'una hora con el formato HH:MM',
  sendWindow: 'la hora de fin debe ser posterior a la de inicio',
  timeZone: 'una zona horaria conocida, por ejemplo Europe/Madrid',
  atMost: (max) => `${max} caracteres como máximo`,
  tooLong: (max) => `demasiado largo (${number(max)} caracteres como máximo)`,
  fileDamage: {
    truncated: 'le falta el final, probablemente se interrumpió la transferencia',
    'no-content': 'no hay nada legible después de su encabezado',
    corrupt: 'su estructura interna es incoherente',
  },
  requirement: {
    'not-requirement': () => 'se esperaba «mandatory», «optional», { mandatoryWhen: condition } o { optionalWhen: condition }',
    'not-condition': () =>
      'se esperaba una condición: { attr, eq | in | gt | lt | exists }, { all: [...] }, { any: [...] } o { not: condition }',
    'not-plain-object': () => 'se esperaba un objeto simple',
    'not-data-property': () => 'solo se admiten propiedades de datos simples (sin descriptores de acceso, símbolos ni propiedades ocultas)',
    'forbidden-key': (p) => `la clave «${p.key}» no está permitida`,
    'unknown-key': (p) => `clave desconocida «${p.key}»`,
    'operator-count': () => 'una condición sobre «attr» necesita exactamente un operador entre eq, in, gt, lt y exists',
    'invalid-attr': () => `«attr» debe ser un texto no vacío de ${L.maxAttrLength} caracteres como máximo`,
    'invalid-eq': () => '«eq» debe ser un texto, un número finito, un booleano o null',
    'invalid-in': () => `«in» debe ser una lista de ${L.maxInItems} elementos como máximo: textos, números finitos, booleanos o null`,
    'invalid-number': (p) => `«${p.key}» debe ser un número finito`,
    'invalid-exists': () => '«exists» debe ser true o false',
    'invalid-list': (p) => `«${p.key}» debe ser una lista no vacía de ${L.maxListItems} condiciones como máximo`,
    'too-deep': () => `las condiciones están anidadas en más de ${L.maxDepth} niveles`,
    'too-many-conditions': () => `la regla tiene más de ${L.maxConditions} condiciones`,
    unreadable: () => 'no se ha podido leer el valor',
  },
  requirementAt: (path, problem) => `en ${path}: ${problem}`,
};

/** Kinds of files. */
export const mediaTypes: MediaTypeLabels = {
  types: {
    [T.pdf]: 'documento PDF',
    [T.png]: 'imagen PNG',
    [T.jpeg]: 'imagen JPEG',
    [T.gif]: 'imagen GIF',
    [T.webp]: 'imagen WebP',
    [T.tiff]: 'imagen TIFF',
    [T.heic]: 'foto HEIC',
    [T.heif]: 'imagen HEIF',
    [T.avif]: 'imagen AVIF',
    [T.docx]: 'documento de Word',
    [T.xlsx]: 'libro de Excel',
    [T.pptx]: 'presentación de PowerPoint',
    [T.doc]: 'documento de Word 97-2003',
    [T.xls]: 'libro de Excel 97-2003',
    [T.ppt]: 'presentación de PowerPoint 97-2003',
    [T.msg]: 'mensaje de Outlook',
    [T.odt]: 'texto OpenDocument',
    [T.ods]: 'hoja de cálculo OpenDocument',
    [T.odp]: 'presentación OpenDocument',
    [T.rtf]: 'documento RTF',
    [T.txt]: 'archivo de texto',
    [T.csv]: 'tabla CSV',
    [T.zip]: 'archivo ZIP',
    [T.html]: 'página web (HTML)',
    [T.compoundFile]: 'archivo de Office 97-2003',
  },
  families: { image: 'imágenes', text: 'archivos de texto', application: 'documentos' },
  anything: 'todos los tipos',
};

/** "de la póliza n.º C-123 (Automóvil)": the file as named in the body (both nouns are feminine). */
function ofFile(context: ReminderContext): string {
  const kind = context.isContract ? 'póliza' : 'propuesta';
  const reference = singleLine(context.reference ?? '');
  const riskLabel = singleLine(context.riskLabel ?? '');
  return `de la ${kind}${reference ? ` n.º ${reference}` : ''}${riskLabel ? ` (${riskLabel})` : ''}`;
}

function pieceLine(piece: ReminderPieceLine): string {
  const label = singleLine(piece.label ?? '') || 'Documento sin título';
  const instructions = singleLine(piece.instructions ?? '');
  return instructions ? `- ${label}: ${instructions}` : `- ${label}`;
}

/**
 * The reminder e-mail: a broker's polite plain-text message. Names, labels and references are
 * inserted as text on one line each.
 *
 * @example
 * reminders.subject(context) // "Documentación pendiente – póliza n.º C-123 (Automóvil)"
 */
export const reminders: ReminderTemplates = {
  subject(context) {
    const count = context.pieces.length;
    const head = count === 0 ? 'Su expediente' : plural(count, { one: 'Documento pendiente', other: 'Documentación pendiente' });
    const reference = ofFile(context).slice('de la '.length);
    return `${head} – ${reference}`;
  },
  body(context) {
    const name = singleLine(context.clientName ?? '');
    const greeting = name ? `Estimado/a ${name}:` : 'Estimado/a cliente:';
    const count = context.pieces.length;
    const request =
      count === 0
        ? [`Su expediente ${ofFile(context)} está completo: a día de hoy no falta ningún documento.`, '', 'Le agradecemos su confianza.']
        : [
            `Para completar su expediente ${ofFile(context)}, le rogamos que nos envíe ${plural(count, {
              one: 'el siguiente documento',
              other: 'los siguientes documentos',
            })}:`,
            '',
            ...context.pieces.map(pieceLine),
            '',
            ...(context.link
              ? ['Puede enviárnoslos de forma segura desde su teléfono o su ordenador, sin crear una cuenta:', '', singleLine(context.link)]
              : ['Puede responder a este mensaje adjuntando los documentos.']),
          ];
    return [greeting, '', ...request, '', 'Atentamente,'].join('\n');
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
    `${context.step <= 1 ? 'Recordatorio' : `Recordatorio n.º ${context.step}`}: ${plural(context.pieces.length, { one: 'documento pendiente', other: 'documentos pendientes' })} ${ofFile(context)}`,
  greeting: (context) => {
    const name = singleLine(context.clientName ?? '');
    return name ? `Estimado/a ${name}:` : 'Estimado/a cliente:';
  },
  intro: (context) => {
    const what = plural(context.pieces.length, { one: 'el siguiente documento', other: 'los siguientes documentos' });
    return context.step <= 1
      ? `Salvo error por nuestra parte, aún nos falta ${what} para completar el expediente ${ofFile(context)}:`
      : `Volvemos a escribirle: seguimos necesitando ${what} para completar el expediente ${ofFile(context)}:`;
  },
  piece: pieceText,
  upload: 'Subir mis documentos',
  reply: (context) => `${context.uploadUrl ? 'También puede' : 'Puede'} responder a este mensaje adjuntando los documentos.`,
  closing: 'Atentamente,',
  unsubscribe: 'No recibir más recordatorios sobre este expediente',
  escalationSubject: (context) =>
    `Sin respuesta tras ${context.sent} ${plural(context.sent, { one: 'recordatorio', other: 'recordatorios' })} – ${singleLine(context.clientName ?? '')}, ${ofFile(context)}`,
  escalationIntro: (context) =>
    `El cliente ${singleLine(context.clientName ?? '')} no ha respondido tras ${context.sent} ${plural(context.sent, { one: 'recordatorio', other: 'recordatorios' })} sobre el expediente ${ofFile(context)}. Los recordatorios automáticos han terminado. Sigue faltando:`,
};

/** Core in Spanish. */
export const es: CoreTranslation = {
  locale: 'es',
  intl: INTL,
  errors,
  reasons,
  mediaTypes,
  uploadLinkPlaceholder: '{enlace}',
  byteUnits: ['B', 'KB', 'MB', 'GB'],
  reminders,
  reminderEmail,
};

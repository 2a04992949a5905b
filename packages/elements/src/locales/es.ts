/**
 * Dossier in Spanish: core's texts (`@dossier/core/locales/es`) and every element's, one constant
 * per element. Loaded on first use of `locale="es"`; import it and `registerLocale(es)` to have it
 * at once. Broker words: expediente (the file), documento requerido (an expected document),
 * propuesta / póliza, exención (a waived document), recordatorio (the reminder e-mail).
 * @packageDocumentation
 */
import { pluralRule } from '@dossier/core';
import { es as core } from '@dossier/core/locales/es';
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

/** A count of files in the audit: "123 pólizas", the number already formatted. */
function total(count: number, formatted: string, phase: AuditPhaseFilter): string {
  const noun =
    phase === 'contract'
      ? plural(count, { one: 'póliza', other: 'pólizas' })
      : phase === 'proposal'
        ? plural(count, { one: 'propuesta', other: 'propuestas' })
        : plural(count, { one: 'expediente', other: 'expedientes' });
  return `${formatted} ${noun}`;
}

/** Texts several elements share. */
export const common: CommonMessages = {
  loading: 'Cargando…',
  retry: 'Reintentar',
  noClient: 'No hay cliente de Dossier: coloque el elemento dentro de un <dossier-provider> o asígnele la propiedad client.',
  status: {
    missing: 'Pendiente',
    expired: 'Caducado',
    'pending-review': 'Recibido — por verificar',
    obtained: 'Recibido',
    archived: 'Archivado',
    waived: 'Exento',
  },
  required: 'Obligatorio',
  notRequired: 'Opcional',
  requiredReason: {
    mandatory: 'Obligatorio para todos los clientes',
    optional: 'Opcional para todos los clientes',
    'rule-matched': 'Según el perfil del cliente',
    'rule-not-matched': 'Según el perfil del cliente',
  },
  close: 'Cerrar',
  cancel: 'Cancelar',
  confirm: 'Confirmar',
  remove: 'Eliminar',
  unclassified: 'Sin clasificar',
  partUnavailable: 'No se ha podido cargar esta parte de Dossier. Compruebe la conexión y vuelva a intentarlo.',
};

/** `<dossier-badge>`. */
export const badge: BadgeMessages = {
  toCollect: (n) => `${n} ${plural(n, { one: 'documento pendiente', other: 'documentos pendientes' })}`,
  complete: 'Expediente completo',
  title: 'Seguimiento de documentos',
  buttonLabel: (status) => `Seguimiento de documentos: ${asSentence(status)} Ver los documentos recibidos y los que faltan`,
  toReview: (n) => `${n} por verificar`,
};

/** `<dossier-checklist>`. */
export const checklist: ChecklistMessages = {
  title: 'Documentos requeridos',
  group: {
    remaining: 'Por obtener',
    obtained: 'Recibidos',
    archived: 'Archivados',
    waived: 'Exentos',
    'not-required': 'No requeridos',
  },
  count: {
    remaining: (n) => `${n} por obtener`,
    obtained: (n) => `${n} ${plural(n, { one: 'recibido', other: 'recibidos' })}`,
    archived: (n) => `${n} ${plural(n, { one: 'archivado', other: 'archivados' })}`,
    waived: (n) => `${n} ${plural(n, { one: 'exento', other: 'exentos' })}`,
    'not-required': (n) => `${n} no ${plural(n, { one: 'requerido', other: 'requeridos' })}`,
  },
  unclassified: (n) => `${n} ${plural(n, { one: 'documento sin clasificar', other: 'documentos sin clasificar' })}`,
  noPieces: 'Este tipo de contrato no requiere ningún documento.',
  noDocuments: 'Ningún documento',
  addDocument: 'Añadir documento',
  addDocumentFor: (label) => `Añadir documento: ${label}`,
  toArchive: 'por archivar',
  archivedDocument: 'archivado',
  waivedBecause: (reason) => `Motivo: ${reason}`,
  expiresOn: (date) => `válido hasta el ${date}`,
  complete: 'Están todos los documentos obligatorios.',
  documentsOf: (label) => `Documentos de «${label}»`,
  review: {
    pending: 'Recibido — por verificar',
    rejected: 'Rechazado',
    accept: 'Aceptar',
    reject: 'Rechazar',
    reason: 'Motivo del rechazo',
    choose: 'Elegir un motivo…',
    reasons: { illegible: 'Ilegible', expired: 'Caducado', 'wrong-document': 'Documento equivocado', incomplete: 'Incompleto' },
    confirm: 'Confirmar el rechazo',
    reasonRequired: 'Elija un motivo de rechazo.',
  },
};

/** `<dossier-drop-zone>`. */
export const dropZone: DropZoneMessages = {
  prompt: 'Arrastre un documento aquí o haga clic para seleccionarlo',
  add: 'Añadir documento',
  release: 'Suelte para añadir los archivos',
  pasteHint: 'También puede pegar un archivo (Ctrl+V).',
  forPiece: (label, rules) => `Para «${label}»: ${rules}.`,
  accepted: (kinds) => `tipos admitidos: ${kinds}`,
  anyKind: 'todos los tipos reconocidos',
  maxSize: (size) => `${size} como máximo`,
  kindNames: {
    'application/pdf': 'PDF',
    'image/*': 'imágenes',
    'image/jpeg': 'JPEG',
    'image/png': 'PNG',
    'image/heic': 'HEIC',
    'image/tiff': 'TIFF',
  },
  pieceUnavailable: 'No se han podido leer las reglas del documento:',
  step: {
    pending: 'En espera',
    validating: 'Comprobando…',
    storing: 'Guardando…',
    stored: 'Guardado',
    rejected: 'Rechazado',
    skipped: 'Omitido',
  },
  skippedByHost: 'omitido por la aplicación: no se ha guardado nada.',
  oneFileOnly: 'un solo archivo a la vez, este no se ha añadido',
  filesTitle: 'Archivos depositados',
  dismiss: (name) => `Quitar «${name}» de la lista`,
  clearFinished: 'Borrar los resultados',
  noFilesDropped: 'Lo que ha soltado no contenía ningún archivo: no se ha añadido nada.',
  noFilesPasted: 'Lo que ha pegado no contenía ningún archivo: no se ha añadido nada.',
  adding: (n) => plural(n, { one: 'Añadiendo un archivo…', other: `Añadiendo ${n} archivos…` }),
  storedOne: (name) => `«${name}» guardado.`,
  skippedOne: (name) => `«${name}» omitido.`,
  summary: (stored, rejected, skipped) =>
    [
      `${stored} ${plural(stored, { one: 'guardado', other: 'guardados' })}`,
      `${rejected} ${plural(rejected, { one: 'rechazado', other: 'rechazados' })}`,
      ...(skipped ? [`${skipped} ${plural(skipped, { one: 'omitido', other: 'omitidos' })}`] : []),
    ].join(', ') + '.',
  disabled: 'La incorporación de documentos está desactivada.',
};

/** `<dossier-indexer>`. */
export const indexer: IndexerMessages = {
  title: 'Clasificación de documentos',
  unclassifiedHeading: 'Documentos por clasificar',
  classifiedHeading: 'Documentos clasificados',
  empty: 'No hay documentos por clasificar',
  noPieces: 'Este tipo de contrato no requiere ningún documento: los documentos no se pueden clasificar.',
  classifyAs: 'Clasificar como…',
  choosePiece: '— Elija un documento requerido —',
  classify: 'Clasificar',
  reclassify: 'Reclasificar',
  unclassify: 'Devolver a sin clasificar',
  suggested: 'Sugerencia según el nombre del archivo',
  pieceRequired: 'Elija primero el documento requerido.',
  addedOn: (date) => `Añadido el ${date}`,
  passwordProtected: 'Protegido con contraseña',
  previewUnavailable: 'Sin vista previa: este PDF no se puede leer',
  confirmRemove: (name) => `¿Eliminar «${name}» definitivamente?`,
  classifiedAs: (name, piece) => `«${name}» clasificado como ${piece}.`,
  unclassifiedDone: (name) => `«${name}» vuelve a estar sin clasificar.`,
  removed: (name) => `«${name}» eliminado.`,
  removeKept: (name) => `«${name}» conservado.`,
  readOnly: 'Este expediente está cerrado: sus documentos ya no se pueden clasificar ni eliminar.',
};

/** `<dossier-tracker>`. */
export const tracker: TrackerMessages = {
  title: 'Seguimiento de documentos',
  titlePrefix: 'Seguimiento de documentos: ',
  pieceSuffix: (label) => `: ${label}`,
  riskType: 'Tipo de contrato',
  phase: 'Fase',
  phases: { proposal: 'Propuesta', contract: 'Póliza', archived: 'Archivado', lost: 'Perdido' },
  stage: 'Etapa',
  contract: 'N.º de póliza',
  toCollect: (n) => `${n} ${plural(n, { one: 'documento pendiente', other: 'documentos pendientes' })}`,
  complete: 'Expediente completo: no falta ningún documento',
  piecesHeading: 'Documentos requeridos',
  empty: 'Este tipo de contrato no requiere ningún documento',
  requirement: {
    required: 'Obligatorio',
    optional: 'Opcional',
    requiredByProfile: 'Obligatorio según el perfil del cliente',
    optionalByProfile: 'Opcional según el perfil del cliente',
  },
  documentState: { obtained: 'Recibido', archived: 'Archivado' },
  passwordProtected: 'Protegido con contraseña',
  noDocument: 'Ningún documento',
  documentCount: (n) => (n === 0 ? 'Ningún documento' : `${n} ${plural(n, { one: 'documento', other: 'documentos' })}`),
  addDocument: 'Añadir documento',
  actions: 'Acciones',
  dropOn: (label) => `Suelte para añadir a «${label}»`,
  validUntil: (date) => `Válido hasta el ${date}`,
  waivedBecause: (reason) => `Motivo de la exención: ${reason}`,
  archive: 'Archivar',
  waive: 'Eximir',
  waiveReason: 'Motivo de la exención',
  waiveSubmit: 'Eximir del documento',
  reasonRequired: 'Indique el motivo de la exención.',
  unwaive: 'Anular la exención',
  classifyDocuments: (n) => `Clasificar los documentos (${n})`,
  addHeading: 'Añadir documentos',
  generalZone: 'Deposite aquí los documentos del expediente; los clasificará después',
  readOnly: {
    archived: 'Expediente archivado: solo lectura, sus documentos ya no se pueden modificar.',
    lost: 'Venta perdida: solo lectura, sus documentos ya no se pueden modificar.',
  },
  waived: (label) => `${label}: documento eximido.`,
  unwaived: (label) => `${label}: exención anulada.`,
  archived: (name) => `«${name}» archivado.`,
  toReview: (count) => `${count} por verificar`,
  reviewState: { pending: 'Recibido — por verificar', accepted: 'Aceptado', rejected: 'Rechazado' },
  accept: 'Aceptar',
  reject: 'Rechazar',
  rejectReason: 'Motivo del rechazo',
  rejectChoose: 'Elegir un motivo…',
  rejectionReasons: {
    illegible: 'Ilegible',
    expired: 'Caducado',
    'wrong-document': 'Documento equivocado',
    incomplete: 'Incompleto',
    other: 'Otro (precisar)',
  },
  rejectNote: 'Nota para el cliente',
  rejectSubmit: 'Confirmar el rechazo',
  rejectReasonRequired: 'Elija un motivo de rechazo.',
  rejectNoteRequired: 'Precise el motivo para el cliente.',
  rejectedBecause: (reason) => `Motivo: ${reason}`,
  acceptedOne: (name) => `«${name}» aceptado.`,
  rejectedOne: (name) => `«${name}» rechazado.`,
  linksHeading: 'Enlaces del cliente',
  noLinks: 'Ningún enlace enviado al cliente.',
  linkRow: (created, expires, files) =>
    `Creado el ${created}, válido hasta el ${expires} — ${files} ${files === 1 ? 'archivo recibido' : 'archivos recibidos'}`,
  linkState: { active: 'Activo', used: 'Agotado', expired: 'Caducado', revoked: 'Revocado' },
  createLink: 'Crear un enlace para el cliente',
  linkCreated: 'Enlace creado: cópielo y envíelo al cliente.',
  linkShownOnce: 'Este enlace no se volverá a mostrar.',
  revokeLink: 'Revocar',
  linkRevoked: 'Enlace revocado.',
  linkPieces: 'Documentos pedidos',
  linkNoPieces: 'Ningún documento por reunir.',
  linkDays: (max: number) => `Válido (días, ${max} como máximo)`,
  linkMaxFiles: 'Número máximo de archivos (opcional)',
  linkNoLimit: 'Sin límite',
  linkSubmit: 'Crear el enlace',
  linkPiecesRequired: 'Marque al menos un documento que pedir.',
  linkDaysInvalid: (max: number) => `Indique un número entero de días, de 1 a ${max}.`,
  linkMaxFilesInvalid: (max: number) => `Indique un número entero de archivos, de 1 a ${max}, o déjelo vacío para no limitar.`,
  automatic: {
    next: (date) => `Próximo recordatorio el ${date}`,
    paused: 'Recordatorios automáticos en pausa',
    pause: 'Pausar los recordatorios',
    resume: 'Reanudar los recordatorios',
  },
};

/** `<dossier-pieces-editor>` and its parts. */
export const piecesEditor: PiecesEditorMessages = {
  catalogue: 'Tipos de contrato',
  catalogueEmpty: 'No hay ningún tipo de contrato en el catálogo',
  heading: (label) => `Documentos requeridos — ${label}`,
  piecesEmpty: 'Este tipo de contrato no requiere ningún documento',
  piecesList: (label) => `Documentos requeridos para ${label}`,
  addPiece: 'Añadir un documento',
  newPiece: 'Nuevo documento',
  add: 'Añadir',
  about: (action, label) => `${action} «${label}»`,
  rename: 'Renombrar',
  renameField: (label) => `Nuevo nombre de «${label}»`,
  save: 'Guardar',
  moveUp: 'Subir',
  moveDown: 'Bajar',
  moveHint: 'Alt + flecha arriba o abajo para mover el documento, o arrástrelo y suéltelo.',
  confirmRemove: (label) => `¿Eliminar «${label}»? Los documentos ya clasificados permanecerán en sus expedientes, sin clasificar.`,
  options: 'Opciones',
  optionsOf: (label) => `Opciones de «${label}»`,
  requirement: 'Exigencia',
  mandatory: 'Obligatorio',
  optional: 'Opcional',
  profile: 'Según el perfil del cliente',
  effectLabel: 'El documento es',
  effect: { mandatoryWhen: 'Obligatorio si', optionalWhen: 'Opcional si' },
  attribute: 'Atributo del cliente',
  attributeSuggestions: {
    type: 'particulier o professionnel',
    age: 'edad en años',
    jeuneConducteur: 'true o false',
    formeJuridique: 'SARL, SAS, EI…',
  },
  operatorLabel: 'Condición',
  operator: {
    eq: 'es igual a',
    in: 'es uno de (separados por comas)',
    gt: 'es mayor que',
    lt: 'es menor que',
    exists: 'está informado',
  },
  operatorWords: { eq: 'es igual a', in: 'es uno de', gt: 'es mayor que', lt: 'es menor que', exists: 'está informado' },
  value: 'Valor',
  valueHint: 'Se reconocen los números, true y false; ponga un texto entre comillas dobles para conservarlo tal cual.',
  advancedRule: 'Regla avanzada',
  advancedHint: 'Esta regla no se puede modificar con los controles simples; se conserva tal cual.',
  replaceAdvanced: 'Sustituir por una regla simple',
  accept: 'Tipos de archivo admitidos',
  acceptKind: { pdf: 'PDF', images: 'Imágenes', office: 'Word/Office', openDocument: 'OpenDocument' },
  acceptHint: 'Ninguna casilla marcada: todos los tipos reconocidos.',
  acceptOthers: (entries) => `Otros tipos conservados: ${entries}`,
  maxSize: 'Tamaño máximo (MB)',
  maxSizeHint: 'Vacío: el límite predeterminado.',
  validity: 'Validez (días)',
  validityHint: 'Opcional; por ejemplo, «de menos de 3 meses» = 90.',
  saveOptions: 'Guardar',
  allKinds: 'todos los tipos',
  sizeLimit: (size) => `máx. ${size}`,
  validFor: (days) => `válido ${days} ${plural(days, { one: 'día', other: 'días' })}`,
  advancedSummary: 'Según el perfil del cliente (regla avanzada)',
  added: (label) => `«${label}» añadido`,
  renamed: (from, to) => `«${from}» renombrado como «${to}»`,
  removed: (label) => `«${label}» eliminado`,
  moved: (label, position, total) => `${label} movido a la posición ${position} de ${total}`,
  saved: (label) => `Opciones de «${label}» guardadas`,
  noChange: 'No hay cambios que guardar',
  reminderPolicy: {
    title: 'Recordatorios automáticos',
    loading: 'Cargando…',
    sources: {
      riskType: 'Política propia de este tipo de contrato.',
      cabinet: 'Política del despacho (ninguna propia de este tipo).',
      default: 'Política predeterminada de Dossier (el despacho no definió ninguna).',
    },
    enabled: 'Recordar automáticamente a los clientes',
    steps: 'Días después de la primera solicitud',
    stepsHint: 'Separados por comas, por ejemplo 3, 7, 14',
    maxReminders: 'Número máximo de recordatorios',
    days: 'Días de envío',
    dayNames: ['Lunes', 'Martes', 'Miércoles', 'Jueves', 'Viernes', 'Sábado', 'Domingo'],
    from: 'Enviar desde',
    to: 'Hasta',
    timeZone: 'Zona horaria del despacho',
    escalate: 'Avisar al corredor tras el último recordatorio',
    escalationDays: 'Días después del último recordatorio',
    escalationTo: 'Dirección a avisar (opcional, si no el corredor del expediente)',
    save: 'Guardar recordatorios',
    saved: 'Recordatorios guardados.',
    useCabinet: 'Volver a la política del despacho',
  },
};

/** `<dossier-audit>`. */
export const audit: AuditMessages = {
  title: 'Pólizas con documentación pendiente',
  filters: 'Filtros',
  riskType: 'Tipo de riesgo',
  allRiskTypes: 'Todos los tipos',
  phase: 'Etapa',
  phases: { contract: 'Pólizas', proposal: 'Propuestas', both: 'Pólizas y propuestas' },
  onlyIncomplete: 'Solo los expedientes incompletos',
  onlyRemindersExhausted: 'Solo recordatorios agotados',
  order: 'Orden',
  oldest: 'Los más antiguos primero',
  newest: 'Los más recientes primero',
  total,
  empty: 'No hay pólizas con documentación pendiente',
  emptyFiltered: 'Ningún expediente coincide con estos filtros',
  resetFilters: 'Restablecer los filtros',
  columns: {
    client: 'Cliente',
    contract: 'Póliza',
    risk: 'Riesgo',
    missing: 'Documentos pendientes',
    age: 'Antigüedad',
    lastReminder: 'Último recordatorio',
    actions: 'Recordatorio',
  },
  never: 'Nunca',
  nextReminder: (date) => `Próximo recordatorio el ${date}`,
  nothingMissing: 'Ninguno',
  open: (client) => `Abrir el expediente de ${client}`,
  remind: (client) => `Enviar un recordatorio a ${client}`,
  reminderTitle: (client) => `Recordatorio a ${client}`,
  onlyToReview: 'Solo por verificar',
  toReview: (count) => `${count} por verificar`,
};

/** `<dossier-reminder>`. */
export const reminder: ReminderMessages = {
  title: 'Recordatorio',
  to: 'Para',
  subject: 'Asunto',
  body: 'Mensaje',
  pieces: 'Documentos solicitados',
  piecesHint: 'Los documentos marcados quedan registrados como solicitados con el recordatorio.',
  noPieces: 'No falta ningún documento.',
  send: 'Enviar',
  sending: 'Enviando…',
  sent: (to) => `Recordatorio enviado a ${to}.`,
  history: 'Recordatorios anteriores',
  noHistory: 'Aún no se ha enviado ningún recordatorio para este expediente.',
  historyItem: (date, subject) => `${date} — ${subject}`,
  sentTo: (to) => `a ${to}`,
  fieldErrors: {
    toInvalid: 'Dirección de correo electrónico no válida: introduzca una sola dirección, por ejemplo nombre@ejemplo.es.',
    toLineBreak: 'La dirección no debe contener saltos de línea ni caracteres de control.',
    subjectLineBreak: 'El asunto no debe contener saltos de línea ni caracteres de control.',
    subjectEmpty: 'El asunto no puede estar vacío.',
    bodyEmpty: 'El mensaje no puede estar vacío.',
    bodyInvalid: 'El mensaje no es válido.',
  },
  sendFailed: 'No se ha enviado el recordatorio.',
  mailtoBlocked:
    'No se puede abrir el cliente de correo: esta página se muestra en un marco aislado (iframe sandbox) que lo impide. ' +
    'La aplicación anfitriona debe permitir allow-popups o allow-top-navigation-to-custom-protocols, o enviarlo ella misma (propiedad transport).',
  uploadLink: {
    attach: 'Adjuntar un enlace de envío',
    attaching: 'Creando el enlace…',
    attached: (days: number) => `Enlace de envío añadido al mensaje, válido durante ${days} días.`,
    failed: 'No se pudo crear el enlace de envío.',
    noPieces: 'Marque al menos un documento que pedir para crear el enlace.',
    hint: 'El cliente subirá los documentos marcados en una página segura, sin cuenta.',
  },
  automatic: {
    title: 'Recordatorios automáticos',
    status: {
      unscheduled: 'Ningún recordatorio automático programado',
      active: 'Recordatorios automáticos en curso',
      paused: 'Recordatorios automáticos en pausa',
      stopped: 'Recordatorios automáticos detenidos',
      closed: 'Expediente cerrado: no más recordatorios',
      complete: 'Expediente completo: no más recordatorios',
      exhausted: 'Recordatorios agotados',
      escalated: 'Recordatorios agotados, corredor avisado',
    },
    next: (date) => `Próximo recordatorio el ${date}`,
    start: 'Programar recordatorios',
    pause: 'Pausar',
    resume: 'Reanudar',
    failed: 'No se pudo:',
  },
  origin: {
    manual: 'Manual',
    automatic: (step) => `Automático (recordatorio ${step})`,
    escalation: 'Aviso al corredor',
  },
};

/** `<dossier-portal>`. */
export const portal: PortalMessages = {
  greeting: (firstName) => (firstName ? `Hola, ${firstName}:` : 'Hola:'),
  intro: (cabinetName) => `${cabinetName || 'Su corredor'} le solicita los documentos siguientes. Envíelos desde esta página, sin cuenta.`,
  expires: (date) => `Este enlace es válido hasta el ${date}.`,
  filesLeft: (count) => `Aún puede enviar ${count} ${count === 1 ? 'archivo' : 'archivos'}.`,
  status: { requested: 'Por enviar', received: 'Recibido — en revisión', complete: 'Completo', rejected: 'Rechazado — reenviar' },
  rules: (kinds, size) => `Se acepta: ${kinds}, ${size} como máximo.`,
  anyKind: 'PDF, imágenes o documentos',
  chooseFile: (label) => `Elegir un archivo — ${label}`,
  takePhoto: (label) => `Hacer una foto — ${label}`,
  sentFiles: 'Archivos enviados',
  reviewState: { pending: 'recibido, en revisión', accepted: 'aceptado', rejected: 'rechazado', none: 'recibido' },
  rejectionReason: {
    illegible: 'el documento es ilegible',
    expired: 'el documento está caducado',
    'wrong-document': 'no es el documento solicitado',
    incomplete: 'el documento está incompleto',
    other: 'vea la nota a continuación',
  },
  rejected: (reason) => `Su corredor rechazó el último archivo: ${reason}.`,
  sendAgain: 'Envíe un nuevo archivo para este documento.',
  notAccepted: (name, kinds) => `«${name}» no se acepta: este documento debe ser ${kinds}.`,
  tooLarge: (name, size) => `«${name}» es demasiado grande: ${size} como máximo.`,
  empty: (name) => `«${name}» está vacío.`,
  uploading: (name) => `Enviando «${name}»…`,
  progress: (name, percent) => `Enviando «${name}»: ${percent} %`,
  uploaded: (name) => `«${name}» enviado.`,
  refused: (name, reason) => `«${name}» no se envió. ${reason}`,
  noMoreFiles: 'Este enlace ya no admite archivos.',
  done: 'Terminado',
  summaryTitle: 'Resumen',
  summarySent: (count) =>
    count === 0
      ? 'Ningún archivo enviado.'
      : `${count} ${count === 1 ? 'archivo enviado' : 'archivos enviados'}. Su corredor los revisará.`,
  summaryMissing: (count) => `Falta${count === 1 ? '' : 'n'} ${count} documento${count === 1 ? '' : 's'} por enviar.`,
  summaryAllSent: 'Se enviaron todos los documentos solicitados. ¡Gracias!',
  back: 'Volver a los documentos',
  linkNotWorking: 'Este enlace ya no es válido. Pida uno nuevo a su corredor.',
  noConnection: 'Sin conexión: asigne al elemento su propiedad connection.',
};

/** Dossier in Spanish: core and every element. */
export const es: Translation = {
  locale: 'es',
  core,
  elements: { common, badge, checklist, dropZone, indexer, tracker, piecesEditor, audit, reminder, portal },
};

/**
 * Dossier in Italian: core's texts (`@dossier/core/locales/it`) and every element's, one constant
 * per element. Loaded on first use of `locale="it"`; import it and `registerLocale(it)` to have it
 * at once. Broker words: pratica (the file), documento richiesto (an expected document),
 * proposta / polizza, esonero (a waived document), sollecito (the reminder e-mail). Buttons use
 * the imperative, instructions the infinitive, as Italian software does.
 * @packageDocumentation
 */
import { pluralRule } from '@dossier/core';
import { it as core } from '@dossier/core/locales/it';
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

/** A count of files in the audit: "123 polizze", the number already formatted. */
function total(count: number, formatted: string, phase: AuditPhaseFilter): string {
  const noun =
    phase === 'contract'
      ? plural(count, { one: 'polizza', other: 'polizze' })
      : phase === 'proposal'
        ? plural(count, { one: 'proposta', other: 'proposte' })
        : plural(count, { one: 'pratica', other: 'pratiche' });
  return `${formatted} ${noun}`;
}

/** Texts several elements share. */
export const common: CommonMessages = {
  loading: 'Caricamento…',
  retry: 'Riprova',
  noClient: 'Nessun client Dossier: inserire l’elemento in un <dossier-provider> o assegnargli la proprietà client.',
  status: {
    missing: 'Mancante',
    expired: 'Scaduto',
    'pending-review': 'Ricevuto — da verificare',
    obtained: 'Ricevuto',
    archived: 'Archiviato',
    waived: 'Esonerato',
  },
  required: 'Obbligatorio',
  notRequired: 'Facoltativo',
  requiredReason: {
    mandatory: 'Obbligatorio per tutti i clienti',
    optional: 'Facoltativo per tutti i clienti',
    'rule-matched': 'In base al profilo del cliente',
    'rule-not-matched': 'In base al profilo del cliente',
  },
  close: 'Chiudi',
  cancel: 'Annulla',
  confirm: 'Conferma',
  remove: 'Elimina',
  unclassified: 'Non classificato',
  partUnavailable: 'Non è stato possibile caricare questa parte di Dossier. Controlli la connessione e riprovi.',
};

/** `<dossier-badge>`. */
export const badge: BadgeMessages = {
  toCollect: (n) => `${n} ${plural(n, { one: 'documento mancante', other: 'documenti mancanti' })}`,
  complete: 'Pratica completa',
  title: 'Monitoraggio documenti',
  buttonLabel: (status) => `Monitoraggio documenti: ${asSentence(status)} Vedere i documenti ricevuti e quelli ancora da raccogliere`,
  toReview: (n) => `${n} da verificare`,
};

/** `<dossier-checklist>`. */
export const checklist: ChecklistMessages = {
  title: 'Documenti richiesti',
  group: {
    remaining: 'Da ottenere',
    obtained: 'Ricevuti',
    archived: 'Archiviati',
    waived: 'Esonerati',
    'not-required': 'Non richiesti',
  },
  count: {
    remaining: (n) => `${n} da ottenere`,
    obtained: (n) => `${n} ${plural(n, { one: 'ricevuto', other: 'ricevuti' })}`,
    archived: (n) => `${n} ${plural(n, { one: 'archiviato', other: 'archiviati' })}`,
    waived: (n) => `${n} ${plural(n, { one: 'esonerato', other: 'esonerati' })}`,
    'not-required': (n) => `${n} non ${plural(n, { one: 'richiesto', other: 'richiesti' })}`,
  },
  unclassified: (n) => `${n} ${plural(n, { one: 'documento non classificato', other: 'documenti non classificati' })}`,
  noPieces: 'Per questo tipo di contratto non è richiesto alcun documento.',
  noDocuments: 'Nessun documento',
  addDocument: 'Aggiungi documento',
  addDocumentFor: (label) => `Aggiungi documento: ${label}`,
  toArchive: 'da archiviare',
  archivedDocument: 'archiviato',
  waivedBecause: (reason) => `Motivo: ${reason}`,
  expiresOn: (date) => `valido fino al ${date}`,
  complete: 'Tutti i documenti obbligatori sono presenti.',
  documentsOf: (label) => `Documenti di «${label}»`,
  review: {
    pending: 'Ricevuto — da verificare',
    rejected: 'Rifiutato',
    accept: 'Accetta',
    reject: 'Rifiuta',
    reason: 'Motivo del rifiuto',
    choose: 'Scegli un motivo…',
    reasons: { illegible: 'Illeggibile', expired: 'Scaduto', 'wrong-document': 'Documento sbagliato', incomplete: 'Incompleto' },
    confirm: 'Conferma il rifiuto',
    reasonRequired: 'Scegli un motivo di rifiuto.',
  },
};

/** `<dossier-drop-zone>`. */
export const dropZone: DropZoneMessages = {
  prompt: 'Trascinare qui un documento o fare clic per selezionarlo',
  add: 'Aggiungi documento',
  release: 'Rilasciare per aggiungere i file',
  pasteHint: 'È anche possibile incollare un file (Ctrl+V).',
  forPiece: (label, rules) => `Per «${label}»: ${rules}.`,
  accepted: (kinds) => `tipi accettati: ${kinds}`,
  anyKind: 'tutti i tipi riconosciuti',
  maxSize: (size) => `al massimo ${size}`,
  kindNames: {
    'application/pdf': 'PDF',
    'image/*': 'immagini',
    'image/jpeg': 'JPEG',
    'image/png': 'PNG',
    'image/heic': 'HEIC',
    'image/tiff': 'TIFF',
  },
  pieceUnavailable: 'Impossibile leggere le regole del documento:',
  step: {
    pending: 'In attesa',
    validating: 'Verifica…',
    storing: 'Salvataggio…',
    stored: 'Salvato',
    rejected: 'Rifiutato',
    skipped: 'Ignorato',
  },
  skippedByHost: 'ignorato dall’applicazione: non è stato salvato nulla.',
  oneFileOnly: 'un solo file alla volta, questo non è stato aggiunto',
  filesTitle: 'File caricati',
  dismiss: (name) => `Rimuovi «${name}» dall’elenco`,
  clearFinished: 'Cancella i risultati',
  noFilesDropped: 'Quanto rilasciato non conteneva alcun file: non è stato aggiunto nulla.',
  noFilesPasted: 'Quanto incollato non conteneva alcun file: non è stato aggiunto nulla.',
  adding: (n) => plural(n, { one: 'Aggiunta di un file…', other: `Aggiunta di ${n} file…` }),
  storedOne: (name) => `«${name}» salvato.`,
  skippedOne: (name) => `«${name}» ignorato.`,
  summary: (stored, rejected, skipped) =>
    [
      `${stored} ${plural(stored, { one: 'salvato', other: 'salvati' })}`,
      `${rejected} ${plural(rejected, { one: 'rifiutato', other: 'rifiutati' })}`,
      ...(skipped ? [`${skipped} ${plural(skipped, { one: 'ignorato', other: 'ignorati' })}`] : []),
    ].join(', ') + '.',
  disabled: 'L’aggiunta di documenti è disattivata.',
};

/** `<dossier-indexer>`. */
export const indexer: IndexerMessages = {
  title: 'Classificazione dei documenti',
  unclassifiedHeading: 'Documenti da classificare',
  classifiedHeading: 'Documenti classificati',
  empty: 'Nessun documento da classificare',
  noPieces: 'Per questo tipo di contratto non è richiesto alcun documento: i documenti non possono essere classificati.',
  classifyAs: 'Classifica come…',
  choosePiece: '— Scegliere un documento richiesto —',
  classify: 'Classifica',
  reclassify: 'Riclassifica',
  unclassify: 'Rimetti tra i non classificati',
  suggested: 'Suggerimento in base al nome del file',
  pieceRequired: 'Scegliere prima il documento richiesto.',
  addedOn: (date) => `Aggiunto il ${date}`,
  passwordProtected: 'Protetto da password',
  previewUnavailable: 'Anteprima non disponibile: questo PDF non è leggibile',
  confirmRemove: (name) => `Eliminare definitivamente «${name}»?`,
  classifiedAs: (name, piece) => `«${name}» classificato come ${piece}.`,
  unclassifiedDone: (name) => `«${name}» rimesso tra i non classificati.`,
  removed: (name) => `«${name}» eliminato.`,
  removeKept: (name) => `«${name}» conservato.`,
  readOnly: 'Questa pratica è chiusa: i suoi documenti non possono più essere classificati né eliminati.',
};

/** `<dossier-tracker>`. */
export const tracker: TrackerMessages = {
  title: 'Monitoraggio documenti',
  titlePrefix: 'Monitoraggio documenti: ',
  pieceSuffix: (label) => `: ${label}`,
  riskType: 'Tipo di contratto',
  phase: 'Fase',
  phases: { proposal: 'Proposta', contract: 'Polizza', archived: 'Archiviata', lost: 'Persa' },
  stage: 'Fase di vendita',
  contract: 'N. polizza',
  toCollect: (n) => `${n} ${plural(n, { one: 'documento mancante', other: 'documenti mancanti' })}`,
  complete: 'Pratica completa: non manca nulla',
  piecesHeading: 'Documenti richiesti',
  empty: 'Per questo tipo di contratto non è richiesto alcun documento',
  requirement: {
    required: 'Obbligatorio',
    optional: 'Facoltativo',
    requiredByProfile: 'Obbligatorio in base al profilo del cliente',
    optionalByProfile: 'Facoltativo in base al profilo del cliente',
  },
  documentState: { obtained: 'Ricevuto', archived: 'Archiviato' },
  passwordProtected: 'Protetto da password',
  noDocument: 'Nessun documento',
  documentCount: (n) => (n === 0 ? 'Nessun documento' : `${n} ${plural(n, { one: 'documento', other: 'documenti' })}`),
  addDocument: 'Aggiungi documento',
  actions: 'Azioni',
  dropOn: (label) => `Rilascia per aggiungere a «${label}»`,
  validUntil: (date) => `Valido fino al ${date}`,
  waivedBecause: (reason) => `Motivo dell’esonero: ${reason}`,
  archive: 'Archivia',
  waive: 'Esonera',
  waiveReason: 'Motivo dell’esonero',
  waiveSubmit: 'Esonera dal documento',
  reasonRequired: 'Indicare il motivo dell’esonero.',
  unwaive: 'Annulla l’esonero',
  classifyDocuments: (n) => `Classifica i documenti (${n})`,
  addHeading: 'Aggiungi documenti',
  generalZone: 'Trascinare qui i documenti della pratica; verranno classificati in seguito',
  readOnly: {
    archived: 'Pratica archiviata: sola lettura, i documenti non possono più essere modificati.',
    lost: 'Trattativa persa: sola lettura, i documenti non possono più essere modificati.',
  },
  waived: (label) => `${label}: documento esonerato.`,
  unwaived: (label) => `${label}: esonero annullato.`,
  archived: (name) => `«${name}» archiviato.`,
  toReview: (count) => `${count} da verificare`,
  reviewState: { pending: 'Ricevuto — da verificare', accepted: 'Accettato', rejected: 'Rifiutato' },
  accept: 'Accetta',
  reject: 'Rifiuta',
  rejectReason: 'Motivo del rifiuto',
  rejectChoose: 'Scegli un motivo…',
  rejectionReasons: {
    illegible: 'Illeggibile',
    expired: 'Scaduto',
    'wrong-document': 'Documento sbagliato',
    incomplete: 'Incompleto',
    other: 'Altro (specificare)',
  },
  rejectNote: 'Nota per il cliente',
  rejectSubmit: 'Conferma il rifiuto',
  rejectReasonRequired: 'Scegli un motivo di rifiuto.',
  rejectNoteRequired: 'Specifica il motivo per il cliente.',
  rejectedBecause: (reason) => `Motivo: ${reason}`,
  acceptedOne: (name) => `«${name}» accettato.`,
  rejectedOne: (name) => `«${name}» rifiutato.`,
  linksHeading: 'Link per il cliente',
  noLinks: 'Nessun link inviato al cliente.',
  linkRow: (created, expires, files) =>
    `Creato il ${created}, valido fino al ${expires} — ${files} file ${files === 1 ? 'ricevuto' : 'ricevuti'}`,
  linkState: { active: 'Attivo', used: 'Esaurito', expired: 'Scaduto', revoked: 'Revocato' },
  createLink: 'Crea un link per il cliente',
  linkCreated: 'Link creato: copialo e invialo al cliente.',
  linkShownOnce: 'Questo link non sarà più mostrato.',
  revokeLink: 'Revoca',
  linkRevoked: 'Link revocato.',
  linkPieces: 'Documenti richiesti',
  linkNoPieces: 'Nessun documento da raccogliere.',
  linkDays: (max: number) => `Valido (giorni, al massimo ${max})`,
  linkMaxFiles: 'Numero massimo di file (facoltativo)',
  linkNoLimit: 'Senza limite',
  linkSubmit: 'Crea il link',
  linkPiecesRequired: 'Selezioni almeno un documento da richiedere.',
  linkDaysInvalid: (max: number) => `Indichi un numero intero di giorni, da 1 a ${max}.`,
  linkMaxFilesInvalid: (max: number) => `Indichi un numero intero di file, da 1 a ${max}, oppure lasci vuoto per non porre limiti.`,
  automatic: {
    next: (date) => `Prossimo sollecito il ${date}`,
    paused: 'Solleciti automatici in pausa',
    pause: 'Metti in pausa i solleciti',
    resume: 'Riprendi i solleciti',
  },
};

/** `<dossier-pieces-editor>` and its parts. */
export const piecesEditor: PiecesEditorMessages = {
  catalogue: 'Tipi di contratto',
  catalogueEmpty: 'Nessun tipo di contratto nel catalogo',
  heading: (label) => `Documenti richiesti — ${label}`,
  piecesEmpty: 'Per questo tipo di contratto non è richiesto alcun documento',
  piecesList: (label) => `Documenti richiesti per ${label}`,
  addPiece: 'Aggiungi un documento',
  newPiece: 'Nuovo documento',
  add: 'Aggiungi',
  about: (action, label) => `${action} «${label}»`,
  rename: 'Rinomina',
  renameField: (label) => `Nuovo nome di «${label}»`,
  save: 'Salva',
  moveUp: 'Sposta su',
  moveDown: 'Sposta giù',
  moveHint: 'Alt + freccia su o giù per spostare il documento, oppure trascinarlo.',
  confirmRemove: (label) => `Eliminare «${label}»? I documenti già classificati resteranno nelle loro pratiche, non classificati.`,
  options: 'Opzioni',
  optionsOf: (label) => `Opzioni di «${label}»`,
  requirement: 'Requisito',
  mandatory: 'Obbligatorio',
  optional: 'Facoltativo',
  profile: 'In base al profilo del cliente',
  effectLabel: 'Il documento è',
  effect: { mandatoryWhen: 'Obbligatorio se', optionalWhen: 'Facoltativo se' },
  attribute: 'Attributo del cliente',
  attributeSuggestions: {
    type: 'particulier o professionnel',
    age: 'età in anni',
    jeuneConducteur: 'true o false',
    formeJuridique: 'SARL, SAS, EI…',
  },
  operatorLabel: 'Condizione',
  operator: {
    eq: 'è uguale a',
    in: 'è uno tra (separati da virgole)',
    gt: 'è maggiore di',
    lt: 'è minore di',
    exists: 'è compilato',
  },
  operatorWords: { eq: 'è uguale a', in: 'è uno tra', gt: 'è maggiore di', lt: 'è minore di', exists: 'è compilato' },
  value: 'Valore',
  valueHint: 'Numeri, true e false vengono riconosciuti; racchiudere un testo tra virgolette doppie per mantenerlo così com’è.',
  advancedRule: 'Regola avanzata',
  advancedHint: 'Questa regola non può essere modificata con i controlli semplici; viene mantenuta così com’è.',
  replaceAdvanced: 'Sostituisci con una regola semplice',
  accept: 'Tipi di file accettati',
  acceptKind: { pdf: 'PDF', images: 'Immagini', office: 'Word/Office', openDocument: 'OpenDocument' },
  acceptHint: 'Nessuna casella selezionata: tutti i tipi riconosciuti.',
  acceptOthers: (entries) => `Altri tipi mantenuti: ${entries}`,
  maxSize: 'Dimensione massima (MB)',
  maxSizeHint: 'Vuoto: il limite predefinito.',
  validity: 'Validità (giorni)',
  validityHint: 'Facoltativo; ad esempio «meno di 3 mesi» = 90.',
  saveOptions: 'Salva',
  allKinds: 'tutti i tipi',
  sizeLimit: (size) => `max ${size}`,
  validFor: (days) => `valido ${days} ${plural(days, { one: 'giorno', other: 'giorni' })}`,
  advancedSummary: 'In base al profilo del cliente (regola avanzata)',
  added: (label) => `«${label}» aggiunto`,
  renamed: (from, to) => `«${from}» rinominato in «${to}»`,
  removed: (label) => `«${label}» eliminato`,
  moved: (label, position, total) => `${label} spostato in posizione ${position} di ${total}`,
  saved: (label) => `Opzioni di «${label}» salvate`,
  noChange: 'Nessuna modifica da salvare',
  reminderPolicy: {
    title: 'Solleciti automatici',
    loading: 'Caricamento…',
    sources: {
      riskType: 'Regola propria di questo tipo di contratto.',
      cabinet: 'Regola dello studio (nessuna propria di questo tipo).',
      default: 'Regola predefinita di Dossier (lo studio non ne ha definite).',
    },
    enabled: 'Sollecitare automaticamente i clienti',
    steps: 'Giorni dopo la prima richiesta',
    stepsHint: 'Separati da virgole, ad esempio 3, 7, 14',
    maxReminders: 'Numero massimo di solleciti',
    days: 'Giorni di invio',
    dayNames: ['Lunedì', 'Martedì', 'Mercoledì', 'Giovedì', 'Venerdì', 'Sabato', 'Domenica'],
    from: 'Inviare dalle',
    to: 'Fino alle',
    timeZone: 'Fuso orario dello studio',
    escalate: 'Avvisare il broker dopo l’ultimo sollecito',
    escalationDays: 'Giorni dopo l’ultimo sollecito',
    escalationTo: 'Indirizzo da avvisare (facoltativo, altrimenti il broker della pratica)',
    save: 'Salva i solleciti',
    saved: 'Solleciti salvati.',
    useCabinet: 'Torna alla regola dello studio',
  },
};

/** `<dossier-audit>`. */
export const audit: AuditMessages = {
  title: 'Polizze con documenti mancanti',
  filters: 'Filtri',
  riskType: 'Tipo di rischio',
  allRiskTypes: 'Tutti i tipi',
  phase: 'Fase di vendita',
  phases: { contract: 'Polizze', proposal: 'Proposte', both: 'Polizze e proposte' },
  onlyIncomplete: 'Solo le pratiche incomplete',
  onlyRemindersExhausted: 'Solo solleciti esauriti',
  order: 'Ordine',
  oldest: 'Prima le meno recenti',
  newest: 'Prima le più recenti',
  total,
  empty: 'Nessuna polizza con documenti mancanti',
  emptyFiltered: 'Nessuna pratica corrisponde a questi filtri',
  resetFilters: 'Reimposta i filtri',
  columns: {
    client: 'Cliente',
    contract: 'Polizza',
    risk: 'Rischio',
    missing: 'Documenti mancanti',
    age: 'Anzianità',
    lastReminder: 'Ultimo sollecito',
    actions: 'Sollecito',
  },
  never: 'Mai',
  nextReminder: (date) => `Prossimo sollecito il ${date}`,
  nothingMissing: 'Nessuno',
  open: (client) => `Apri la pratica di ${client}`,
  remind: (client) => `Invia un sollecito a ${client}`,
  reminderTitle: (client) => `Sollecito a ${client}`,
  onlyToReview: 'Solo da verificare',
  toReview: (count) => `${count} da verificare`,
};

/** `<dossier-reminder>`. */
export const reminder: ReminderMessages = {
  title: 'Sollecito',
  to: 'A',
  subject: 'Oggetto',
  body: 'Messaggio',
  pieces: 'Documenti richiesti',
  piecesHint: 'I documenti selezionati vengono registrati come richiesti insieme al sollecito.',
  noPieces: 'Nessun documento mancante.',
  send: 'Invia',
  sending: 'Invio…',
  sent: (to) => `Sollecito inviato a ${to}.`,
  history: 'Solleciti precedenti',
  noHistory: 'Nessun sollecito ancora inviato per questa pratica.',
  historyItem: (date, subject) => `${date} — ${subject}`,
  sentTo: (to) => `a ${to}`,
  fieldErrors: {
    toInvalid: 'Indirizzo e-mail non valido: inserire un solo indirizzo, ad esempio nome@esempio.it.',
    toLineBreak: 'L’indirizzo non deve contenere a capo né caratteri di controllo.',
    subjectLineBreak: 'L’oggetto non deve contenere a capo né caratteri di controllo.',
    subjectEmpty: 'L’oggetto non può essere vuoto.',
    bodyEmpty: 'Il messaggio non può essere vuoto.',
    bodyInvalid: 'Il messaggio non è valido.',
  },
  sendFailed: 'Il sollecito non è stato inviato.',
  mailtoBlocked:
    'Impossibile aprire il programma di posta: questa pagina è visualizzata in un riquadro isolato (iframe sandbox) che lo impedisce. ' +
    'L’applicazione ospite deve consentire allow-popups o allow-top-navigation-to-custom-protocols, oppure inviare il messaggio da sé (proprietà transport).',
  uploadLink: {
    attach: 'Allega un link di caricamento',
    attaching: 'Creazione del link…',
    attached: (days: number) => `Link di caricamento aggiunto al messaggio, valido ${days} giorni.`,
    failed: 'Non è stato possibile creare il link di caricamento.',
    noPieces: 'Selezioni almeno un documento da chiedere per creare il link.',
    hint: 'Il cliente caricherà i documenti selezionati su una pagina sicura, senza account.',
  },
  automatic: {
    title: 'Solleciti automatici',
    status: {
      unscheduled: 'Nessun sollecito automatico programmato',
      active: 'Solleciti automatici in corso',
      paused: 'Solleciti automatici in pausa',
      stopped: 'Solleciti automatici interrotti',
      closed: 'Pratica chiusa: niente più solleciti',
      complete: 'Pratica completa: niente più solleciti',
      exhausted: 'Solleciti esauriti',
      escalated: 'Solleciti esauriti, broker avvisato',
    },
    next: (date) => `Prossimo sollecito il ${date}`,
    start: 'Programma i solleciti',
    pause: 'Metti in pausa',
    resume: 'Riprendi',
    failed: 'Impossibile:',
  },
  origin: {
    manual: 'Manuale',
    automatic: (step) => `Automatico (sollecito ${step})`,
    escalation: 'Avviso al broker',
  },
};

/** `<dossier-portal>`. */
export const portal: PortalMessages = {
  greeting: (firstName) => (firstName ? `Buongiorno ${firstName},` : 'Buongiorno,'),
  intro: (cabinetName) => `${cabinetName || 'Il suo broker'} le chiede i documenti qui sotto. Li invii da questa pagina, senza account.`,
  expires: (date) => `Questo link è valido fino al ${date}.`,
  filesLeft: (count) => `Può ancora inviare ${count} ${count === 1 ? 'file' : 'file'}.`,
  status: { requested: 'Da inviare', received: 'Ricevuto — in verifica', complete: 'Completo', rejected: 'Rifiutato — da reinviare' },
  rules: (kinds, size) => `Accettato: ${kinds}, al massimo ${size}.`,
  anyKind: 'PDF, immagini o documenti',
  chooseFile: (label) => `Scegli un file — ${label}`,
  takePhoto: (label) => `Scatta una foto — ${label}`,
  sentFiles: 'File inviati',
  reviewState: { pending: 'ricevuto, in verifica', accepted: 'accettato', rejected: 'rifiutato', none: 'ricevuto' },
  rejectionReason: {
    illegible: 'il documento è illeggibile',
    expired: 'il documento è scaduto',
    'wrong-document': 'non è il documento richiesto',
    incomplete: 'il documento è incompleto',
    other: 'vedere la nota qui sotto',
  },
  rejected: (reason) => `Il suo broker ha rifiutato l’ultimo file: ${reason}.`,
  sendAgain: 'Invii un nuovo file per questo documento.',
  notAccepted: (name, kinds) => `«${name}» non è accettato: questo documento deve essere ${kinds}.`,
  tooLarge: (name, size) => `«${name}» è troppo grande: al massimo ${size}.`,
  empty: (name) => `«${name}» è vuoto.`,
  uploading: (name) => `Invio di «${name}»…`,
  progress: (name, percent) => `Invio di «${name}»: ${percent}%`,
  uploaded: (name) => `«${name}» inviato.`,
  refused: (name, reason) => `«${name}» non è stato inviato. ${reason}`,
  noMoreFiles: 'Questo link non accetta più file.',
  done: 'Fatto',
  summaryTitle: 'Riepilogo',
  summarySent: (count) =>
    count === 0 ? 'Nessun file inviato.' : `${count} file ${count === 1 ? 'inviato' : 'inviati'}. Il suo broker li verificherà.`,
  summaryMissing: (count) => `${count} ${count === 1 ? 'documento resta' : 'documenti restano'} da inviare.`,
  summaryAllSent: 'Tutti i documenti richiesti sono stati inviati. Grazie!',
  back: 'Torna ai documenti',
  linkNotWorking: 'Questo link non è più valido. Ne chieda uno nuovo al suo broker.',
  noConnection: 'Nessuna connessione: assegni all’elemento la proprietà connection.',
};

/** Dossier in Italian: core and every element. */
export const it: Translation = {
  locale: 'it',
  core,
  elements: { common, badge, checklist, dropZone, indexer, tracker, piecesEditor, audit, reminder, portal },
};

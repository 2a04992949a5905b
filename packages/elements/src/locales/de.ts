/**
 * Dossier in German: core's texts (`@dossier/core/locales/de`) and every element's, one constant
 * per element. Loaded on first use of `locale="de"`; import it and `registerLocale(de)` to have it
 * at once. Broker words: Akte (the file), Unterlage (an expected document), Angebot / Vertrag,
 * Befreiung (a waived document), Erinnerung (the reminder e-mail).
 * @packageDocumentation
 */
import { pluralRule } from '@dossier/core';
import { de as core } from '@dossier/core/locales/de';
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

/** A count of files in the audit: "123 Verträge", the number already formatted. */
function total(count: number, formatted: string, phase: AuditPhaseFilter): string {
  const noun =
    phase === 'contract'
      ? plural(count, { one: 'Vertrag', other: 'Verträge' })
      : phase === 'proposal'
        ? plural(count, { one: 'Angebot', other: 'Angebote' })
        : plural(count, { one: 'Akte', other: 'Akten' });
  return `${formatted} ${noun}`;
}

/** Texts several elements share. */
export const common: CommonMessages = {
  loading: 'Wird geladen…',
  retry: 'Erneut versuchen',
  noClient: 'Kein Dossier-Client: Setzen Sie das Element in einen <dossier-provider> oder geben Sie ihm die Eigenschaft client.',
  status: {
    missing: 'Fehlt',
    expired: 'Abgelaufen',
    'pending-review': 'Erhalten — zu prüfen',
    obtained: 'Erhalten',
    archived: 'Archiviert',
    waived: 'Befreit',
  },
  required: 'Erforderlich',
  notRequired: 'Optional',
  requiredReason: {
    mandatory: 'Für alle Kunden erforderlich',
    optional: 'Für alle Kunden optional',
    'rule-matched': 'Je nach Kundenprofil',
    'rule-not-matched': 'Je nach Kundenprofil',
  },
  close: 'Schließen',
  cancel: 'Abbrechen',
  confirm: 'Bestätigen',
  remove: 'Löschen',
  unclassified: 'Nicht zugeordnet',
  partUnavailable: 'Dieser Teil von Dossier konnte nicht geladen werden. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
};

/** `<dossier-badge>`. */
export const badge: BadgeMessages = {
  toCollect: (n) => `${n} ${plural(n, { one: 'Unterlage fehlt', other: 'Unterlagen fehlen' })}`,
  complete: 'Akte vollständig',
  title: 'Unterlagenverfolgung',
  buttonLabel: (status) => `Unterlagenverfolgung: ${asSentence(status)} Erhaltene und noch fehlende Unterlagen anzeigen`,
  toReview: (n) => `${n} zu prüfen`,
};

/** `<dossier-checklist>`. */
export const checklist: ChecklistMessages = {
  title: 'Erforderliche Unterlagen',
  group: {
    remaining: 'Noch einzuholen',
    obtained: 'Erhalten',
    archived: 'Archiviert',
    waived: 'Befreit',
    'not-required': 'Nicht erforderlich',
  },
  count: {
    remaining: (n) => `${n} noch einzuholen`,
    obtained: (n) => `${n} erhalten`,
    archived: (n) => `${n} archiviert`,
    waived: (n) => `${n} befreit`,
    'not-required': (n) => `${n} nicht erforderlich`,
  },
  unclassified: (n) => `${n} ${plural(n, { one: 'nicht zugeordnetes Dokument', other: 'nicht zugeordnete Dokumente' })}`,
  noPieces: 'Für diese Vertragsart sind keine Unterlagen erforderlich.',
  noDocuments: 'Kein Dokument',
  addDocument: 'Dokument hinzufügen',
  addDocumentFor: (label) => `Dokument hinzufügen: ${label}`,
  toArchive: 'zu archivieren',
  archivedDocument: 'archiviert',
  waivedBecause: (reason) => `Grund: ${reason}`,
  expiresOn: (date) => `gültig bis ${date}`,
  complete: 'Alle erforderlichen Unterlagen liegen vor.',
  documentsOf: (label) => `Dokumente zu „${label}“`,
  review: {
    pending: 'Erhalten — zu prüfen',
    rejected: 'Abgelehnt',
    accept: 'Annehmen',
    reject: 'Ablehnen',
    reason: 'Grund der Ablehnung',
    choose: 'Grund wählen…',
    reasons: { illegible: 'Unleserlich', expired: 'Abgelaufen', 'wrong-document': 'Falsches Dokument', incomplete: 'Unvollständig' },
    confirm: 'Ablehnung bestätigen',
    reasonRequired: 'Wählen Sie einen Grund.',
  },
};

/** `<dossier-drop-zone>`. */
export const dropZone: DropZoneMessages = {
  prompt: 'Dokument hierher ziehen oder klicken, um es auszuwählen',
  add: 'Dokument hinzufügen',
  release: 'Loslassen, um die Dateien hinzuzufügen',
  pasteHint: 'Sie können eine Datei auch einfügen (Strg+V).',
  forPiece: (label, rules) => `Für „${label}“: ${rules}.`,
  accepted: (kinds) => `zulässige Dateitypen: ${kinds}`,
  anyKind: 'alle erkannten Dateitypen',
  maxSize: (size) => `höchstens ${size}`,
  kindNames: {
    'application/pdf': 'PDF',
    'image/*': 'Bilder',
    'image/jpeg': 'JPEG',
    'image/png': 'PNG',
    'image/heic': 'HEIC',
    'image/tiff': 'TIFF',
  },
  pieceUnavailable: 'Die Regeln der Unterlage konnten nicht gelesen werden:',
  step: {
    pending: 'Wartet',
    validating: 'Wird geprüft…',
    storing: 'Wird gespeichert…',
    stored: 'Gespeichert',
    rejected: 'Abgelehnt',
    skipped: 'Übersprungen',
  },
  skippedByHost: 'von der Anwendung übersprungen: Es wurde nichts gespeichert.',
  oneFileOnly: 'nur eine Datei auf einmal, diese wurde nicht hinzugefügt',
  filesTitle: 'Abgelegte Dateien',
  dismiss: (name) => `„${name}“ aus der Liste entfernen`,
  clearFinished: 'Ergebnisse leeren',
  noFilesDropped: 'Das Abgelegte enthielt keine Datei: Es wurde nichts hinzugefügt.',
  noFilesPasted: 'Das Eingefügte enthielt keine Datei: Es wurde nichts hinzugefügt.',
  adding: (n) => plural(n, { one: 'Eine Datei wird hinzugefügt…', other: `${n} Dateien werden hinzugefügt…` }),
  storedOne: (name) => `„${name}“ gespeichert.`,
  skippedOne: (name) => `„${name}“ übersprungen.`,
  summary: (stored, rejected, skipped) =>
    [`${stored} gespeichert`, `${rejected} abgelehnt`, ...(skipped ? [`${skipped} übersprungen`] : [])].join(', ') + '.',
  disabled: 'Das Hinzufügen von Dokumenten ist deaktiviert.',
};

/** `<dossier-indexer>`. */
export const indexer: IndexerMessages = {
  title: 'Dokumentenzuordnung',
  unclassifiedHeading: 'Zuzuordnende Dokumente',
  classifiedHeading: 'Zugeordnete Dokumente',
  empty: 'Keine Dokumente zuzuordnen',
  noPieces: 'Für diese Vertragsart sind keine Unterlagen vorgesehen: Dokumente können nicht zugeordnet werden.',
  classifyAs: 'Zuordnen zu…',
  choosePiece: '— Unterlage wählen —',
  classify: 'Zuordnen',
  reclassify: 'Neu zuordnen',
  unclassify: 'Zuordnung aufheben',
  suggested: 'Vorschlag anhand des Dateinamens',
  pieceRequired: 'Wählen Sie zuerst die Unterlage.',
  addedOn: (date) => `Hinzugefügt am ${date}`,
  passwordProtected: 'Passwortgeschützt',
  previewUnavailable: 'Keine Vorschau: Dieses PDF ist nicht lesbar',
  confirmRemove: (name) => `„${name}“ endgültig löschen?`,
  classifiedAs: (name, piece) => `„${name}“ zugeordnet zu ${piece}.`,
  unclassifiedDone: (name) => `Zuordnung von „${name}“ aufgehoben.`,
  removed: (name) => `„${name}“ gelöscht.`,
  removeKept: (name) => `„${name}“ behalten.`,
  readOnly: 'Diese Akte ist abgeschlossen: Ihre Dokumente können nicht mehr zugeordnet oder gelöscht werden.',
};

/** `<dossier-tracker>`. */
export const tracker: TrackerMessages = {
  title: 'Unterlagenverfolgung',
  titlePrefix: 'Unterlagenverfolgung: ',
  pieceSuffix: (label) => `: ${label}`,
  riskType: 'Vertragsart',
  phase: 'Phase',
  phases: { proposal: 'Angebot', contract: 'Vertrag', archived: 'Archiviert', lost: 'Verloren' },
  stage: 'Verkaufsphase',
  contract: 'Vertragsnr.',
  toCollect: (n) => `${n} ${plural(n, { one: 'Unterlage fehlt', other: 'Unterlagen fehlen' })}`,
  complete: 'Akte vollständig: Es fehlt nichts mehr',
  piecesHeading: 'Erforderliche Unterlagen',
  empty: 'Für diese Vertragsart sind keine Unterlagen vorgesehen',
  requirement: {
    required: 'Erforderlich',
    optional: 'Optional',
    requiredByProfile: 'Erforderlich laut Kundenprofil',
    optionalByProfile: 'Optional laut Kundenprofil',
  },
  documentState: { obtained: 'Erhalten', archived: 'Archiviert' },
  passwordProtected: 'Passwortgeschützt',
  noDocument: 'Kein Dokument',
  documentCount: (n) => (n === 0 ? 'Kein Dokument' : `${n} ${plural(n, { one: 'Dokument', other: 'Dokumente' })}`),
  addDocument: 'Dokument hinzufügen',
  actions: 'Aktionen',
  dropOn: (label) => `Loslassen, um zu „${label}“ hinzuzufügen`,
  validUntil: (date) => `Gültig bis ${date}`,
  waivedBecause: (reason) => `Grund der Befreiung: ${reason}`,
  archive: 'Archivieren',
  waive: 'Befreien',
  waiveReason: 'Grund der Befreiung',
  waiveSubmit: 'Von der Unterlage befreien',
  reasonRequired: 'Geben Sie den Grund der Befreiung an.',
  unwaive: 'Befreiung aufheben',
  classifyDocuments: (n) => `Dokumente zuordnen (${n})`,
  addHeading: 'Dokumente hinzufügen',
  generalZone: 'Legen Sie die Dokumente der Akte hier ab und ordnen Sie sie anschließend zu',
  readOnly: {
    archived: 'Archivierte Akte: nur lesbar, die Dokumente können nicht mehr geändert werden.',
    lost: 'Verlorenes Geschäft: nur lesbar, die Dokumente können nicht mehr geändert werden.',
  },
  waived: (label) => `${label}: von der Unterlage befreit.`,
  unwaived: (label) => `${label}: Befreiung aufgehoben.`,
  archived: (name) => `„${name}“ archiviert.`,
  toReview: (count) => `${count} zu prüfen`,
  reviewState: { pending: 'Erhalten — zu prüfen', accepted: 'Angenommen', rejected: 'Abgelehnt' },
  accept: 'Annehmen',
  reject: 'Ablehnen',
  rejectReason: 'Grund der Ablehnung',
  rejectChoose: 'Grund wählen…',
  rejectionReasons: {
    illegible: 'Unleserlich',
    expired: 'Abgelaufen',
    'wrong-document': 'Falsches Dokument',
    incomplete: 'Unvollständig',
    other: 'Anderer (bitte angeben)',
  },
  rejectNote: 'Hinweis für den Kunden',
  rejectSubmit: 'Ablehnung bestätigen',
  rejectReasonRequired: 'Wählen Sie einen Grund.',
  rejectNoteRequired: 'Geben Sie den Grund für den Kunden an.',
  rejectedBecause: (reason) => `Grund: ${reason}`,
  acceptedOne: (name) => `„${name}“ angenommen.`,
  rejectedOne: (name) => `„${name}“ abgelehnt.`,
  linksHeading: 'Kundenlinks',
  noLinks: 'Kein Link an den Kunden gesendet.',
  linkRow: (created, expires, files) =>
    `Erstellt am ${created}, gültig bis ${expires} — ${files} ${files === 1 ? 'Datei' : 'Dateien'} erhalten`,
  linkState: { active: 'Aktiv', used: 'Ausgeschöpft', expired: 'Abgelaufen', revoked: 'Widerrufen' },
  createLink: 'Kundenlink erstellen',
  linkCreated: 'Kundenlink erstellt: kopieren und dem Kunden senden.',
  linkShownOnce: 'Dieser Link wird nicht erneut angezeigt.',
  revokeLink: 'Widerrufen',
  linkRevoked: 'Link widerrufen.',
  linkPieces: 'Angeforderte Unterlagen',
  linkNoPieces: 'Keine Unterlage zu sammeln.',
  linkDays: (max: number) => `Gültig (Tage, höchstens ${max})`,
  linkMaxFiles: 'Höchstzahl an Dateien (optional)',
  linkNoLimit: 'Ohne Begrenzung',
  linkSubmit: 'Link erstellen',
  linkPiecesRequired: 'Wählen Sie mindestens eine anzufordernde Unterlage aus.',
  linkDaysInvalid: (max: number) => `Geben Sie eine ganze Zahl von Tagen zwischen 1 und ${max} ein.`,
  linkMaxFilesInvalid: (max: number) =>
    `Geben Sie eine ganze Zahl von Dateien zwischen 1 und ${max} ein, oder lassen Sie das Feld leer für keine Begrenzung.`,
  automatic: {
    next: (date) => `Nächste Erinnerung am ${date}`,
    paused: 'Automatische Erinnerungen pausiert',
    pause: 'Erinnerungen pausieren',
    resume: 'Erinnerungen fortsetzen',
  },
};

/** `<dossier-pieces-editor>` and its parts. */
export const piecesEditor: PiecesEditorMessages = {
  catalogue: 'Vertragsarten',
  catalogueEmpty: 'Keine Vertragsart im Katalog',
  heading: (label) => `Erforderliche Unterlagen — ${label}`,
  piecesEmpty: 'Für diese Vertragsart sind keine Unterlagen vorgesehen',
  piecesList: (label) => `Erforderliche Unterlagen für ${label}`,
  addPiece: 'Unterlage hinzufügen',
  newPiece: 'Neue Unterlage',
  add: 'Hinzufügen',
  about: (action, label) => `${action}: „${label}“`,
  rename: 'Umbenennen',
  renameField: (label) => `Neuer Name für „${label}“`,
  save: 'Speichern',
  moveUp: 'Nach oben',
  moveDown: 'Nach unten',
  moveHint: 'Alt + Pfeil nach oben oder unten verschiebt die Unterlage, ebenso Ziehen und Ablegen.',
  confirmRemove: (label) => `„${label}“ löschen? Bereits zugeordnete Dokumente bleiben in ihren Akten, ohne Zuordnung.`,
  options: 'Optionen',
  optionsOf: (label) => `Optionen von „${label}“`,
  requirement: 'Anforderung',
  mandatory: 'Erforderlich',
  optional: 'Optional',
  profile: 'Je nach Kundenprofil',
  effectLabel: 'Die Unterlage ist',
  effect: { mandatoryWhen: 'Erforderlich, wenn', optionalWhen: 'Optional, wenn' },
  attribute: 'Kundenmerkmal',
  attributeSuggestions: {
    type: 'particulier oder professionnel',
    age: 'Alter in Jahren',
    jeuneConducteur: 'true oder false',
    formeJuridique: 'SARL, SAS, EI…',
  },
  operatorLabel: 'Bedingung',
  operator: {
    eq: 'ist gleich',
    in: 'ist einer von (durch Kommas getrennt)',
    gt: 'ist größer als',
    lt: 'ist kleiner als',
    exists: 'ist angegeben',
  },
  operatorWords: { eq: 'ist gleich', in: 'ist einer von', gt: 'ist größer als', lt: 'ist kleiner als', exists: 'ist angegeben' },
  value: 'Wert',
  valueHint: 'Zahlen, true und false werden erkannt; setzen Sie einen Text in doppelte Anführungszeichen, um ihn unverändert zu lassen.',
  advancedRule: 'Erweiterte Regel',
  advancedHint: 'Diese Regel lässt sich mit den einfachen Feldern nicht bearbeiten; sie bleibt unverändert erhalten.',
  replaceAdvanced: 'Durch eine einfache Regel ersetzen',
  accept: 'Zulässige Dateitypen',
  acceptKind: { pdf: 'PDF', images: 'Bilder', office: 'Word/Office', openDocument: 'OpenDocument' },
  acceptHint: 'Nichts angekreuzt: alle erkannten Dateitypen.',
  acceptOthers: (entries) => `Weitere beibehaltene Typen: ${entries}`,
  maxSize: 'Maximale Größe (MB)',
  maxSizeHint: 'Leer: die Standardgrenze.',
  validity: 'Gültigkeit (Tage)',
  validityHint: 'Optional; z. B. „jünger als 3 Monate“ = 90.',
  saveOptions: 'Speichern',
  allKinds: 'alle Dateitypen',
  sizeLimit: (size) => `max. ${size}`,
  validFor: (days) => `${days} ${plural(days, { one: 'Tag', other: 'Tage' })} gültig`,
  advancedSummary: 'Je nach Kundenprofil (erweiterte Regel)',
  added: (label) => `„${label}“ hinzugefügt`,
  renamed: (from, to) => `„${from}“ umbenannt in „${to}“`,
  removed: (label) => `„${label}“ gelöscht`,
  moved: (label, position, total) => `${label} an Position ${position} von ${total} verschoben`,
  saved: (label) => `Optionen von „${label}“ gespeichert`,
  noChange: 'Keine Änderungen zu speichern',
  reminderPolicy: {
    title: 'Automatische Erinnerungen',
    loading: 'Wird geladen…',
    sources: {
      riskType: 'Eigene Regel dieses Vertragstyps.',
      cabinet: 'Regel des Büros (keine eigene für diesen Typ).',
      default: 'Standardregel von Dossier (das Büro hat keine festgelegt).',
    },
    enabled: 'Kunden automatisch erinnern',
    steps: 'Tage nach der ersten Anfrage',
    stepsHint: 'Durch Kommas getrennt, zum Beispiel 3, 7, 14',
    maxReminders: 'Höchstzahl an Erinnerungen',
    days: 'Versandtage',
    dayNames: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
    from: 'Senden ab',
    to: 'Bis',
    timeZone: 'Zeitzone des Büros',
    escalate: 'Makler nach der letzten Erinnerung informieren',
    escalationDays: 'Tage nach der letzten Erinnerung',
    escalationTo: 'Zu informierende Adresse (optional, sonst der Makler der Akte)',
    save: 'Erinnerungen speichern',
    saved: 'Erinnerungen gespeichert.',
    useCabinet: 'Regel des Büros verwenden',
  },
};

/** `<dossier-audit>`. */
export const audit: AuditMessages = {
  title: 'Verträge mit fehlenden Unterlagen',
  filters: 'Filter',
  riskType: 'Vertragsart',
  allRiskTypes: 'Alle Vertragsarten',
  phase: 'Verkaufsphase',
  phases: { contract: 'Verträge', proposal: 'Angebote', both: 'Verträge und Angebote' },
  onlyIncomplete: 'Nur unvollständige Akten',
  onlyRemindersExhausted: 'Nur ausgeschöpfte Erinnerungen',
  order: 'Sortierung',
  oldest: 'Älteste zuerst',
  newest: 'Neueste zuerst',
  total,
  empty: 'Keine Verträge mit fehlenden Unterlagen',
  emptyFiltered: 'Keine Akte entspricht diesen Filtern',
  resetFilters: 'Filter zurücksetzen',
  columns: {
    client: 'Kunde',
    contract: 'Vertrag',
    risk: 'Sparte',
    missing: 'Fehlende Unterlagen',
    age: 'Alter',
    lastReminder: 'Letzte Erinnerung',
    actions: 'Erinnerung',
  },
  never: 'Nie',
  nextReminder: (date) => `Nächste Erinnerung am ${date}`,
  nothingMissing: 'Keine',
  open: (client) => `Akte von ${client} öffnen`,
  remind: (client) => `${client} erinnern`,
  reminderTitle: (client) => `Erinnerung an ${client}`,
  onlyToReview: 'Nur zu prüfende',
  toReview: (count) => `${count} zu prüfen`,
};

/** `<dossier-reminder>`. */
export const reminder: ReminderMessages = {
  title: 'Erinnerung',
  to: 'An',
  subject: 'Betreff',
  body: 'Nachricht',
  pieces: 'Angeforderte Unterlagen',
  piecesHint: 'Die angekreuzten Unterlagen werden mit der Erinnerung als angefordert vermerkt.',
  noPieces: 'Keine fehlenden Unterlagen.',
  send: 'Senden',
  sending: 'Wird gesendet…',
  sent: (to) => `Erinnerung an ${to} gesendet.`,
  history: 'Frühere Erinnerungen',
  noHistory: 'Für diese Akte wurde noch keine Erinnerung gesendet.',
  historyItem: (date, subject) => `${date} — ${subject}`,
  sentTo: (to) => `an ${to}`,
  fieldErrors: {
    toInvalid: 'Ungültige E-Mail-Adresse: Geben Sie eine einzige Adresse ein, zum Beispiel name@beispiel.de.',
    toLineBreak: 'Die Adresse darf keinen Zeilenumbruch und kein Steuerzeichen enthalten.',
    subjectLineBreak: 'Der Betreff darf keinen Zeilenumbruch und kein Steuerzeichen enthalten.',
    subjectEmpty: 'Der Betreff darf nicht leer sein.',
    bodyEmpty: 'Die Nachricht darf nicht leer sein.',
    bodyInvalid: 'Die Nachricht ist ungültig.',
  },
  sendFailed: 'Die Erinnerung wurde nicht gesendet.',
  mailtoBlocked:
    'Das E-Mail-Programm kann nicht geöffnet werden: Diese Seite wird in einem isolierten Rahmen (iframe sandbox) angezeigt, der das verbietet. ' +
    'Die Host-Anwendung muss allow-popups oder allow-top-navigation-to-custom-protocols erlauben oder selbst senden (Eigenschaft transport).',
  uploadLink: {
    attach: 'Upload-Link einfügen',
    attaching: 'Link wird erstellt…',
    attached: (days: number) => `Upload-Link in die Nachricht eingefügt, ${days} Tage gültig.`,
    failed: 'Der Upload-Link konnte nicht erstellt werden.',
    noPieces: 'Wählen Sie mindestens ein angefordertes Dokument aus, um den Link zu erstellen.',
    hint: 'Der Kunde lädt die ausgewählten Dokumente auf einer sicheren Seite hoch, ohne Konto.',
  },
  automatic: {
    title: 'Automatische Erinnerungen',
    status: {
      unscheduled: 'Keine automatischen Erinnerungen geplant',
      active: 'Automatische Erinnerungen laufen',
      paused: 'Automatische Erinnerungen pausiert',
      stopped: 'Automatische Erinnerungen beendet',
      closed: 'Akte geschlossen: keine Erinnerungen mehr',
      complete: 'Akte vollständig: keine Erinnerungen mehr',
      exhausted: 'Erinnerungen ausgeschöpft',
      escalated: 'Erinnerungen ausgeschöpft, Makler informiert',
    },
    next: (date) => `Nächste Erinnerung am ${date}`,
    start: 'Erinnerungen planen',
    pause: 'Pausieren',
    resume: 'Fortsetzen',
    failed: 'Nicht möglich:',
  },
  origin: {
    manual: 'Manuell',
    automatic: (step) => `Automatisch (Erinnerung ${step})`,
    escalation: 'Hinweis an den Makler',
  },
};

/** `<dossier-portal>`. */
export const portal: PortalMessages = {
  greeting: (firstName) => (firstName ? `Guten Tag ${firstName},` : 'Guten Tag,'),
  intro: (cabinetName) =>
    `${cabinetName || 'Ihr Makler'} bittet Sie um die folgenden Unterlagen. Senden Sie sie über diese Seite – ohne Konto.`,
  expires: (date) => `Dieser Link gilt bis ${date}.`,
  filesLeft: (count) => `Sie können noch ${count} ${count === 1 ? 'Datei' : 'Dateien'} senden.`,
  status: { requested: 'Zu senden', received: 'Erhalten — wird geprüft', complete: 'Vollständig', rejected: 'Abgelehnt — erneut senden' },
  rules: (kinds, size) => `Akzeptiert: ${kinds}, höchstens ${size}.`,
  anyKind: 'PDF, Bilder oder Dokumente',
  chooseFile: (label) => `Datei wählen — ${label}`,
  takePhoto: (label) => `Foto aufnehmen — ${label}`,
  sentFiles: 'Gesendete Dateien',
  reviewState: { pending: 'erhalten, wird geprüft', accepted: 'angenommen', rejected: 'abgelehnt', none: 'erhalten' },
  rejectionReason: {
    illegible: 'das Dokument ist unleserlich',
    expired: 'das Dokument ist abgelaufen',
    'wrong-document': 'es ist nicht das angeforderte Dokument',
    incomplete: 'das Dokument ist unvollständig',
    other: 'siehe Anmerkung unten',
  },
  rejected: (reason) => `Ihr Makler hat die letzte Datei abgelehnt: ${reason}.`,
  sendAgain: 'Senden Sie eine neue Datei für dieses Dokument.',
  notAccepted: (name, kinds) => `„${name}“ wird nicht akzeptiert: erwartet wird ${kinds}.`,
  tooLarge: (name, size) => `„${name}“ ist zu groß: höchstens ${size}.`,
  empty: (name) => `„${name}“ ist leer.`,
  uploading: (name) => `„${name}“ wird gesendet…`,
  progress: (name, percent) => `„${name}“ wird gesendet: ${percent} %`,
  uploaded: (name) => `„${name}“ gesendet.`,
  refused: (name, reason) => `„${name}“ wurde nicht gesendet. ${reason}`,
  noMoreFiles: 'Dieser Link nimmt keine Dateien mehr an.',
  done: 'Fertig',
  summaryTitle: 'Zusammenfassung',
  summarySent: (count) =>
    count === 0 ? 'Keine Datei gesendet.' : `${count} ${count === 1 ? 'Datei' : 'Dateien'} gesendet. Ihr Makler prüft sie.`,
  summaryMissing: (count) => `${count} ${count === 1 ? 'Dokument fehlt' : 'Dokumente fehlen'} noch.`,
  summaryAllSent: 'Alle angeforderten Unterlagen wurden gesendet. Vielen Dank!',
  back: 'Zurück zu den Unterlagen',
  linkNotWorking: 'Dieser Link ist nicht mehr gültig. Bitten Sie Ihren Makler um einen neuen.',
  noConnection: 'Keine Verbindung: Geben Sie dem Element seine Eigenschaft connection.',
};

/** Dossier in German: core and every element. */
export const de: Translation = {
  locale: 'de',
  core,
  elements: { common, badge, checklist, dropZone, indexer, tracker, piecesEditor, audit, reminder, portal },
};

/**
 * Dossier in Dutch (Netherlands and Flanders): core's texts (`@dossier/core/locales/nl`) and every
 * element's, one constant per element. Loaded on first use of `locale="nl"`; import it and
 * `registerLocale(nl)` to have it at once. Broker words: dossier, vereist document (an expected
 * document), offerte / polis, vrijstelling (a waived document), herinnering (the reminder e-mail);
 * the client is addressed with "u".
 * @packageDocumentation
 */
import { pluralRule } from '@dossier/core';
import { nl as core } from '@dossier/core/locales/nl';
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

/** A count of files in the audit: "123 polissen", the number already formatted. */
function total(count: number, formatted: string, phase: AuditPhaseFilter): string {
  const noun =
    phase === 'contract'
      ? plural(count, { one: 'polis', other: 'polissen' })
      : phase === 'proposal'
        ? plural(count, { one: 'offerte', other: 'offertes' })
        : plural(count, { one: 'dossier', other: 'dossiers' });
  return `${formatted} ${noun}`;
}

/** Texts several elements share. */
export const common: CommonMessages = {
  loading: 'Laden…',
  retry: 'Opnieuw proberen',
  noClient: 'Geen Dossier-client: plaats het element in een <dossier-provider> of geef het de eigenschap client.',
  status: {
    missing: 'Ontbreekt',
    expired: 'Verlopen',
    'pending-review': 'Ontvangen — te controleren',
    obtained: 'Ontvangen',
    archived: 'Gearchiveerd',
    waived: 'Vrijgesteld',
  },
  required: 'Verplicht',
  notRequired: 'Optioneel',
  requiredReason: {
    mandatory: 'Verplicht voor alle klanten',
    optional: 'Optioneel voor alle klanten',
    'rule-matched': 'Afhankelijk van het klantprofiel',
    'rule-not-matched': 'Afhankelijk van het klantprofiel',
  },
  close: 'Sluiten',
  cancel: 'Annuleren',
  confirm: 'Bevestigen',
  remove: 'Verwijderen',
  unclassified: 'Niet ingedeeld',
  partUnavailable: 'Dit deel van Dossier kon niet worden geladen. Controleer de verbinding en probeer het opnieuw.',
};

/** `<dossier-badge>`. */
export const badge: BadgeMessages = {
  toCollect: (n) => `${n} ${plural(n, { one: 'document ontbreekt', other: 'documenten ontbreken' })}`,
  complete: 'Dossier volledig',
  title: 'Documentopvolging',
  buttonLabel: (status) => `Documentopvolging: ${asSentence(status)} Bekijk de ontvangen documenten en wat nog ontbreekt`,
  toReview: (n) => `${n} te controleren`,
};

/** `<dossier-checklist>`. */
export const checklist: ChecklistMessages = {
  title: 'Vereiste documenten',
  group: {
    remaining: 'Nog te ontvangen',
    obtained: 'Ontvangen',
    archived: 'Gearchiveerd',
    waived: 'Vrijgesteld',
    'not-required': 'Niet vereist',
  },
  count: {
    remaining: (n) => `${n} nog te ontvangen`,
    obtained: (n) => `${n} ontvangen`,
    archived: (n) => `${n} gearchiveerd`,
    waived: (n) => `${n} vrijgesteld`,
    'not-required': (n) => `${n} niet vereist`,
  },
  unclassified: (n) => `${n} ${plural(n, { one: 'niet ingedeeld document', other: 'niet ingedeelde documenten' })}`,
  noPieces: 'Voor dit contracttype zijn geen documenten vereist.',
  noDocuments: 'Geen document',
  addDocument: 'Document toevoegen',
  addDocumentFor: (label) => `Document toevoegen: ${label}`,
  toArchive: 'te archiveren',
  archivedDocument: 'gearchiveerd',
  waivedBecause: (reason) => `Reden: ${reason}`,
  expiresOn: (date) => `geldig tot ${date}`,
  complete: 'Alle verplichte documenten zijn aanwezig.',
  documentsOf: (label) => `Documenten van ‘${label}’`,
  review: {
    pending: 'Ontvangen — te controleren',
    rejected: 'Geweigerd',
    accept: 'Accepteren',
    reject: 'Weigeren',
    reason: 'Reden van weigering',
    choose: 'Kies een reden…',
    reasons: { illegible: 'Onleesbaar', expired: 'Verlopen', 'wrong-document': 'Verkeerd document', incomplete: 'Onvolledig' },
    confirm: 'Weigering bevestigen',
    reasonRequired: 'Kies een reden van weigering.',
  },
};

/** `<dossier-drop-zone>`. */
export const dropZone: DropZoneMessages = {
  prompt: 'Sleep een document hierheen of klik om er een te kiezen',
  add: 'Document toevoegen',
  release: 'Loslaten om de bestanden toe te voegen',
  pasteHint: 'U kunt ook een bestand plakken (Ctrl+V).',
  forPiece: (label, rules) => `Voor ‘${label}’: ${rules}.`,
  accepted: (kinds) => `toegestane typen: ${kinds}`,
  anyKind: 'alle herkende typen',
  maxSize: (size) => `maximaal ${size}`,
  kindNames: {
    'application/pdf': 'PDF',
    'image/*': 'afbeeldingen',
    'image/jpeg': 'JPEG',
    'image/png': 'PNG',
    'image/heic': 'HEIC',
    'image/tiff': 'TIFF',
  },
  pieceUnavailable: 'De regels van het document konden niet worden gelezen:',
  step: {
    pending: 'Wachtend',
    validating: 'Controleren…',
    storing: 'Opslaan…',
    stored: 'Opgeslagen',
    rejected: 'Geweigerd',
    skipped: 'Overgeslagen',
  },
  skippedByHost: 'overgeslagen door de toepassing: er is niets opgeslagen.',
  oneFileOnly: 'één bestand tegelijk, dit bestand is niet toegevoegd',
  filesTitle: 'Neergezette bestanden',
  dismiss: (name) => `‘${name}’ uit de lijst halen`,
  clearFinished: 'Resultaten wissen',
  noFilesDropped: 'Er zat geen bestand in wat werd neergezet: er is niets toegevoegd.',
  noFilesPasted: 'Er zat geen bestand in wat werd geplakt: er is niets toegevoegd.',
  adding: (n) => plural(n, { one: 'Eén bestand wordt toegevoegd…', other: `${n} bestanden worden toegevoegd…` }),
  storedOne: (name) => `‘${name}’ opgeslagen.`,
  skippedOne: (name) => `‘${name}’ overgeslagen.`,
  summary: (stored, rejected, skipped) =>
    [`${stored} opgeslagen`, `${rejected} geweigerd`, ...(skipped ? [`${skipped} overgeslagen`] : [])].join(', ') + '.',
  disabled: 'Documenten toevoegen is uitgeschakeld.',
};

/** `<dossier-indexer>`. */
export const indexer: IndexerMessages = {
  title: 'Documenten indelen',
  unclassifiedHeading: 'In te delen documenten',
  classifiedHeading: 'Ingedeelde documenten',
  empty: 'Geen documenten om in te delen',
  noPieces: 'Voor dit contracttype zijn geen documenten vereist: documenten kunnen niet worden ingedeeld.',
  classifyAs: 'Indelen als…',
  choosePiece: '— Kies een vereist document —',
  classify: 'Indelen',
  reclassify: 'Opnieuw indelen',
  unclassify: 'Terugzetten naar niet ingedeeld',
  suggested: 'Voorstel op basis van de bestandsnaam',
  pieceRequired: 'Kies eerst het vereiste document.',
  addedOn: (date) => `Toegevoegd op ${date}`,
  passwordProtected: 'Beveiligd met wachtwoord',
  previewUnavailable: 'Geen voorbeeld: deze pdf is onleesbaar',
  confirmRemove: (name) => `‘${name}’ definitief verwijderen?`,
  classifiedAs: (name, piece) => `‘${name}’ ingedeeld als ${piece}.`,
  unclassifiedDone: (name) => `‘${name}’ teruggezet naar niet ingedeeld.`,
  removed: (name) => `‘${name}’ verwijderd.`,
  removeKept: (name) => `‘${name}’ behouden.`,
  readOnly: 'Dit dossier is afgesloten: de documenten kunnen niet meer worden ingedeeld of verwijderd.',
};

/** `<dossier-tracker>`. */
export const tracker: TrackerMessages = {
  title: 'Documentopvolging',
  titlePrefix: 'Documentopvolging: ',
  pieceSuffix: (label) => `: ${label}`,
  riskType: 'Contracttype',
  phase: 'Fase',
  phases: { proposal: 'Offerte', contract: 'Polis', archived: 'Gearchiveerd', lost: 'Verloren' },
  stage: 'Verkoopfase',
  contract: 'Polisnummer',
  toCollect: (n) => `${n} ${plural(n, { one: 'document ontbreekt', other: 'documenten ontbreken' })}`,
  complete: 'Dossier volledig: er ontbreekt niets meer',
  piecesHeading: 'Vereiste documenten',
  empty: 'Voor dit contracttype zijn geen documenten vereist',
  requirement: {
    required: 'Verplicht',
    optional: 'Optioneel',
    requiredByProfile: 'Verplicht volgens het klantprofiel',
    optionalByProfile: 'Optioneel volgens het klantprofiel',
  },
  documentState: { obtained: 'Ontvangen', archived: 'Gearchiveerd' },
  passwordProtected: 'Beveiligd met wachtwoord',
  noDocument: 'Geen document',
  documentCount: (n) => (n === 0 ? 'Geen document' : `${n} ${plural(n, { one: 'document', other: 'documenten' })}`),
  addDocument: 'Document toevoegen',
  actions: 'Acties',
  dropOn: (label) => `Loslaten om toe te voegen aan ‘${label}’`,
  validUntil: (date) => `Geldig tot ${date}`,
  waivedBecause: (reason) => `Reden van de vrijstelling: ${reason}`,
  archive: 'Archiveren',
  waive: 'Vrijstellen',
  waiveReason: 'Reden van de vrijstelling',
  waiveSubmit: 'Document vrijstellen',
  reasonRequired: 'Geef de reden van de vrijstelling op.',
  unwaive: 'Vrijstelling intrekken',
  classifyDocuments: (n) => `Documenten indelen (${n})`,
  addHeading: 'Documenten toevoegen',
  generalZone: 'Zet hier de documenten van het dossier neer; u deelt ze daarna in',
  readOnly: {
    archived: 'Gearchiveerd dossier: alleen lezen, de documenten kunnen niet meer worden gewijzigd.',
    lost: 'Verloren verkoop: alleen lezen, de documenten kunnen niet meer worden gewijzigd.',
  },
  waived: (label) => `${label}: document vrijgesteld.`,
  unwaived: (label) => `${label}: vrijstelling ingetrokken.`,
  archived: (name) => `‘${name}’ gearchiveerd.`,
  toReview: (count) => `${count} te controleren`,
  reviewState: { pending: 'Ontvangen — te controleren', accepted: 'Geaccepteerd', rejected: 'Geweigerd' },
  accept: 'Accepteren',
  reject: 'Weigeren',
  rejectReason: 'Reden van weigering',
  rejectChoose: 'Kies een reden…',
  rejectionReasons: {
    illegible: 'Onleesbaar',
    expired: 'Verlopen',
    'wrong-document': 'Verkeerd document',
    incomplete: 'Onvolledig',
    other: 'Anders (toelichten)',
  },
  rejectNote: 'Toelichting voor de klant',
  rejectSubmit: 'Weigering bevestigen',
  rejectReasonRequired: 'Kies een reden van weigering.',
  rejectNoteRequired: 'Licht de reden toe voor de klant.',
  rejectedBecause: (reason) => `Reden: ${reason}`,
  acceptedOne: (name) => `„${name}” geaccepteerd.`,
  rejectedOne: (name) => `„${name}” geweigerd.`,
  linksHeading: 'Klantlinks',
  noLinks: 'Geen link naar de klant gestuurd.',
  linkRow: (created, expires, files) =>
    `Gemaakt op ${created}, geldig tot ${expires} — ${files} ${files === 1 ? 'bestand' : 'bestanden'} ontvangen`,
  linkState: { active: 'Actief', used: 'Opgebruikt', expired: 'Verlopen', revoked: 'Ingetrokken' },
  createLink: 'Klantlink maken',
  linkCreated: 'Klantlink gemaakt: kopieer hem en stuur hem naar de klant.',
  linkShownOnce: 'Deze link wordt niet opnieuw getoond.',
  revokeLink: 'Intrekken',
  linkRevoked: 'Link ingetrokken.',
  linkPieces: 'Gevraagde stukken',
  linkNoPieces: 'Geen stukken te verzamelen.',
  linkDays: (max: number) => `Geldig (dagen, hoogstens ${max})`,
  linkMaxFiles: 'Maximum aantal bestanden (optioneel)',
  linkNoLimit: 'Geen limiet',
  linkSubmit: 'Link aanmaken',
  linkPiecesRequired: 'Vink minstens één op te vragen stuk aan.',
  linkDaysInvalid: (max: number) => `Vul een geheel aantal dagen in, van 1 tot ${max}.`,
  linkMaxFilesInvalid: (max: number) => `Vul een geheel aantal bestanden in, van 1 tot ${max}, of laat leeg voor geen limiet.`,
  automatic: {
    next: (date) => `Volgende herinnering op ${date}`,
    paused: 'Automatische herinneringen gepauzeerd',
    pause: 'Herinneringen pauzeren',
    resume: 'Herinneringen hervatten',
  },
};

/** `<dossier-pieces-editor>` and its parts. */
export const piecesEditor: PiecesEditorMessages = {
  catalogue: 'Contracttypen',
  catalogueEmpty: 'Geen contracttype in de catalogus',
  heading: (label) => `Vereiste documenten — ${label}`,
  piecesEmpty: 'Voor dit contracttype zijn geen documenten vereist',
  piecesList: (label) => `Vereiste documenten voor ${label}`,
  addPiece: 'Document toevoegen',
  newPiece: 'Nieuw document',
  add: 'Toevoegen',
  about: (action, label) => `${action}: ‘${label}’`,
  rename: 'Naam wijzigen',
  renameField: (label) => `Nieuwe naam voor ‘${label}’`,
  save: 'Opslaan',
  moveUp: 'Omhoog',
  moveDown: 'Omlaag',
  moveHint: 'Alt + pijl omhoog of omlaag om het document te verplaatsen, of slepen en neerzetten.',
  confirmRemove: (label) => `‘${label}’ verwijderen? Al ingedeelde documenten blijven in hun dossiers, niet ingedeeld.`,
  options: 'Opties',
  optionsOf: (label) => `Opties van ‘${label}’`,
  requirement: 'Vereiste',
  mandatory: 'Verplicht',
  optional: 'Optioneel',
  profile: 'Afhankelijk van het klantprofiel',
  effectLabel: 'Het document is',
  effect: { mandatoryWhen: 'Verplicht als', optionalWhen: 'Optioneel als' },
  attribute: 'Klantkenmerk',
  attributeSuggestions: {
    type: 'particulier of professionnel',
    age: 'leeftijd in jaren',
    jeuneConducteur: 'true of false',
    formeJuridique: 'SARL, SAS, EI…',
  },
  operatorLabel: 'Voorwaarde',
  operator: {
    eq: 'is gelijk aan',
    in: 'is een van (gescheiden door komma’s)',
    gt: 'is groter dan',
    lt: 'is kleiner dan',
    exists: 'is ingevuld',
  },
  operatorWords: { eq: 'is gelijk aan', in: 'is een van', gt: 'is groter dan', lt: 'is kleiner dan', exists: 'is ingevuld' },
  value: 'Waarde',
  valueHint: 'Getallen, true en false worden herkend; zet tekst tussen dubbele aanhalingstekens om die ongewijzigd te laten.',
  advancedRule: 'Geavanceerde regel',
  advancedHint: 'Deze regel kan niet met de eenvoudige velden worden bewerkt; hij blijft ongewijzigd bewaard.',
  replaceAdvanced: 'Vervangen door een eenvoudige regel',
  accept: 'Toegestane bestandstypen',
  acceptKind: { pdf: 'PDF', images: 'Afbeeldingen', office: 'Word/Office', openDocument: 'OpenDocument' },
  acceptHint: 'Niets aangevinkt: alle herkende typen.',
  acceptOthers: (entries) => `Andere bewaarde typen: ${entries}`,
  maxSize: 'Maximale grootte (MB)',
  maxSizeHint: 'Leeg: de standaardlimiet.',
  validity: 'Geldigheid (dagen)',
  validityHint: 'Optioneel; bijvoorbeeld ‘minder dan 3 maanden oud’ = 90.',
  saveOptions: 'Opslaan',
  allKinds: 'alle typen',
  sizeLimit: (size) => `max. ${size}`,
  validFor: (days) => `${days} ${plural(days, { one: 'dag', other: 'dagen' })} geldig`,
  advancedSummary: 'Afhankelijk van het klantprofiel (geavanceerde regel)',
  added: (label) => `‘${label}’ toegevoegd`,
  renamed: (from, to) => `‘${from}’ hernoemd tot ‘${to}’`,
  removed: (label) => `‘${label}’ verwijderd`,
  moved: (label, position, total) => `${label} verplaatst naar positie ${position} van ${total}`,
  saved: (label) => `Opties van ‘${label}’ opgeslagen`,
  noChange: 'Niets om op te slaan',
  reminderPolicy: {
    title: 'Automatische herinneringen',
    loading: 'Laden…',
    sources: {
      riskType: 'Eigen beleid van dit contracttype.',
      cabinet: 'Beleid van het kantoor (geen eigen beleid voor dit type).',
      default: 'Standaardbeleid van Dossier (het kantoor stelde er geen in).',
    },
    enabled: 'Klanten automatisch herinneren',
    steps: 'Dagen na het eerste verzoek',
    stepsHint: 'Gescheiden door komma’s, bijvoorbeeld 3, 7, 14',
    maxReminders: 'Maximaal aantal herinneringen',
    days: 'Verzenddagen',
    dayNames: ['Maandag', 'Dinsdag', 'Woensdag', 'Donderdag', 'Vrijdag', 'Zaterdag', 'Zondag'],
    from: 'Verzenden vanaf',
    to: 'Tot',
    timeZone: 'Tijdzone van het kantoor',
    escalate: 'De makelaar inlichten na de laatste herinnering',
    escalationDays: 'Dagen na de laatste herinnering',
    escalationTo: 'Adres om in te lichten (optioneel, anders de makelaar van het dossier)',
    save: 'Herinneringen opslaan',
    saved: 'Herinneringen opgeslagen.',
    useCabinet: 'Beleid van het kantoor gebruiken',
  },
};

/** `<dossier-audit>`. */
export const audit: AuditMessages = {
  title: 'Polissen met ontbrekende documenten',
  filters: 'Filters',
  riskType: 'Risicotype',
  allRiskTypes: 'Alle typen',
  phase: 'Verkoopfase',
  phases: { contract: 'Polissen', proposal: 'Offertes', both: 'Polissen en offertes' },
  onlyIncomplete: 'Alleen onvolledige dossiers',
  onlyRemindersExhausted: 'Alleen uitgeputte herinneringen',
  order: 'Sortering',
  oldest: 'Oudste eerst',
  newest: 'Nieuwste eerst',
  total,
  empty: 'Geen polissen met ontbrekende documenten',
  emptyFiltered: 'Geen dossier voldoet aan deze filters',
  resetFilters: 'Filters herstellen',
  columns: {
    client: 'Klant',
    contract: 'Polis',
    risk: 'Risico',
    missing: 'Ontbrekende documenten',
    age: 'Ouderdom',
    lastReminder: 'Laatste herinnering',
    actions: 'Herinnering',
  },
  never: 'Nooit',
  nextReminder: (date) => `Volgende herinnering op ${date}`,
  nothingMissing: 'Geen',
  open: (client) => `Dossier van ${client} openen`,
  remind: (client) => `${client} een herinnering sturen`,
  reminderTitle: (client) => `Herinnering aan ${client}`,
  onlyToReview: 'Alleen te controleren',
  toReview: (count) => `${count} te controleren`,
};

/** `<dossier-reminder>`. */
export const reminder: ReminderMessages = {
  title: 'Herinnering',
  to: 'Aan',
  subject: 'Onderwerp',
  body: 'Bericht',
  pieces: 'Gevraagde documenten',
  piecesHint: 'De aangevinkte documenten worden met de herinnering als gevraagd geregistreerd.',
  noPieces: 'Geen ontbrekende documenten.',
  send: 'Versturen',
  sending: 'Versturen…',
  sent: (to) => `Herinnering verstuurd naar ${to}.`,
  history: 'Eerdere herinneringen',
  noHistory: 'Voor dit dossier is nog geen herinnering verstuurd.',
  historyItem: (date, subject) => `${date} — ${subject}`,
  sentTo: (to) => `aan ${to}`,
  fieldErrors: {
    toInvalid: 'Ongeldig e-mailadres: voer één adres in, bijvoorbeeld naam@voorbeeld.nl.',
    toLineBreak: 'Het adres mag geen regeleinde of stuurteken bevatten.',
    subjectLineBreak: 'Het onderwerp mag geen regeleinde of stuurteken bevatten.',
    subjectEmpty: 'Het onderwerp mag niet leeg zijn.',
    bodyEmpty: 'Het bericht mag niet leeg zijn.',
    bodyInvalid: 'Het bericht is ongeldig.',
  },
  sendFailed: 'De herinnering is niet verstuurd.',
  mailtoBlocked:
    'Het e-mailprogramma kan niet worden geopend: deze pagina staat in een afgeschermd kader (iframe sandbox) dat dit verbiedt. ' +
    'De hosttoepassing moet allow-popups of allow-top-navigation-to-custom-protocols toestaan, of het bericht zelf versturen (eigenschap transport).',
  uploadLink: {
    attach: 'Uploadlink toevoegen',
    attaching: 'Link wordt aangemaakt…',
    attached: (days: number) => `Uploadlink aan het bericht toegevoegd, ${days} dagen geldig.`,
    failed: 'De uploadlink kon niet worden aangemaakt.',
    noPieces: 'Vink minstens één op te vragen stuk aan om de link aan te maken.',
    hint: 'De klant uploadt de aangevinkte stukken op een beveiligde pagina, zonder account.',
  },
  automatic: {
    title: 'Automatische herinneringen',
    status: {
      unscheduled: 'Geen automatische herinneringen gepland',
      active: 'Automatische herinneringen lopen',
      paused: 'Automatische herinneringen gepauzeerd',
      stopped: 'Automatische herinneringen gestopt',
      closed: 'Dossier gesloten: geen herinneringen meer',
      complete: 'Dossier compleet: geen herinneringen meer',
      exhausted: 'Herinneringen uitgeput',
      escalated: 'Herinneringen uitgeput, makelaar ingelicht',
    },
    next: (date) => `Volgende herinnering op ${date}`,
    start: 'Herinneringen plannen',
    pause: 'Pauzeren',
    resume: 'Hervatten',
    failed: 'Niet gelukt:',
  },
  origin: {
    manual: 'Handmatig',
    automatic: (step) => `Automatisch (herinnering ${step})`,
    escalation: 'Melding aan makelaar',
  },
};

/** `<dossier-portal>`. */
export const portal: PortalMessages = {
  greeting: (firstName) => (firstName ? `Beste ${firstName},` : 'Beste klant,'),
  intro: (cabinetName) =>
    `${cabinetName || 'Uw tussenpersoon'} vraagt u om de documenten hieronder. Stuur ze via deze pagina, zonder account.`,
  expires: (date) => `Deze link is geldig tot ${date}.`,
  filesLeft: (count) => `U kunt nog ${count} ${count === 1 ? 'bestand' : 'bestanden'} sturen.`,
  status: {
    requested: 'Te sturen',
    received: 'Ontvangen — wordt gecontroleerd',
    complete: 'Compleet',
    rejected: 'Geweigerd — opnieuw sturen',
  },
  rules: (kinds, size) => `Geaccepteerd: ${kinds}, hoogstens ${size}.`,
  anyKind: 'pdf, afbeeldingen of documenten',
  chooseFile: (label) => `Bestand kiezen — ${label}`,
  takePhoto: (label) => `Foto maken — ${label}`,
  sentFiles: 'Verstuurde bestanden',
  reviewState: { pending: 'ontvangen, wordt gecontroleerd', accepted: 'geaccepteerd', rejected: 'geweigerd', none: 'ontvangen' },
  rejectionReason: {
    illegible: 'het document is onleesbaar',
    expired: 'het document is verlopen',
    'wrong-document': 'het is niet het gevraagde document',
    incomplete: 'het document is onvolledig',
    other: 'zie de opmerking hieronder',
  },
  rejected: (reason) => `Uw tussenpersoon heeft het laatste bestand geweigerd: ${reason}.`,
  sendAgain: 'Stuur een nieuw bestand voor dit document.',
  notAccepted: (name, kinds) => `„${name}” wordt niet geaccepteerd: dit document moet ${kinds} zijn.`,
  tooLarge: (name, size) => `„${name}” is te groot: hoogstens ${size}.`,
  empty: (name) => `„${name}” is leeg.`,
  uploading: (name) => `„${name}” wordt verstuurd…`,
  progress: (name, percent) => `„${name}” wordt verstuurd: ${percent}%`,
  uploaded: (name) => `„${name}” verstuurd.`,
  refused: (name, reason) => `„${name}” is niet verstuurd. ${reason}`,
  noMoreFiles: 'Deze link neemt geen bestanden meer aan.',
  done: 'Klaar',
  summaryTitle: 'Overzicht',
  summarySent: (count) =>
    count === 0
      ? 'Geen bestand verstuurd.'
      : `${count} ${count === 1 ? 'bestand' : 'bestanden'} verstuurd. Uw tussenpersoon controleert ze.`,
  summaryMissing: (count) => `Nog ${count} ${count === 1 ? 'document' : 'documenten'} te sturen.`,
  summaryAllSent: 'Alle gevraagde documenten zijn verstuurd. Dank u!',
  back: 'Terug naar de documenten',
  linkNotWorking: 'Deze link is niet meer geldig. Vraag uw tussenpersoon om een nieuwe.',
  noConnection: 'Geen verbinding: geef het element zijn eigenschap connection.',
};

/** Dossier in Dutch: core and every element. */
export const nl: Translation = {
  locale: 'nl',
  core,
  elements: { common, badge, checklist, dropZone, indexer, tracker, piecesEditor, audit, reminder, portal },
};

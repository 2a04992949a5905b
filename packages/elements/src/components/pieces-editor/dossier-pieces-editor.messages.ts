import type { ReminderPolicySource } from '@dossier/core';
import type { AcceptKindId } from './accept-kinds.js';
import type { RuleEffect, SimpleOperator } from './requirement-draft.js';

/** Texts of `<dossier-pieces-editor>`. */
export interface PiecesEditorMessages {
  catalogue: string;
  catalogueEmpty: string;
  heading: (riskTypeLabel: string) => string;
  piecesEmpty: string;
  piecesList: (riskTypeLabel: string) => string;
  addPiece: string;
  newPiece: string;
  add: string;
  /** Accessible name of a row's button: the action and the piece it acts on. */
  about: (action: string, label: string) => string;
  rename: string;
  renameField: (label: string) => string;
  save: string;
  moveUp: string;
  moveDown: string;
  moveHint: string;
  confirmRemove: (label: string) => string;
  options: string;
  optionsOf: (label: string) => string;
  requirement: string;
  mandatory: string;
  optional: string;
  profile: string;
  effectLabel: string;
  effect: Record<RuleEffect, string>;
  attribute: string;
  attributeSuggestions: Record<string, string>;
  operatorLabel: string;
  /** Operator choices of the rule's select. */
  operator: Record<SimpleOperator, string>;
  /** Operators inside a sentence describing a rule. */
  operatorWords: Record<SimpleOperator, string>;
  value: string;
  valueHint: string;
  advancedRule: string;
  advancedHint: string;
  replaceAdvanced: string;
  accept: string;
  acceptKind: Record<AcceptKindId, string>;
  acceptHint: string;
  acceptOthers: (entries: string) => string;
  maxSize: string;
  maxSizeHint: string;
  validity: string;
  validityHint: string;
  saveOptions: string;
  allKinds: string;
  sizeLimit: (size: string) => string;
  validFor: (days: number) => string;
  advancedSummary: string;
  added: (label: string) => string;
  renamed: (from: string, to: string) => string;
  removed: (label: string) => string;
  moved: (label: string, position: number, total: number) => string;
  saved: (label: string) => string;
  noChange: string;
  /** "Relances automatiques" of the selected risk type. */
  reminderPolicy: ReminderPolicyMessages;
}

/** Texts of the "Relances automatiques" form of `<dossier-pieces-editor>`. */
export interface ReminderPolicyMessages {
  title: string;
  loading: string;
  /** Where the policy shown comes from. */
  sources: Record<ReminderPolicySource, string>;
  enabled: string;
  steps: string;
  stepsHint: string;
  maxReminders: string;
  days: string;
  /** Monday first. */
  dayNames: readonly [string, string, string, string, string, string, string];
  from: string;
  to: string;
  timeZone: string;
  escalate: string;
  escalationDays: string;
  escalationTo: string;
  save: string;
  saved: string;
  useCabinet: string;
}

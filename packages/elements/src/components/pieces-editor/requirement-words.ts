import type { Requirement } from '@dossier/core';
import type { PiecesEditorMessages } from './dossier-pieces-editor.messages.js';
import { readRequirementDraft } from './requirement-draft.js';

/** A requirement in words, e.g. "Facultative si type est égal à professionnel". */
export function requirementWords(
  requirement: Requirement,
  t: PiecesEditorMessages,
  attributeName: (attr: string) => string = (attr) => attr,
  formatNumber: (value: number) => string = String,
): string {
  if (requirement === 'mandatory') return t.mandatory;
  if (requirement === 'optional') return t.optional;
  const draft = readRequirementDraft(requirement);
  if (!draft) return t.advancedSummary;
  const words = [t.effect[draft.effect], attributeName(draft.attr), t.operatorWords[draft.operator]];
  // A number in the broker's own format ("200 000"), never the raw "200000".
  if (draft.operator !== 'exists') words.push(/^-?\d+(\.\d+)?$/.test(draft.value.trim()) ? formatNumber(Number(draft.value)) : draft.value);
  return words.join(' ');
}

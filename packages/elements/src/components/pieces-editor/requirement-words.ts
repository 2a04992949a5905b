import type { Requirement } from '@dossier/core';
import type { PiecesEditorMessages } from './dossier-pieces-editor.messages.js';
import { readRequirementDraft } from './requirement-draft.js';

/** A requirement in words, e.g. "Facultative si type est égal à professionnel". */
export function requirementWords(requirement: Requirement, t: PiecesEditorMessages, attributeName: (attr: string) => string = (attr) => attr): string {
  if (requirement === 'mandatory') return t.mandatory;
  if (requirement === 'optional') return t.optional;
  const draft = readRequirementDraft(requirement);
  if (!draft) return t.advancedSummary;
  const words = [t.effect[draft.effect], attributeName(draft.attr), t.operatorWords[draft.operator]];
  if (draft.operator !== 'exists') words.push(draft.value);
  return words.join(' ');
}

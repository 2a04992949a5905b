/**
 * The groups of `<dossier-checklist>`, in display order: what is still
 * required first, then what is done, then what needs nothing.
 */
export const CHECKLIST_GROUPS = ['remaining', 'obtained', 'archived', 'waived', 'not-required'] as const;

/** A group of `<dossier-checklist>`: `remaining` = required and missing or expired; `not-required` = optional for this client and not provided. */
export type ChecklistGroup = (typeof CHECKLIST_GROUPS)[number];

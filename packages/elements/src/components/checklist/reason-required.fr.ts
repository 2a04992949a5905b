/**
 * What `<dossier-checklist>` says when a refusal is confirmed without a reason, in French: in a
 * module of its own because the element's review controller holds it, outside the element's view
 * (and its other French texts).
 */
export const reasonRequiredFr = 'Choisissez un motif de refus.';

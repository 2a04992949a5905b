import type { CollectedDocument, Completeness, Dossier } from '@dossier/core';

/** What `<dossier-checklist>` shows, loaded together so the groups and names agree. */
export interface ChecklistData {
  readonly completeness: Completeness;
  readonly dossier: Dossier;
  readonly documents: ReadonlyMap<string, CollectedDocument>;
}

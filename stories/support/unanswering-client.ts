import type { DossierClient } from '@dossier/core';
import { createFailingStorage } from './create-failing-storage.js';
import { createPendingStorage } from './create-pending-storage.js';
import { createStoryClient } from './create-story-client.js';
import { STORY_DOSSIER_ID } from './story-dossier-id.js';

/**
 * What the loading and error stories of every element load: a client whose
 * storage never answers (`pending`) or fails every call (`failing`), and the
 * dossier id the element asks for.
 */
export function unansweringClient(kind: 'pending' | 'failing'): { client: DossierClient; dossierId: string } {
  const storage = kind === 'pending' ? createPendingStorage() : createFailingStorage();
  return { client: createStoryClient({ storage }), dossierId: STORY_DOSSIER_ID };
}

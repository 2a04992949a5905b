import type { TrackerMessages } from './dossier-tracker.messages.js';

/**
 * The texts the tracker's review controller holds ("Accepter" / "Refuser" of documents the client
 * sent), in French: in a module of their own because the controller lives on the element, outside
 * its view and the tracker's other French texts. The indexer announces an acceptance with them too.
 */
export const trackerReviewFr: Pick<TrackerMessages, 'rejectReasonRequired' | 'rejectNoteRequired' | 'acceptedOne' | 'rejectedOne'> = {
  rejectReasonRequired: 'Choisissez un motif de refus.',
  rejectNoteRequired: 'Précisez le motif pour le client.',
  acceptedOne: (name) => `« ${name} » accepté.`,
  rejectedOne: (name) => `« ${name} » refusé.`,
};

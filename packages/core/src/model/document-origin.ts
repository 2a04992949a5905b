/** Who put a document in the dossier: the broker (by drop or pick) or the client, through an upload link. */
export type DocumentOrigin = 'broker' | 'portal';

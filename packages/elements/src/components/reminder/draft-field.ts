/** A field of `<dossier-reminder>`'s composer that core may refuse. */
export type DraftField = 'to' | 'subject' | 'body';

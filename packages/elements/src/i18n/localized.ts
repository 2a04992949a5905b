/** Texts of one element in French and English. */
export type Localized<T> = Readonly<Record<'fr' | 'en', T>>;

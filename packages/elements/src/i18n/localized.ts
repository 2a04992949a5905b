import type { Locale } from '@dossier/core';

/** Texts of one element in every locale. */
export type Localized<T> = Readonly<Record<Locale, T>>;

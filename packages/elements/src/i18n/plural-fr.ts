import { pluralRule, type PluralRule } from '@dossier/core';
import { fr as core } from '@dossier/core/locales/fr';

/** French plural forms (`Intl.PluralRules` of core's French), for the elements' French texts. */
export const pluralFr: PluralRule = /* @__PURE__ */ pluralRule(core.intl);

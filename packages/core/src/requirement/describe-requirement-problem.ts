import type { Locale } from '../i18n/locale.js';
import type { LocalizedText } from '../i18n/localized-text.js';
import { CONDITION_LIMITS } from './condition-limits.js';
import type { RequirementProblem } from './requirement-problem.js';

const L = CONDITION_LIMITS;

function english(problem: RequirementProblem): string {
  switch (problem.kind) {
    case 'not-requirement':
      return 'expected "mandatory", "optional", { mandatoryWhen: condition } or { optionalWhen: condition }';
    case 'not-condition':
      return 'expected a condition: { attr, eq | in | gt | lt | exists }, { all: [...] }, { any: [...] } or { not: condition }';
    case 'not-plain-object':
      return 'expected a plain object';
    case 'not-data-property':
      return 'only plain data properties are allowed (no getters, symbols or hidden properties)';
    case 'forbidden-key':
      return `the key "${problem.key}" is forbidden`;
    case 'unknown-key':
      return `unknown key "${problem.key}"`;
    case 'operator-count':
      return 'a condition on "attr" needs exactly one of eq, in, gt, lt, exists';
    case 'invalid-attr':
      return `"attr" must be a non-empty text of at most ${L.maxAttrLength} characters`;
    case 'invalid-eq':
      return '"eq" must be a text, a finite number, a boolean or null';
    case 'invalid-in':
      return `"in" must be a list of at most ${L.maxInItems} texts, finite numbers, booleans or nulls`;
    case 'invalid-number':
      return `"${problem.key}" must be a finite number`;
    case 'invalid-exists':
      return '"exists" must be true or false';
    case 'invalid-list':
      return `"${problem.key}" must be a non-empty list of at most ${L.maxListItems} conditions`;
    case 'too-deep':
      return `conditions are nested more than ${L.maxDepth} levels deep`;
    case 'too-many-conditions':
      return `the rule has more than ${L.maxConditions} conditions`;
    case 'unreadable':
      return 'the value could not be read';
  }
}

function french(problem: RequirementProblem): string {
  switch (problem.kind) {
    case 'not-requirement':
      return 'attendu « mandatory », « optional », { mandatoryWhen: condition } ou { optionalWhen: condition }';
    case 'not-condition':
      return 'attendu une condition : { attr, eq | in | gt | lt | exists }, { all: [...] }, { any: [...] } ou { not: condition }';
    case 'not-plain-object':
      return 'attendu un objet simple';
    case 'not-data-property':
      return 'seules des propriétés de données simples sont permises (ni accesseurs, ni symboles, ni propriétés cachées)';
    case 'forbidden-key':
      return `la clé « ${problem.key} » est interdite`;
    case 'unknown-key':
      return `clé inconnue « ${problem.key} »`;
    case 'operator-count':
      return 'une condition sur « attr » demande exactement un opérateur parmi eq, in, gt, lt, exists';
    case 'invalid-attr':
      return `« attr » doit être un texte non vide de ${L.maxAttrLength} caractères au plus`;
    case 'invalid-eq':
      return '« eq » doit être un texte, un nombre fini, un booléen ou null';
    case 'invalid-in':
      return `« in » doit être une liste d'au plus ${L.maxInItems} textes, nombres finis, booléens ou null`;
    case 'invalid-number':
      return `« ${problem.key} » doit être un nombre fini`;
    case 'invalid-exists':
      return '« exists » doit valoir true ou false';
    case 'invalid-list':
      return `« ${problem.key} » doit être une liste non vide d'au plus ${L.maxListItems} conditions`;
    case 'too-deep':
      return `les conditions sont imbriquées sur plus de ${L.maxDepth} niveaux`;
    case 'too-many-conditions':
      return `la règle compte plus de ${L.maxConditions} conditions`;
    case 'unreadable':
      return 'la valeur est illisible';
  }
}

/**
 * The reason text of a requirement problem, prefixed with where it was found
 * (e.g. `mandatoryWhen.all[1]`) so a person can fix a long rule.
 */
function describeRequirementProblem(problem: RequirementProblem, path: string, locale: Locale): string {
  if (locale === 'en') return path ? `at ${path}: ${english(problem)}` : english(problem);
  return path ? `en ${path} : ${french(problem)}` : french(problem);
}

/** The problem described in every locale, for `DossierError.details.reason`. */
export function describeRequirementProblemText(problem: RequirementProblem, path: string): LocalizedText {
  return { fr: describeRequirementProblem(problem, path, 'fr'), en: describeRequirementProblem(problem, path, 'en') };
}

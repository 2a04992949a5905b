/**
 * Bounds a requirement rule must stay within. They keep a stored rule small
 * enough to evaluate on every completeness computation, whoever wrote it.
 */
export const CONDITION_LIMITS = {
  /** Longest attribute name, in UTF-16 code units. */
  maxAttrLength: 100,
  /** Most values in an `in` list. */
  maxInItems: 100,
  /** Most conditions in one `all` or `any` list. */
  maxListItems: 100,
  /** Deepest nesting: a lone condition has depth 1, each `all`/`any`/`not` adds one. */
  maxDepth: 16,
  /** Most conditions in one rule, counting every nested one. */
  maxConditions: 1000,
} as const;

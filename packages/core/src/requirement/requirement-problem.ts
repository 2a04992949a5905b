/** What is wrong with a requirement rule; shown in every locale through the translations' `reasons.requirement`. */
export type RequirementProblem =
  | { readonly kind: 'not-requirement' }
  | { readonly kind: 'not-condition' }
  | { readonly kind: 'not-plain-object' }
  | { readonly kind: 'not-data-property' }
  | { readonly kind: 'forbidden-key'; readonly key: string }
  | { readonly kind: 'unknown-key'; readonly key: string }
  | { readonly kind: 'operator-count' }
  | { readonly kind: 'invalid-attr' }
  | { readonly kind: 'invalid-eq' }
  | { readonly kind: 'invalid-in' }
  | { readonly kind: 'invalid-number'; readonly key: 'gt' | 'lt' }
  | { readonly kind: 'invalid-exists' }
  | { readonly kind: 'invalid-list'; readonly key: 'all' | 'any' }
  | { readonly kind: 'too-deep' }
  | { readonly kind: 'too-many-conditions' }
  | { readonly kind: 'unreadable' };

/** A scalar a client profile attribute may hold. */
export type ProfileValue = string | number | boolean | null;

/** Attributes describing the client (e.g. `{ kind: 'professionnel', driverAge: 22 }`). */
export type ClientProfile = Readonly<Record<string, ProfileValue>>;

/**
 * A condition on the client profile, as plain JSON.
 * A missing attribute is simply not equal to anything, never an error.
 */
export type Condition =
  | { readonly attr: string; readonly eq: ProfileValue }
  | { readonly attr: string; readonly in: readonly ProfileValue[] }
  | { readonly attr: string; readonly gt: number }
  | { readonly attr: string; readonly lt: number }
  | { readonly attr: string; readonly exists: boolean }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

/**
 * Whether an expected piece is required: always, never, or depending on the
 * client profile.
 */
export type Requirement = 'mandatory' | 'optional' | { readonly mandatoryWhen: Condition } | { readonly optionalWhen: Condition };

/**
 * Characters of a local part: RFC 5322 `atext` without `%` (legal, but unused by real
 * addresses and a classic vehicle for double-decoding tricks), plus any Unicode letter,
 * mark or number (RFC 6531 internationalised addresses). Spaces, controls, quotes,
 * `,` `;` `<` `>` `:` and `\` are all outside it, so no display name, group or second
 * recipient can ride along.
 */
const LOCAL_PART = /^[A-Za-z0-9!#$&'*+\-/=?^_`{|}~\p{L}\p{M}\p{N}]+(?:\.[A-Za-z0-9!#$&'*+\-/=?^_`{|}~\p{L}\p{M}\p{N}]+)*$/u;

/** A domain label: letters (any script, for IDN), digits, inner hyphens. */
const DOMAIN_LABEL = /^[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]*[\p{L}\p{M}\p{N}])?$/u;

/** A top-level label is not all digits, so `a@1.2.3.4` is refused. */
const ALL_DIGITS = /^[0-9]+$/;

/**
 * Whether `value` is one plausible e-mail address (`local@domain`), pragmatically:
 * no quoted local parts, no IP literals, no comments or display names; at most
 * 254 characters, local part at most 64, domain labels at most 63, at least two labels.
 * Internationalised (non-ASCII) letters are allowed on both sides.
 *
 * @example
 * isValidEmail('jean.dupont@exemple.fr') // true
 * isValidEmail('a@b.fr,c@d.fr')         // false: a second recipient
 */
export function isValidEmail(value: string): boolean {
  if (typeof value !== 'string' || value.length === 0 || value.length > 254) return false;
  const at = value.indexOf('@');
  if (at <= 0 || at !== value.lastIndexOf('@')) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.length > 64 || !LOCAL_PART.test(local)) return false;
  if (domain.length > 253) return false;
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  if (!labels.every((label) => label.length <= 63 && DOMAIN_LABEL.test(label))) return false;
  return !ALL_DIGITS.test(labels[labels.length - 1] ?? '');
}

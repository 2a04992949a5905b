/** Tag names of the controls a person types into or picks from. */
const FIELD_TAGS = new Set(['input', 'select', 'textarea']);

/**
 * Whether an event target is an `<input>`, `<select>` or `<textarea>` (optionally only of some
 * input types). Checked by tag name, not `instanceof HTMLInputElement`: an element adopted from
 * another frame keeps that frame's prototypes, and `instanceof` would miss it.
 */
export function isFormField(
  target: EventTarget | null | undefined,
  options: { inputTypesExcept?: readonly string[] } = {},
): target is HTMLElement {
  const element = target as Partial<HTMLInputElement> | null | undefined;
  if (!element || typeof element.localName !== 'string' || !FIELD_TAGS.has(element.localName)) return false;
  return element.localName !== 'input' || !options.inputTypesExcept?.includes(element.type ?? '');
}

import { LOCALES } from '@dossier/core';

/** What Storybook's custom-elements reader gives for one argType (the fields used here). */
export interface StoryArgType {
  readonly control?: unknown;
  readonly options?: readonly unknown[];
  readonly table?: { readonly category?: string; readonly type?: { readonly summary?: string } };
  readonly [key: string]: unknown;
}

/**
 * The control of an attribute, from its type as the custom-elements manifest writes it. Every type
 * an element's attribute has must be here: `controlOfAttributeType` returns undefined for an unknown
 * one, and `npm run test:stories` fails on it, so a new attribute never shows "-" in the controls.
 */
const CONTROLS: Readonly<Record<string, { control: string; options?: readonly string[] }>> = {
  string: { control: 'text' },
  // field-id: the manifest has no type for it (a string).
  '': { control: 'text' },
  'string | null': { control: 'text' },
  'string | undefined': { control: 'text' },
  boolean: { control: 'boolean' },
  number: { control: 'number' },
  Locale: { control: 'select', options: LOCALES },
  'Locale | undefined': { control: 'select', options: LOCALES },
  AuditPhaseFilter: { control: 'select', options: ['contract', 'proposal', 'both'] },
  AuditOrder: { control: 'select', options: ['oldest', 'newest'] },
};

/** The control (and options) of an attribute of type `type`, or undefined when the type is unknown here. */
function controlOfAttributeType(type: string | undefined): { control: string; options?: readonly string[] } | undefined {
  return CONTROLS[(type ?? '').trim()];
}

/**
 * argTypes with a control for every attribute of the manifest (ids as text, `locale`, `phase`,
 * `order` as selects…), the story's own argTypes winning; other manifest entries (properties,
 * events, parts) keep a control only when the story declares an arg of that name.
 */
export function withAttributeControls(
  argTypes: Readonly<Record<string, StoryArgType>>,
  initialArgs: Readonly<Record<string, unknown>>,
): Record<string, StoryArgType> {
  return Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      if (argType.table?.category === 'attributes') {
        // An attribute the element reflects for host styling ("Reflects whether the dossier is complete"): set by the element, not by hosts.
        if (isReflectedOutput(argType))
          return [
            name,
            {
              ...argType,
              control: { disable: true },
              description: `${String(argType['description'] ?? '')} (set by the element: no control)`,
            },
          ];
        const found = controlOfAttributeType(argType.table.type?.summary);
        // A story's own control (an inline radio for the audit's phase) is kept.
        if (argType.control && typeof argType.control === 'object' && (argType.control as { disable?: boolean }).disable !== true)
          return [name, argType];
        if (typeof argType.control === 'string') return [name, argType];
        return [
          name,
          found ? { ...argType, control: { type: found.control }, ...(found.options ? { options: found.options } : {}) } : argType,
        ];
      }
      if (name in initialArgs || name === 'locale') return [name, argType];
      // A property that is also an attribute (riskTypeId / risk-type-id) is documented and controlled
      // as the attribute: listed twice, its property row would only show "-".
      if (argType.table?.category === 'properties' && argTypes[toKebabCase(name)]?.table?.category === 'attributes') {
        return [name, { ...argType, control: { disable: true }, table: { ...argType.table, disable: true } }];
      }
      return [name, { ...argType, control: { disable: true } }];
    }),
  );
}

/** `riskTypeId` → `risk-type-id`: how the elements name a property's attribute. */
function toKebabCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** Whether an attribute is one the element sets itself for host styling (its description starts with "Reflects"). */
function isReflectedOutput(argType: StoryArgType): boolean {
  return /^Reflects\b/.test(String(argType['description'] ?? ''));
}

/**
 * Sets, on every `tag` element under `root`, the attributes whose arg a person set in the controls
 * (an arg left undefined leaves the story's own value). Booleans add or remove the attribute.
 */
export function applyAttributeArgs(
  root: ParentNode,
  tag: string,
  argTypes: Readonly<Record<string, StoryArgType>>,
  args: Readonly<Record<string, unknown>>,
): void {
  const attributes = Object.entries(argTypes).filter(
    ([, argType]) => argType.table?.category === 'attributes' && !isReflectedOutput(argType),
  );
  for (const element of root.querySelectorAll(tag)) {
    for (const [name] of attributes) {
      const value = args[name];
      if (value === undefined || value === null) continue;
      if (typeof value === 'boolean') element.toggleAttribute(name, value);
      else if (element.getAttribute(name) !== String(value)) element.setAttribute(name, String(value));
    }
  }
}

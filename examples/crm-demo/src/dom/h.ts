/** What `h` accepts as children: nodes, or text (always inserted as text, never parsed as HTML). */
export type Child = Node | string | number | null | undefined | false | readonly Child[];

/**
 * Attributes and listeners of `h`: `onclick`-style keys holding a function add a
 * listener, keys starting with `.` set a DOM property (`.client`, `.transport`),
 * every other key sets an attribute (`false`, `null` and `undefined` leave it out,
 * `true` sets it empty).
 */
export type Props = Readonly<Record<string, unknown>>;

/**
 * Creates an element — the demo's whole "framework". Host data (client names,
 * file names) only ever reaches the page as text nodes or attribute values, so a
 * name like `<img src=x onerror=alert(1)>` shows as those characters.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Props | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  applyProps(element, props);
  append(element, children);
  return element;
}

/** Sets attributes, properties and listeners on an existing element (see `Props`). */
function applyProps(element: Element, props?: Props | null): void {
  if (!props) return;
  for (const [key, value] of Object.entries(props)) {
    if (key.startsWith('.')) {
      (element as unknown as Record<string, unknown>)[key.slice(1)] = value;
    } else if (key.startsWith('on') && typeof value === 'function') {
      element.addEventListener(key.slice(2), value as EventListener);
    } else if (value === false || value === null || value === undefined) {
      element.removeAttribute(key);
    } else {
      element.setAttribute(key, value === true ? '' : String(value));
    }
  }
}

/** Appends children (flattened; `null`, `undefined` and `false` skipped; strings as text nodes). */
function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces every child of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

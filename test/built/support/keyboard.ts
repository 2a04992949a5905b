import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement } from './deep-elements.js';

/** Presses a key as a person would (a real key event through the browser, not a synthetic one). */
export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** Presses `key` until `reached(focused element)` holds; fails after `max` presses, saying where focus went. */
export async function pressUntil(key: string, reached: (focused: Element | null) => boolean, what: string, max = 60): Promise<Element> {
  const path: string[] = [];
  for (let i = 0; i < max; i += 1) {
    await press(key);
    const focused = deepActiveElement();
    if (focused && reached(focused)) return focused;
    path.push(describeFocus(focused));
  }
  throw new Error(`${key} × ${max} never reached ${what}; focus went: ${path.join(' → ')}`);
}

/** A short description of a focused element, for failure messages. */
export function describeFocus(element: Element | null): string {
  if (!element) return 'nothing';
  const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
  const root = element.getRootNode();
  const host = root instanceof ShadowRoot ? `${root.host.localName} › ` : '';
  return `${host}${element.localName}${text ? ` "${text}"` : ''}`;
}

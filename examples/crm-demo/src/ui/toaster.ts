import { h } from '../dom/h.js';
import { icon } from '../dom/icon.js';

/** Tone of a notification. */
type ToastTone = 'info' | 'success' | 'error';

/** Options of a notification. */
interface ToastOptions {
  readonly tone?: ToastTone;
  /** A link in the notification (e.g. "Ouvrir" to the new proposal). */
  readonly action?: { readonly label: string; readonly href: string };
  /** The full text, shown on hover, when the message is shortened or clamped. */
  readonly title?: string;
}

/** Shows short notifications, announced to assistive technology. */
export interface Toaster {
  readonly element: HTMLElement;
  show(message: string, options?: ToastOptions): void;
  /** Texts of the dismiss button and of the region. */
  setLabels(labels: { dismiss: string; region: string }): void;
}

/** How long a notification stays, in ms (errors stay until dismissed). */
const TOAST_MS = 6000;

/**
 * A notification area: a polite live region for information, assertive for
 * errors, each notification dismissable with a button.
 */
export function createToaster(): Toaster {
  let labels = { dismiss: 'Masquer la notification', region: 'Notifications' };
  const list = h('ol', { class: 'toast-list', 'aria-live': 'polite', 'aria-relevant': 'additions' });
  const element = h('section', { class: 'toasts', 'aria-label': labels.region, 'data-testid': 'toasts' }, list);
  return {
    element,
    setLabels(next) {
      labels = next;
      element.setAttribute('aria-label', next.region);
    },
    show(message, options = {}) {
      const tone = options.tone ?? 'info';
      const item: HTMLLIElement = h(
        'li',
        { class: `toast toast-${tone}`, 'data-testid': 'toast', 'data-tone': tone, role: tone === 'error' ? 'alert' : null },
        h('span', { class: 'toast-icon' }, icon(tone === 'error' ? 'alert' : 'check')),
        h('span', { class: 'toast-message', title: options.title ?? message }, message),
        options.action
          ? h('a', { class: 'toast-action', href: options.action.href, onclick: () => item.remove() }, options.action.label)
          : null,
        h(
          'button',
          { type: 'button', class: 'icon-button toast-close', 'aria-label': labels.dismiss, onclick: () => item.remove() },
          icon('close'),
        ),
      );
      list.append(item);
      while (list.children.length > 4) list.firstElementChild?.remove();
      if (tone !== 'error') setTimeout(() => item.remove(), TOAST_MS);
    },
  };
}

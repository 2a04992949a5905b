/** Any of these lets a sandboxed frame hand a `mailto:` URL to the mail client (Chromium's rule). */
const MAILTO_TOKENS = [
  'allow-popups',
  'allow-top-navigation',
  'allow-top-navigation-by-user-activation',
  'allow-top-navigation-to-custom-protocols',
];

/**
 * Whether `view` sits in an `<iframe sandbox>` (its own or an ancestor's) that keeps `mailto:`
 * from opening the mail client: the browser then drops the navigation with a console message only.
 * Frames whose parent is cross-origin cannot be inspected and are assumed allowed.
 */
export function mailtoBlockedBySandbox(view: Window | null): boolean {
  for (let current = view; current && current !== current.parent; current = current.parent) {
    let frame: Element | null;
    try {
      frame = current.frameElement;
    } catch {
      return false;
    }
    if (!frame) return false;
    if (frame.hasAttribute('sandbox')) {
      const tokens = (frame.getAttribute('sandbox') ?? '').split(/\s+/);
      if (!MAILTO_TOKENS.some((token) => tokens.includes(token))) return true;
    }
  }
  return false;
}

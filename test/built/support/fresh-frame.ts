import type { dossierLoaders } from '../pages/frame-loaders-page.js';
import { openFrame } from './open-frame.js';
import { waitUntil } from './wait-until.js';

/** A same-origin frame with its own registry, where nothing Dossier is loaded yet. */
export interface FreshFrame {
  readonly frame: HTMLIFrameElement;
  readonly window: Window & typeof globalThis;
  readonly document: Document;
  readonly load: typeof dossierLoaders;
  /** Every console.warn of the frame since it opened. */
  readonly warnings: string[];
}

/** Opens a fresh frame (removed by `close`), recording its console warnings. */
export async function freshFrame(): Promise<FreshFrame & { close(): void }> {
  const frame = await openFrame('/test/built/pages/frame-loaders.html', { height: 600 });
  const win = frame.contentWindow as Window & typeof globalThis;
  await waitUntil(() => win.dossierLoaders !== undefined, 'the frame’s loaders');
  const warnings: string[] = [];
  const warn = win.console.warn.bind(win.console);
  win.console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
    warn(...args);
  };
  return { frame, window: win, document: frame.contentDocument!, load: win.dossierLoaders!, warnings, close: () => frame.remove() };
}

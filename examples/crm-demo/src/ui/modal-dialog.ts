import { h, type Child } from '../dom/h.js';
import { icon } from '../dom/icon.js';

/** Options of `openModalDialog`. */
export interface ModalDialogOptions {
  readonly title: string;
  readonly body: Child;
  /** Buttons at the bottom, if any. */
  readonly footer?: Child;
  readonly closeLabel: string;
  /** Where the dialog is attached (inside `<dossier-provider>` when it holds Dossier elements). */
  readonly host: HTMLElement;
  readonly testId?: string;
  readonly wide?: boolean;
  /** Called once the dialog closed and left the DOM (Escape, close button or `close()`). */
  readonly onClosed?: () => void;
  /**
   * Where focus goes back when the element that opened the dialog was re-rendered away meanwhile
   * (a page refreshed by the change the dialog made). Without it, focus would fall to `<body>`.
   */
  readonly returnFocus?: () => HTMLElement | null | undefined;
}

/** An open modal dialog. */
export interface ModalDialog {
  readonly dialog: HTMLDialogElement;
  close(): void;
}

let dialogCount = 0;

/**
 * Opens a native modal `<dialog>`: focus moves into it and is trapped there,
 * Escape closes it, focus returns to what had it before — all from the browser.
 */
export function openModalDialog(options: ModalDialogOptions): ModalDialog {
  dialogCount += 1;
  const titleId = `dialog-title-${dialogCount}`;
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const dialog: HTMLDialogElement = h(
    'dialog',
    { class: options.wide ? 'modal modal-wide' : 'modal', 'aria-labelledby': titleId, 'data-testid': options.testId ?? 'dialog' },
    h(
      'header',
      { class: 'modal-header' },
      h('h2', { id: titleId }, options.title),
      h(
        'button',
        {
          type: 'button',
          class: 'icon-button',
          'aria-label': options.closeLabel,
          'data-testid': 'dialog-close',
          onclick: () => dialog.close(),
        },
        icon('close'),
      ),
    ),
    h('div', { class: 'modal-body' }, options.body),
    options.footer ? h('footer', { class: 'modal-footer' }, options.footer) : null,
  );
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (opener?.isConnected) opener.focus();
    else options.returnFocus?.()?.focus();
    options.onClosed?.();
  });
  options.host.append(dialog);
  dialog.showModal();
  return { dialog, close: () => dialog.close() };
}

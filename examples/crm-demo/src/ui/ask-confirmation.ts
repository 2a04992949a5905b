import { h } from '../dom/h.js';
import { openModalDialog } from './modal-dialog.js';

/** Options of `askConfirmation`. */
export interface ConfirmationOptions {
  readonly title: string;
  readonly body: string;
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  readonly host: HTMLElement;
  readonly danger?: boolean;
  /** See `ModalDialogOptions.returnFocus`. */
  readonly returnFocus?: () => HTMLElement | null | undefined;
}

/** Asks a yes/no question in a modal dialog. Resolves `true` only when the person confirmed. */
export function askConfirmation(options: ConfirmationOptions): Promise<boolean> {
  return new Promise((resolve) => {
    let confirmed = false;
    const modal = openModalDialog({
      title: options.title,
      body: h('p', null, options.body),
      closeLabel: options.cancelLabel,
      host: options.host,
      testId: 'confirm-dialog',
      ...(options.returnFocus ? { returnFocus: options.returnFocus } : {}),
      onClosed: () => resolve(confirmed),
      footer: [
        h(
          'button',
          { type: 'button', class: 'button', 'data-testid': 'confirm-cancel', onclick: () => modal.close() },
          options.cancelLabel,
        ),
        h(
          'button',
          {
            type: 'button',
            class: options.danger ? 'button button-danger' : 'button button-primary',
            'data-testid': 'confirm-ok',
            onclick: () => {
              confirmed = true;
              modal.close();
            },
          },
          options.confirmLabel,
        ),
      ],
    });
    // A destructive question starts on the safe choice.
    modal.dialog
      .querySelector<HTMLButtonElement>(options.danger ? '[data-testid="confirm-cancel"]' : '[data-testid="confirm-ok"]')
      ?.focus();
  });
}

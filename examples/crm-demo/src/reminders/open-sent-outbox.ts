import type { ReminderDraft } from '@dossier/core';
import type { AppContext } from '../app/app-context.js';
import { h } from '../dom/h.js';
import { openModalDialog } from '../ui/modal-dialog.js';

/** The phone the client's page opens in: 375×667 CSS pixels. */
const PHONE = { width: 375, height: 667 };

/** The demo's client-page address in a reminder's body (`…/portal.html#<token>`), if it has one. */
export function portalLinkIn(body: string): string | undefined {
  return /\bhttps?:\/\/\S+\/portal\.html#[A-Za-z0-9_%-]+/.exec(body)?.[0];
}

/**
 * Server mode: shows a reminder that carries an upload link as the simulated outbox received it,
 * with "Ouvrir le lien client", which opens the client's page in a phone-sized window.
 */
export function openSentOutbox(context: AppContext, draft: ReminderDraft, link: string): void {
  const t = context.t;
  const open = h(
    'button',
    {
      type: 'button',
      class: 'primary',
      'data-testid': 'open-client-link',
      onclick: () => {
        window.open(link, 'dossier-client-portal', `popup,width=${PHONE.width},height=${PHONE.height}`);
      },
    },
    t.openClientLink,
  );
  openModalDialog({
    title: t.sentOutboxTitle,
    closeLabel: t.close,
    host: context.dialogHost,
    testId: 'sent-outbox-dialog',
    wide: true,
    body: [
      h('p', { class: 'note' }, t.sentOutboxNote),
      h(
        'article',
        { class: 'outbox-message', 'data-testid': 'sent-outbox-message' },
        h('p', {}, h('strong', {}, draft.to), ' — ', draft.subject),
        h('pre', { class: 'outbox-body' }, draft.body),
      ),
    ],
    footer: open,
  });
}

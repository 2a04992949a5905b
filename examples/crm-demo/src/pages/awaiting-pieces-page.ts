import type { AppContext, Page } from '../app/app-context.js';
import { ROUTES } from '../app/route.js';
import { h } from '../dom/h.js';

/**
 * Contrats › En attente de pièces: `<dossier-audit>`, the consolidated view of
 * converted quotes still missing required pieces, with its reminders. Opening
 * a row (`dossier-audit-open`) goes to the contract's page.
 */
export function createAwaitingPiecesPage(context: AppContext): Page {
  const { t } = context;
  const audit = h('dossier-audit', { 'data-testid': 'audit', '.reminderTransport': context.outbox });
  audit.addEventListener('dossier-audit-open', (event) => context.navigate(ROUTES.proposal(event.detail.dossierId)));
  const element = h(
    'div',
    { class: 'page page-audit', 'data-testid': 'page-awaiting-pieces' },
    h(
      'nav',
      { class: 'breadcrumb', 'aria-label': t.breadcrumb },
      h('ol', null, h('li', null, t.navContracts), h('li', { 'aria-current': 'page' }, t.navAwaitingPieces)),
    ),
    h(
      'header',
      { class: 'page-header' },
      h('div', null, h('h1', { tabindex: '-1' }, t.auditTitle), h('p', { class: 'page-intro' }, t.auditIntro)),
    ),
    h('section', { class: 'panel panel-element', 'aria-label': t.auditTitle }, audit),
  );
  return { title: t.auditTitle, element };
}

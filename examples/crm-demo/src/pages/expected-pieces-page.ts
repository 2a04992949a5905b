import type { AppContext, Page } from '../app/app-context.js';
import { CRM_PROFILE_ATTRIBUTES } from '../crm/profile-attributes.js';
import { h } from '../dom/h.js';

/** Administration › Conseil/vente › Pièces attendues: `<dossier-pieces-editor>` over the catalogue. */
export function createExpectedPiecesPage(context: AppContext): Page {
  const { t } = context;
  const editor = h('dossier-pieces-editor', { 'data-testid': 'pieces-editor' });
  editor.profileAttributes = CRM_PROFILE_ATTRIBUTES;
  const element = h(
    'div',
    { class: 'page page-pieces', 'data-testid': 'page-expected-pieces' },
    h(
      'nav',
      { class: 'breadcrumb', 'aria-label': t.breadcrumb },
      h(
        'ol',
        null,
        h('li', null, t.navAdministration),
        h('li', null, t.navAdvice),
        h('li', { 'aria-current': 'page' }, t.navExpectedPieces),
      ),
    ),
    h(
      'header',
      { class: 'page-header' },
      h('div', null, h('h1', { tabindex: '-1' }, t.piecesTitle), h('p', { class: 'page-intro' }, t.piecesIntro)),
    ),
    h('section', { class: 'panel panel-element', 'aria-label': t.piecesTitle }, editor),
  );
  return { title: t.piecesTitle, element };
}

import type { AppContext, Page } from '../app/app-context.js';
import { ROUTES } from '../app/route.js';
import { h } from '../dom/h.js';

/** Any address that is no screen of the CRM. */
export function createNotFoundPage(context: AppContext): Page {
  const { t } = context;
  const element = h(
    'div',
    { class: 'page', 'data-testid': 'page-not-found' },
    h('h1', { tabindex: '-1' }, t.notFoundTitle),
    h('p', null, t.notFoundBody),
    h('p', null, h('a', { href: ROUTES.sales }, t.backToSales)),
  );
  return { title: t.notFoundTitle, element };
}

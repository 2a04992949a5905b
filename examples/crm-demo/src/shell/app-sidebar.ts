import type { AppMessages } from '../i18n/app-messages.js';
import { h } from '../dom/h.js';
import { icon, type IconName } from '../dom/icon.js';
import type { NavSection } from '../app/app-context.js';
import { ROUTES, type Route } from '../app/route.js';

/** The left navigation, with the seed's menu words. */
export interface AppSidebar {
  readonly element: HTMLElement;
  /** Marks the current screen's link. */
  setRoute(route: Route): void;
  /** Marks the section of a screen that is not itself in the menu (a proposal's or a contract's page). */
  setSection(section: NavSection): void;
  /** Shows how many contracts await pieces (`null` hides the count). */
  setAwaitingCount(count: number | null): void;
}

/** Builds the sidebar: Ventes; Contrats › En attente de pièces; Administration › Conseil/vente › Pièces attendues. */
export function createAppSidebar(t: AppMessages): AppSidebar {
  const countNumber = h('span', { class: 'nav-count', 'aria-hidden': 'true', 'data-testid': 'nav-awaiting-count' });
  const countText = h('span', { class: 'visually-hidden' });
  const count = h('span', { hidden: true }, countNumber, countText);
  const link = (href: string, iconName: IconName | null, label: string, testId: string, extra?: Node) =>
    h(
      'a',
      { class: 'nav-link', href, 'data-testid': testId },
      iconName ? icon(iconName) : null,
      h('span', { class: 'nav-label' }, label),
      extra,
    );
  const sales = link(ROUTES.sales, 'pipeline', t.navSales, 'nav-sales');
  const awaiting = link(ROUTES.awaitingPieces, null, t.navAwaitingPieces, 'nav-awaiting', count);
  const pieces = link(ROUTES.expectedPieces, null, t.navExpectedPieces, 'nav-expected-pieces');
  const group = (iconName: IconName, title: string, ...children: Node[]) =>
    h(
      'li',
      { class: 'nav-group' },
      h('span', { class: 'nav-group-title' }, icon(iconName), title),
      h('ul', { class: 'nav-sublist' }, ...children),
    );
  const element = h(
    'nav',
    { class: 'sidebar', 'aria-label': t.mainNav },
    h(
      'ul',
      { class: 'nav-list' },
      h('li', null, sales),
      group('contracts', t.navContracts, h('li', null, awaiting)),
      group(
        'settings',
        t.navAdministration,
        h(
          'li',
          { class: 'nav-group' },
          h('span', { class: 'nav-subgroup-title' }, t.navAdvice),
          h('ul', { class: 'nav-sublist' }, h('li', null, pieces)),
        ),
      ),
    ),
  );
  return {
    element,
    setRoute(route) {
      const current =
        route.name === 'sales' ? sales : route.name === 'awaiting-pieces' ? awaiting : route.name === 'expected-pieces' ? pieces : null;
      for (const a of [sales, awaiting, pieces]) {
        if (a === current) a.setAttribute('aria-current', 'page');
        else a.removeAttribute('aria-current');
      }
    },
    setSection(section) {
      const current = section === 'sales' ? sales : section === 'contracts' ? awaiting : section === 'administration' ? pieces : null;
      for (const a of [sales, awaiting, pieces]) {
        // The page belongs to that section without being its menu entry.
        if (a === current) a.setAttribute('aria-current', 'true');
        else a.removeAttribute('aria-current');
      }
    },
    setAwaitingCount(value) {
      count.hidden = value === null || value === 0;
      countNumber.textContent = value === null ? '' : String(value);
      countText.textContent = value === null ? '' : ` (${t.navAwaitingCount(value)})`;
    },
  };
}

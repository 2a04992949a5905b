import type { DossierClient, Locale } from '@dossier/core';
import { loadLocale } from '@dossier/elements';
import type { CrmStore } from '../crm/crm-store.js';
import { isPipelineStage, stageLabel } from '../crm/pipeline-stages.js';
import { h } from '../dom/h.js';
import { openModalDialog } from '../ui/modal-dialog.js';
import { listenToDossierEvents } from '../host-events/listen-to-dossier-events.js';
import { appMessages } from '../i18n/app-messages.js';
import { saveLocale } from '../i18n/saved-locale.js';
import { createAwaitingPiecesPage } from '../pages/awaiting-pieces-page.js';
import { createExpectedPiecesPage } from '../pages/expected-pieces-page.js';
import { createNotFoundPage } from '../pages/not-found-page.js';
import { createPipelinePage } from '../pipeline/pipeline-page.js';
import { createProposalPage } from '../proposal/proposal-page.js';
import { createDemoOutbox } from '../reminders/create-demo-outbox.js';
import { renderAppHeader } from '../shell/app-header.js';
import { createAppSidebar, type AppSidebar } from '../shell/app-sidebar.js';
import type { DemoStorage } from '../storage/open-demo-storage.js';
import { DEMO_STORAGE_KINDS, urlWithStorage } from '../storage/demo-storage-kind.js';
import { applyTheme, type Theme } from '../theme/theme.js';
import { askConfirmation } from '../ui/ask-confirmation.js';
import { createToaster } from '../ui/toaster.js';
import type { AppContext, NavSection, Page } from './app-context.js';
import { parseRoute, ROUTES, type Route } from './route.js';

/** What `mountApp` needs. */
export interface MountAppOptions {
  readonly root: HTMLElement;
  readonly client: DossierClient;
  readonly crm: CrmStore;
  readonly storage: DemoStorage;
  readonly locale: Locale;
  readonly theme: Theme;
}

/** The running CRM. */
export interface MountedApp {
  /** Tells the person that another tab reset or upgraded the database, with a reload button. */
  showClosedElsewhere(): void;
}

/**
 * Builds the CRM's shell inside one `<dossier-provider>` (which hands the
 * client and the locale to every Dossier element below it, dialogs included)
 * and routes the URL hash to its screens.
 */
export function mountApp(options: MountAppOptions): MountedApp {
  const { client, crm, storage } = options;
  let locale = options.locale;
  let theme = options.theme;
  const toaster = createToaster();
  const outbox = createDemoOutbox();

  // The pipeline stages are the CRM's own words, stored in French: the tracker shows them in the UI locale.
  const stageLabelOf = (stage: string, stageLocale: Locale) => (isPipelineStage(stage) ? stageLabel(stage, stageLocale) : stage);
  const provider = h('dossier-provider', { '.client': client, '.stageLabel': stageLabelOf, locale });
  const main = h('main', { id: 'main', class: 'main', tabindex: '-1', 'data-testid': 'main' });
  const headerSlot = h('div', { class: 'header-slot' });
  const sidebarSlot = h('div', { class: 'sidebar-slot' });
  const banner = h('div', { class: 'banner', role: 'alert', hidden: true, 'data-testid': 'closed-elsewhere' });
  const skipLink = h('a', {
    class: 'skip-link',
    href: '#main',
    onclick: (event: Event) => {
      // The hash routes screens: focus the content instead of navigating.
      event.preventDefault();
      main.focus();
    },
  });
  provider.append(skipLink, headerSlot, banner, h('div', { class: 'layout' }, sidebarSlot, main), toaster.element);
  options.root.replaceChildren(provider);

  let sidebar: AppSidebar;
  let page: Page | undefined;
  let route: Route = parseRoute(location.hash);
  let awaitingCount: number | null = null;
  let navSection: NavSection = null;

  const context = (): AppContext => ({
    client,
    crm,
    storageKind: storage.kind,
    outbox,
    locale,
    t: appMessages(locale),
    toaster,
    dialogHost: provider,
    navigate: (hash) => {
      location.hash = hash;
    },
    setNavSection: (section: NavSection) => {
      navSection = section;
      sidebar.setSection(section);
    },
  });

  const renderChrome = (): void => {
    const t = appMessages(locale);
    skipLink.textContent = t.skipToContent;
    toaster.setLabels({ dismiss: t.dismiss, region: t.notifications });
    headerSlot.replaceChildren(
      renderAppHeader({
        t,
        locale,
        theme,
        storageKind: storage.kind,
        otherStorages: DEMO_STORAGE_KINDS.filter((kind) => kind !== storage.kind).map((kind) => ({
          kind,
          url: urlWithStorage(new URL(location.href), kind),
        })),
        onLocale: setLocale,
        onTheme: setTheme,
        onReset: () => void reset(),
        ...(storage.advanceClock ? { onAdvanceClock: () => void advanceClock() } : {}),
      }),
    );
    sidebar = createAppSidebar(t);
    sidebar.setRoute(route);
    if (route.name === 'proposal') sidebar.setSection(navSection);
    sidebar.setAwaitingCount(awaitingCount);
    sidebarSlot.replaceChildren(sidebar.element);
  };

  const showPage = (focus: boolean): void => {
    page?.dispose?.();
    navSection = null;
    const ctx = context();
    page =
      route.name === 'sales'
        ? createPipelinePage(ctx)
        : route.name === 'proposal'
          ? createProposalPage(ctx, route.id)
          : route.name === 'awaiting-pieces'
            ? createAwaitingPiecesPage(ctx)
            : route.name === 'expected-pieces'
              ? createExpectedPiecesPage(ctx)
              : createNotFoundPage(ctx);
    main.replaceChildren(page.element);
    document.title = `${page.title} — ${ctx.t.brand}`;
    sidebar.setRoute(route);
    // After a navigation, screen-reader and keyboard users start at the new screen's heading.
    if (focus) page.element.querySelector<HTMLElement>('h1')?.focus();
  };

  async function setLocale(next: Locale): Promise<void> {
    if (next === locale) return;
    locale = next;
    // The CRM formats its own amounts and dates in that language too: its Intl tag comes with it.
    await loadLocale(next);
    if (next !== locale) return;
    saveLocale(locale);
    provider.locale = locale;
    renderChrome();
    showPage(false);
    headerSlot.querySelector<HTMLElement>(`[data-testid="locale-${locale}"]`)?.focus();
  }

  function setTheme(next: Theme): void {
    theme = next;
    applyTheme(theme);
    renderChrome();
    headerSlot.querySelector<HTMLElement>('[data-testid="theme-toggle"]')?.focus();
  }

  /** Server mode: "Avancer l'horloge de 7 jours", then the simulated outbox of what the scheduler sent. */
  async function advanceClock(): Promise<void> {
    const t = appMessages(locale);
    let body: HTMLElement;
    try {
      const sent = (await storage.advanceClock?.(7)) ?? [];
      body =
        sent.length === 0
          ? h('p', {}, t.outboxEmpty)
          : h(
              'ul',
              { class: 'outbox', 'data-testid': 'outbox' },
              ...sent.map((message) =>
                h(
                  'li',
                  {},
                  h('time', { datetime: message.sentAt }, new Date(message.sentAt).toLocaleString(locale)),
                  ' — ',
                  message.to,
                  ' — ',
                  message.subject,
                ),
              ),
            );
    } catch (error) {
      body = h('p', { role: 'alert' }, `${t.outboxFailed} ${error instanceof Error ? error.message : String(error)}`);
    }
    openModalDialog({ title: t.outboxTitle, body, closeLabel: t.close, host: provider, testId: 'outbox-dialog', wide: true });
  }

  async function reset(): Promise<void> {
    const t = appMessages(locale);
    const confirmed = await askConfirmation({
      title: t.resetTitle,
      body: t.resetBody,
      confirmLabel: t.resetConfirm,
      cancelLabel: t.cancel,
      host: provider,
      danger: true,
    });
    if (!confirmed) return;
    page?.dispose?.();
    await client.close();
    await storage.erase();
    crm.clear();
    location.hash = ROUTES.sales;
    location.reload();
  }

  let countTimer: ReturnType<typeof setTimeout> | undefined;
  const refreshAwaitingCount = (): void => {
    clearTimeout(countTimer);
    countTimer = setTimeout(() => {
      client.audit({ phase: 'contract', onlyIncomplete: true, limit: 1 }).then(
        (result) => {
          awaitingCount = result.total;
          sidebar.setAwaitingCount(awaitingCount);
        },
        () => sidebar.setAwaitingCount(null),
      );
    }, 100);
  };
  client.subscribe(() => refreshAwaitingCount());

  listenToDossierEvents(provider, toaster, () => appMessages(locale));
  window.addEventListener('hashchange', () => {
    route = parseRoute(location.hash);
    showPage(true);
  });

  saveLocale(locale);
  applyTheme(theme);
  renderChrome();
  if (location.hash === '' || location.hash === '#/') history.replaceState(null, '', ROUTES.sales);
  showPage(false);
  refreshAwaitingCount();

  return {
    showClosedElsewhere() {
      const t = appMessages(locale);
      banner.replaceChildren(
        t.databaseClosed,
        ' ',
        h('button', { type: 'button', class: 'button', onclick: () => location.reload() }, t.reload),
      );
      banner.hidden = false;
    },
  };
}

/**
 * Courtage Martin & Associés — a host CRM embedding Dossier the way an
 * integrator would: only the packages' public entry points.
 */
import '@dossier/elements/define';
import { createDossierClient } from '@dossier/core';
import { loadLocale } from '@dossier/elements';
import { mountApp, type MountedApp } from './app/mount-app.js';
import { createCrmStore } from './crm/crm-store.js';
import { appMessages } from './i18n/app-messages.js';
import { savedLocale } from './i18n/saved-locale.js';
import { seedDemoIfEmpty } from './seed/seed-demo.js';
import { storageKindFromUrl } from './storage/demo-storage-kind.js';
import { openDemoStorage } from './storage/open-demo-storage.js';
import { applyTheme, savedTheme } from './theme/theme.js';

async function boot(root: HTMLElement): Promise<void> {
  const locale = savedLocale();
  const theme = savedTheme();
  applyTheme(theme);
  const t = appMessages(locale);
  const bootStatus = document.createElement('p');
  bootStatus.className = 'boot';
  bootStatus.setAttribute('role', 'status');
  bootStatus.dataset['testid'] = 'boot-status';
  root.replaceChildren(bootStatus);
  const status = (text: string): void => {
    bootStatus.textContent = text;
  };
  status(t.loading);

  const kind = storageKindFromUrl(new URL(location.href));
  let app: MountedApp | undefined;
  let closedElsewhere = false;
  const demo = await openDemoStorage(kind, () => {
    closedElsewhere = true;
    app?.showClosedElsewhere();
  });
  // The CRM's own records, one set per storage mode, like the host's own database would be.
  const crm = createCrmStore(demo.crmBacking ?? localStorage, `courtage-martin:crm:${kind}`);
  await seedDemoIfEmpty(demo.storage, crm, (done, total) => status(`${t.seeding} ${Math.round((done / total) * 100)} %`));

  // The saved language first: the CRM formats its amounts and dates with it from the first screen.
  await loadLocale(locale);
  // Server mode: upload links open the demo's client page (portal.html), so reminders can carry one.
  const client = createDossierClient({
    storage: demo.storage,
    locale,
    ...(demo.portalUrl ? { portalUrl: demo.portalUrl, cabinetName: 'Courtage Martin & Associés' } : {}),
    ...(demo.now ? { now: demo.now } : {}),
  });
  app = mountApp({ root, client, crm, storage: demo, locale, theme });
  if (closedElsewhere) app.showClosedElsewhere();
  document.documentElement.dataset['ready'] = 'true';
}

const root = document.getElementById('app');
if (root) {
  boot(root).catch((error: unknown) => {
    console.error(error);
    const message = document.createElement('div');
    message.className = 'boot boot-error';
    message.setAttribute('role', 'alert');
    message.setAttribute('data-testid', 'boot-error');
    message.append(
      appMessages(savedLocale()).bootFailed,
      document.createElement('br'),
      error instanceof Error ? error.message : String(error),
    );
    root.replaceChildren(message);
  });
}

/**
 * The demo's client page behind an upload link (`portal.html#<token>`): `<dossier-portal>` embedded
 * the way an integrator would put it in its own client area, talking to the reference server
 * through the demo's origin, files sent resumably (tus). The token stays in the address's
 * fragment: never sent to a server, never in a referrer.
 */
import '@dossier/elements/define/portal';
import { toLocale } from '@dossier/core';
import { loadLocale } from '@dossier/elements';
import { createRestPortal } from '@dossier/storage-rest';
import { tusUploads } from '@dossier/storage-rest/tus';
import { SERVER_BASE_PATH } from '../storage/server-base-path.js';

async function boot(): Promise<void> {
  const token = decodeURIComponent(location.hash.slice(1));
  const locale = toLocale(new URLSearchParams(location.search).get('lang') ?? 'fr');
  await loadLocale(locale);
  const portal = document.querySelector('dossier-portal');
  if (!portal) return;
  portal.locale = locale;
  portal.connection = createRestPortal({ baseUrl: SERVER_BASE_PATH, token, locale, resumable: tusUploads() });
  document.documentElement.dataset['ready'] = 'true';
}

void boot();

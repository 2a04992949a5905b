import { createRestStorage } from '@dossier/storage-rest';
import { openServerCrmBacking } from '../crm/server-crm-backing.js';
import type { DemoSentReminder, DemoStorage } from './open-demo-storage.js';
import { SERVER_BASE_PATH } from './server-base-path.js';

/** The development token the reference server printed, handed out by the demo's server. */
const DEV_TOKEN_PATH = '/server/dev-token';

/**
 * The server mode: the client's storage is `@dossier/storage-rest` against
 * the reference server (`@dossier/server`, embedded PGlite), signed in with
 * its development token. Every browser on this mode shares one portfolio and
 * hears of the others' changes through the change feed (polled every second).
 * The CRM's own records are shared through the demo's server too.
 *
 * @throws Error when the reference server is not running (the demo was not started with `npm start`).
 */
export async function openServerDemoStorage(): Promise<DemoStorage> {
  const response = await fetch(DEV_TOKEN_PATH, { cache: 'no-store' }).catch(() => undefined);
  if (!response?.ok)
    throw new Error(
      'Le serveur Dossier ne répond pas : lancez la démo avec « npm start ». / The Dossier server does not answer: start the demo with "npm start".',
    );
  const { token } = (await response.json()) as { token: string };
  const authorization = `Bearer ${token}`;
  // The demo clock may already be ahead (moved on in an earlier visit): read it once, then follow each move.
  let offsetMs = 0;
  const followClock = (serverNow: string | undefined) => {
    const at = serverNow === undefined ? Number.NaN : Date.parse(serverNow);
    if (Number.isFinite(at)) offsetMs = at - Date.now();
  };
  const outbox = await fetch(`${SERVER_BASE_PATH}/dev/reminders/outbox`, { headers: { authorization }, cache: 'no-store' }).catch(
    () => undefined,
  );
  if (outbox?.ok) followClock(((await outbox.json()) as { now?: string }).now);
  return {
    kind: 'server',
    storage: createRestStorage({ baseUrl: SERVER_BASE_PATH, headers: () => ({ authorization }), pollIntervalMs: 1000 }),
    crmBacking: await openServerCrmBacking(),
    // The client's page of an upload link: the demo's portal.html, the token in the fragment.
    portalUrl: (token) => new URL(`portal.html#${encodeURIComponent(token)}`, location.href).href,
    async advanceClock(days: number): Promise<readonly DemoSentReminder[]> {
      const answer = await fetch(`${SERVER_BASE_PATH}/dev/reminders/advance?days=${days}`, { method: 'POST', headers: { authorization } });
      if (!answer.ok) throw new Error(`${answer.status} ${answer.statusText}`);
      const moved = (await answer.json()) as { now?: string; sent: DemoSentReminder[] };
      followClock(moved.now);
      return moved.sent;
    },
    now: () => new Date(Date.now() + offsetMs),
    async erase() {
      // Development only: the reference server erases the whole tenant of an admin's token.
      await fetch(`${SERVER_BASE_PATH}/dev/reset`, { method: 'POST', headers: { authorization } });
    },
  };
}

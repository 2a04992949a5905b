import type { CrmBacking } from './crm-store.js';

/** Where the demo's server keeps the CRM's records of the server mode, shared by every browser. */
const CRM_PATH = '/server/crm';

/**
 * The CRM's records of the server mode, kept by the demo's server so that
 * every browser on that mode sees the same clients and proposals (a host
 * keeps them in its own backend). Read once at start; each change is sent
 * at once (the last browser to write wins: enough for a demo).
 */
export async function openServerCrmBacking(): Promise<CrmBacking> {
  const response = await fetch(CRM_PATH, { cache: 'no-store' });
  const items = new Map<string, string>(Object.entries(response.ok ? ((await response.json()) as Record<string, string>) : {}));
  const send = (): void => {
    void fetch(CRM_PATH, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(Object.fromEntries(items)),
    });
  };
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
      send();
    },
    removeItem: (key) => {
      items.delete(key);
      send();
    },
  };
}

/** Where the demo's own server forwards to the reference server (`examples/crm-demo/dossier-server.mjs`). */
export const SERVER_BASE_PATH = '/server/api/dossier';

// Builds the demo CRM (examples/crm-demo/dist) and serves it on 127.0.0.1 at a free port, with the
// demo's own build and server (the ones `npm start` runs), for the end-to-end test and the README screenshots.
import { buildDemo, serveDemo } from '../../../examples/crm-demo/serve.mjs';

/**
 * Builds the demo, then serves dist/ on a port the system picks.
 * @returns {Promise<{ url: string, close: () => Promise<void> }>} the demo's address and a function that stops the server.
 */
export async function startDemo() {
  await buildDemo();
  const { server } = await serveDemo(0);
  // Asked for port 0, the system picks one: the real port is the server's, not the one asked for.
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The demo server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise((resolve) => {
        // The browser may keep connections open; they must not hold the process.
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

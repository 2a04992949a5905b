// A tiny HTTP server on 127.0.0.1 serving in-memory pages, for benches.
import { createServer } from 'node:http';

/**
 * Serves `files` (path → { type, body }) on 127.0.0.1 at a free port.
 * @returns the base URL and a close function.
 */
export async function serveFiles(files) {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = files[path];
    if (!file) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

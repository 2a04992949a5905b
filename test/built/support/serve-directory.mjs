// Serves a built site's directory on 127.0.0.1 at a port the system picks, read into memory first
// (a rebuild meanwhile cannot pull files from under the page).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveFiles } from '../../bench/static-server.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
};

/** @returns {Promise<{ url: string, close: () => Promise<void> }>} */
export async function serveDirectory(dir) {
  const files = {};
  const walk = async (folder, prefix) => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path, `${prefix}${entry.name}/`);
      else
        files[`${prefix}${entry.name}`] = {
          type: TYPES[entry.name.slice(entry.name.lastIndexOf('.'))] ?? 'application/octet-stream',
          body: await readFile(path),
        };
    }
  };
  await walk(dir, '/');
  files['/'] = files['/index.html'];
  // Browsers ask for it unprompted; a 404 would read as a page error.
  files['/favicon.ico'] ??= { type: 'image/x-icon', body: '' };
  return serveFiles(files);
}

/**
 * The one static file server of the node-side checks and the benchmarks (examples, stories,
 * CSP, bench, Lighthouse): 127.0.0.1 on a free port, files under `root`, nothing outside it.
 *
 * Options: `pages` maps a URL path to an in-memory body (server-rendered HTML, a driver script);
 * `headers` go on every answer (a Content-Security-Policy); `gzip` compresses text as a CDN would
 * (the benchmarks); `handle(request, response)` answers first when it returns true (a check's own
 * endpoints). Resolves to `{ url, origin, close }` (`url` and `origin` are the same).
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Serves `root` (a path or a file: URL); see the options above. */
export async function serve(root, { pages = {}, headers = {}, gzip = false, handle } = {}) {
  const base = resolve(root instanceof URL ? root.pathname : root);
  const compressed = new Map();
  const send = (request, response, key, type, body) => {
    const answer = { 'cache-control': 'no-cache', ...headers, 'content-type': type };
    if (
      gzip &&
      /^(text|application\/json)/.test(type) &&
      /gzip/.test(request.headers['accept-encoding'] ?? '')
    ) {
      if (!compressed.has(key)) compressed.set(key, gzipSync(body, { level: 9 }));
      body = compressed.get(key);
      answer['content-encoding'] = 'gzip';
      answer.vary = 'accept-encoding';
    }
    response.writeHead(200, { ...answer, 'content-length': Buffer.byteLength(body) }).end(body);
  };
  const server = createServer(async (request, response) => {
    if (handle?.(request, response)) return;
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (path in pages) {
      send(request, response, path, TYPES[extname(path)] ?? TYPES['.html'], pages[path]);
      return;
    }
    try {
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) throw new Error('outside the root');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      send(request, response, file, type, await readFile(file));
    } catch {
      response.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${server.address().port}`;
  const close = () =>
    new Promise((done) => {
      server.close(done);
      // A browser keeps its connections open: closing waits for none of them.
      server.closeAllConnections();
    });
  return { url, origin: url, close };
}

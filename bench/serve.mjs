/**
 * A static file server for the benchmark and Lighthouse pages, on 127.0.0.1 and a free port. It
 * serves the repository (pages in .tmp/bench/, the CDN bundle in cdn/, images in fixtures/) with
 * gzip for text, as any CDN would, and is closed by whoever started it.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Starts serving `root`; resolves with `{ origin, close }`. */
export async function serve(root) {
  const base = resolve(root);
  const compressed = new Map();
  const server = createServer(async (request, response) => {
    const path = normalize(
      join(base, decodeURIComponent(new URL(request.url, 'http://x').pathname)),
    );
    if (path !== base && !path.startsWith(base + sep)) {
      response.writeHead(403).end();
      return;
    }
    let body;
    try {
      body = await readFile(path);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const headers = { 'content-type': type, 'cache-control': 'no-cache' };
    if (
      /^(text|application\/json)/.test(type) &&
      /gzip/.test(request.headers['accept-encoding'] ?? '')
    ) {
      if (!compressed.has(path)) compressed.set(path, gzipSync(body, { level: 9 }));
      body = compressed.get(path);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = body.length;
    response.writeHead(200, headers).end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(done)),
  };
}

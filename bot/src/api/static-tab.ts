import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Request, Response, Server } from 'restify';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** Where the built tab is: TAB_DIST_DIR, or tab/dist/web of the repository (from bot/src/api or bot/dist/api). */
export function tabDistDir(configured: string | undefined): string {
  return resolve(configured ?? join(__dirname, '..', '..', '..', 'tab', 'dist', 'web'));
}

function send(res: Response, file: string, cache: string): void {
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': cache,
  });
  createReadStream(file).pipe(res);
}

/**
 * Serves the built tab at /tab/: files as they are (hashed assets cached for good), and index.html for every
 * other path under /tab/ so the tab's own router can show /tab/network/:id, /tab/overview and so on.
 */
export function registerStaticTab(server: Server, distDir: string): void {
  // restify 9+ wants async handlers (or a `next` argument).
  server.get('/tab', async (_req: Request, res: Response) => {
    res.writeHead(302, { location: '/tab/' });
    res.end();
  });
  server.get('/tab/*', async (req: Request, res: Response) => {
    const index = join(distDir, 'index.html');
    if (!existsSync(index)) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('The tab is not built yet: run `npm run build`.');
      return;
    }
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname).slice('/tab/'.length);
    const file = normalize(join(distDir, path));
    const inside = file.startsWith(distDir + sep);
    if (inside && existsSync(file) && statSync(file).isFile()) {
      const immutable = path.startsWith('assets/');
      send(res, file, immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      return;
    }
    // A missing asset is a 404; any other path is a route of the tab itself.
    if (path.startsWith('assets/') || extname(path) !== '') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    send(res, index, 'no-cache');
  });
}

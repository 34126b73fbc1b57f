/**
 * A tiny static server for browser tests and the demo, on 127.0.0.1 with an ephemeral port.
 * Serves tests/fixtures/ at "/" (so /pages/… and /sites/…) and the repo's node_modules at
 * "/node_modules/" (real editor libraries for editor tests) and the demo desk at "/demo/". Read-only, no directory listings,
 * no path escapes. Paths under "/__audit_canary/" answer 204 (the network audit's self-check).
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const MOUNTS: [prefix: string, dir: string][] = [
  ['/node_modules/', join(ROOT, 'node_modules')],
  ['/demo/', join(ROOT, 'demo')],
  ['/', join(ROOT, 'tests/fixtures')],
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface FixtureServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  /** Every path requested so far, in order. */
  requested: string[];
  close(): Promise<void>;
}

function resolvePath(pathname: string): string | null {
  for (const [prefix, dir] of MOUNTS) {
    if (!pathname.startsWith(prefix)) continue;
    const file = normalize(join(dir, decodeURIComponent(pathname.slice(prefix.length))));
    return file === dir || file.startsWith(dir + sep) ? file : null;
  }
  return null;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const requested: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requested.push(url.pathname);
    if (url.pathname.startsWith('/__audit_canary/')) {
      res.writeHead(204, { 'access-control-allow-origin': '*' }).end();
      return;
    }
    let file = resolvePath(url.pathname);
    try {
      if (file && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!file || !statSync(file).isFile()) throw new Error('not a file');
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requested,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

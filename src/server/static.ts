// The web client: files from the built client (dist/) when it exists, else a
// small page saying the client is on its way. GET only; no path escapes the root.
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

const PLACEHOLDER = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Card on the Table</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; line-height: 1.5">
<h1>Card on the Table</h1>
<p>The server is running. The browser client is coming soon; until then, matches can be created and played
through the <a href="/games">Lobby API</a> and the game socket.</p>
<p>Server health: <a href="/healthz">/healthz</a></p>
</body></html>
`;

export const createStatic = (dir: string) => {
  const root = resolve(dir);
  const built = existsSync(join(root, 'index.html'));
  const send = (res: ServerResponse, path: string): void => {
    const body = readFileSync(path);
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'content-length': body.length });
    res.end(body);
  };
  return (pathname: string, res: ServerResponse): void => {
    if (!built) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PLACEHOLDER);
      return;
    }
    const file = resolve(root, '.' + normalize(decodeURIComponent(pathname)));
    const inside = file === root || file.startsWith(root + sep);
    if (inside && existsSync(file) && statSync(file).isFile()) return send(res, file);
    send(res, join(root, 'index.html')); // the client routes the rest
  };
};

// Small HTTP helpers over node:http: JSON bodies read with a size limit, JSON
// answers, CORS by configuration, and a fixed-window rate limit per address.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** An error with an HTTP status, raised by handlers and answered as JSON. */
export class HttpError extends Error {
  constructor(
    readonly status: number, // 400
    message: string,
  ) {
    super(message);
  }
}

export const sendJson = (res: ServerResponse, status: number, body: unknown): void => {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
};

/** Reads a JSON object body of at most `limit` bytes (413 beyond, 400 if malformed). */
export const readJson = async (req: IncomingMessage, limit: number): Promise<unknown> => {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new HttpError(413, `Request body over ${limit} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) throw new HttpError(413, `Request body over ${limit} bytes`);
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON');
  }
};

/** Whether a browser request's Origin may use this server: same host, or configured. */
export const originAllowed = (corsOrigins: ReadonlyArray<string>) => (req: IncomingMessage): boolean => {
  const origin = req.headers.origin;
  if (origin === undefined) return true; // not a browser's cross-site request
  if (corsOrigins.includes(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
};

/** Adds CORS headers for configured origins; answers preflights. Returns true if answered. */
export const handleCors = (corsOrigins: ReadonlyArray<string>, req: IncomingMessage, res: ServerResponse): boolean => {
  const origin = req.headers.origin;
  if (origin !== undefined && corsOrigins.includes(origin)) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('vary', 'Origin');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { 'access-control-allow-methods': 'GET, POST', 'access-control-allow-headers': 'content-type', 'access-control-max-age': '600' });
      res.end();
      return true;
    }
  }
  return false;
};

/**
 * The client's address for the rate limit. With `trustedProxies` = 0 (the
 * default) it is the peer of the TCP connection, and X-Forwarded-For is
 * ignored: any client can write that header. Behind n reverse proxies that
 * each append the address they saw (nginx's $proxy_add_x_forwarded_for), the
 * client is the n-th address from the right of X-Forwarded-For plus the peer;
 * entries further left were written by the client and are not trusted.
 */
export const clientAddress = (req: IncomingMessage, trustedProxies: number): string => {
  const peer = req.socket.remoteAddress ?? 'unknown';
  if (trustedProxies === 0) return peer;
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a.length > 0);
  const chain = [...forwarded, peer];
  return chain[Math.max(0, chain.length - 1 - trustedProxies)] ?? peer;
};

/** At most `perMinute` hits per key in each minute. */
export const createRateLimit = (perMinute: number, now: () => number = Date.now) => {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    /** Seconds to wait if over the limit, else undefined (and counts the hit). */
    hit: (key: string): number | undefined => {
      const t = now();
      if (windows.size > 10_000) for (const [k, w] of windows) if (t - w.start >= 60_000) windows.delete(k);
      const w = windows.get(key);
      if (!w || t - w.start >= 60_000) {
        windows.set(key, { start: t, count: 1 });
        return undefined;
      }
      if (w.count >= perMinute) return Math.ceil((w.start + 60_000 - t) / 1000);
      w.count += 1;
      return undefined;
    },
  };
};

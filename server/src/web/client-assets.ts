import fs from 'node:fs';
import path from 'node:path';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** Addresses the client's router never owns: the API answers them, or says they do not exist. */
const API_PREFIXES = ['/graphql', '/health', '/collab', '/uploads', '/api'];

/** Vite names what it builds `/assets/<name>-<hash>.<ext>`: a new content is a new address, so it never changes. */
const HASHED_ASSET = /^\/assets\/.+-[\w-]{8}\.\w+$/;
const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** The page itself is asked again each time (cheaply, with its ETag), so a new version is seen at once. */
const CACHE_HTML = 'no-cache';
/** Files kept under their own name (the icon): a new version may take an hour to be seen. */
const CACHE_SHORT = 'public, max-age=3600';

type Encoding = 'br' | 'gzip';

interface Asset {
  file: string;
  cacheControl: string;
  /** The copies compressed when the client was built (`file.br`, `file.gz`), by encoding. */
  compressed: Partial<Record<Encoding, string>>;
}

const cacheControlFor = (url: string) => (url.endsWith('.html') ? CACHE_HTML : HASHED_ASSET.test(url) ? CACHE_IMMUTABLE : CACHE_SHORT);

/** Every file of the built client by its address, read once at start-up (the build does not change while it runs). */
function readAssets(clientDist: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  const files = fs.readdirSync(clientDist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  const names = new Set(files.map((entry) => path.join(entry.parentPath, entry.name)));
  for (const file of names) {
    if (file.endsWith('.br') || file.endsWith('.gz')) continue;
    const url = `/${path.relative(clientDist, file).split(path.sep).join('/')}`;
    const compressed: Asset['compressed'] = {};
    if (names.has(`${file}.br`)) compressed.br = `${file}.br`;
    if (names.has(`${file}.gz`)) compressed.gzip = `${file}.gz`;
    assets.set(url, { file, cacheControl: cacheControlFor(url), compressed });
  }
  return assets;
}

/**
 * The best of the available encodings that the request's Accept-Encoding allows (brotli when it is as welcome as
 * gzip), or null for the file as it is.
 */
export function chooseEncoding(header: string | undefined, available: Partial<Record<Encoding, string>>): Encoding | null {
  const weights = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...parameters] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = parameters.map((parameter) => /^\s*q=([\d.]+)\s*$/.exec(parameter)?.[1]).find(Boolean);
    weights.set(name, q === undefined ? 1 : Number(q));
  }
  const weight = (encoding: Encoding) => (available[encoding] ? (weights.get(encoding) ?? weights.get('*') ?? 0) : 0);
  const [best] = (['br', 'gzip'] as const).filter((encoding) => weight(encoding) > 0).sort((a, b) => weight(b) - weight(a));
  return best ?? null;
}

function send(req: Request, res: Response, next: NextFunction, asset: Asset) {
  const encoding = chooseEncoding(req.headers['accept-encoding'], asset.compressed);
  res.setHeader('Cache-Control', asset.cacheControl);
  if (Object.keys(asset.compressed).length > 0) res.vary('Accept-Encoding');
  // The type of the file itself, whichever copy is sent.
  res.type(path.extname(asset.file));
  if (encoding) res.setHeader('Content-Encoding', encoding);
  res.sendFile(encoding ? asset.compressed[encoding]! : asset.file, { cacheControl: false }, (error) => {
    if (error && !res.headersSent) next(error);
  });
}

/**
 * Serves the built client: its files as they were built and compressed (no CPU spent compressing per request),
 * hashed assets cached for a year, and index.html for every other address so that the client's router takes over.
 * Returns null when there is no built client (the API then runs alone, as in the tests).
 */
export function clientAssets(clientDist: string | null): RequestHandler | null {
  if (!clientDist || !fs.existsSync(path.join(clientDist, 'index.html'))) return null;
  const assets = readAssets(clientDist);
  const index = assets.get('/index.html')!;
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const asset = assets.get(req.path);
    if (asset) return send(req, res, next, asset);
    // A missing asset (from an older build) is a 404, never a page: the browser would run HTML as a script.
    if (req.path.startsWith('/assets/') || API_PREFIXES.some((prefix) => req.path.startsWith(prefix))) return next();
    send(req, res, next, index);
  };
}

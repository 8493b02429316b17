// The first screen's cost: the client built with Vite's manifest, then the
// entry chunk and everything it imports statically (not the lazy chunks:
// modes, board, charts, rules, bot worker), each minified file gzipped.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

type ManifestChunk = { readonly file: string; readonly isEntry?: boolean; readonly imports?: ReadonlyArray<string>; readonly css?: ReadonlyArray<string> };
type Manifest = { readonly [key: string]: ManifestChunk };

export type FileCost = { readonly file: string; readonly bytes: number; readonly gzip: number };
export type BundleReport = {
  readonly js: { readonly bytes: number; readonly gzip: number; readonly files: ReadonlyArray<FileCost> };
  readonly css: { readonly bytes: number; readonly gzip: number; readonly files: ReadonlyArray<FileCost> };
  readonly lazyJsGzip: number; // everything else the build made, for scale
};

const ROOT = resolve(import.meta.dirname, '../../..');
export const DIST = join(ROOT, 'dist');

const cost = (file: string): FileCost => {
  const body = readFileSync(join(DIST, file));
  return { file, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
};

const sum = (files: ReadonlyArray<FileCost>) => ({ bytes: files.reduce((n, f) => n + f.bytes, 0), gzip: files.reduce((n, f) => n + f.gzip, 0), files });

/** Builds the client into dist/ (as `npm start` does) and measures the first screen's JS and CSS. */
export const measureBundle = async (): Promise<BundleReport> => {
  await build({ root: join(ROOT, 'src/client'), configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { manifest: true } });
  const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Manifest;
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entry) throw new Error('The build has no entry chunk');
  const seen = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  visit(entry);
  const initial = [...seen].map((key) => manifest[key]).filter((c): c is ManifestChunk => c !== undefined);
  const js = initial.map((c) => cost(c.file));
  const css = [...new Set(initial.flatMap((c) => c.css ?? []))].map(cost);
  const initialFiles = new Set(js.map((f) => f.file));
  const lazy = [...new Set(Object.values(manifest).map((c) => c.file))].filter((f) => f.endsWith('.js') && !initialFiles.has(f));
  return { js: sum(js), css: sum(css), lazyJsGzip: lazy.map(cost).reduce((n, f) => n + f.gzip, 0) };
};

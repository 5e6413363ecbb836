import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';

/** The repository root, from src/http (ts-jest, tsx) and from dist/http (the build) alike. */
const ROOT = path.join(__dirname, '..', '..');
const PUBLIC_DIR = path.join(ROOT, 'public');
const SEEDS_DIR = path.join(ROOT, 'seeds');

/**
 * The page loads its own script, style and example list and calls the API on the same origin; nothing
 * else, from nowhere else. No inline script or style (the script sets classes, never style attributes).
 * It replaces the API's CSP (security.ts) on the page's routes only.
 */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The page's static files: URL → file under public/ and its content type. */
const FILES = [
  { url: '/', file: 'index.html', type: 'text/html; charset=utf-8' },
  { url: '/page/app.js', file: 'app.js', type: 'text/javascript; charset=utf-8' },
  { url: '/page/style.css', file: 'style.css', type: 'text/css; charset=utf-8' },
] as const;

/** One example article for the page's picker. */
export interface PageExample {
  id: string;
  title: string;
  text: string;
}

/** The seed articles, in file order, titled by their first words: `"seed 1: The UK is in talks…"`. */
export function readExamples(dir: string = SEEDS_DIR): PageExample[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file, i) => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const first = text.trim().split('\n')[0] ?? '';
      const title = first.length > 70 ? `${first.slice(0, 70).trimEnd()}…` : first;
      return { id: file.replace(/\.txt$/, ''), title: `seed ${i + 1}: ${title}`, text };
    });
}

/**
 * The attribution page at `/` (public/index.html, app.js, style.css) and the seed articles at
 * `/page/examples.json`. The files are read once, at registration: the image ships them read-only.
 */
export async function pageRoutes(app: FastifyInstance): Promise<void> {
  for (const { url, file, type } of FILES) {
    const body = fs.readFileSync(path.join(PUBLIC_DIR, file));
    app.get(url, { schema: { hide: true } }, async (_request, reply) =>
      reply.header('content-security-policy', PAGE_CSP).header('cache-control', 'no-cache').type(type).send(body),
    );
  }
  const examples = JSON.stringify(readExamples());
  app.get('/page/examples.json', { schema: { hide: true } }, async (_request, reply) =>
    reply.header('content-security-policy', PAGE_CSP).header('cache-control', 'no-cache').type('application/json; charset=utf-8').send(examples),
  );
}

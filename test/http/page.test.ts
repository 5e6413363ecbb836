/**
 * The page at `/`: its files are served with a CSP that allows only the service's own origin, the
 * HTML loads no inline script or style and nothing from another host, and the seed articles are listed.
 */
import fs from 'node:fs';
import path from 'node:path';
import supertest from 'supertest';
import type { FastifyInstance } from 'fastify';
import { PAGE_CSP, readExamples } from '../../src/http/page';
import { recordingEngine, startApp } from './helpers';

const PUBLIC = path.join(__dirname, '../../public');
const SEEDS = path.join(__dirname, '../../seeds');

/** The CSP header as directive → sources. */
function directives(header: string): Map<string, string[]> {
  return new Map(
    header
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0] !== '')
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('the attribution page', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await startApp({}, { engine: recordingEngine() });
  });
  afterAll(() => app.close());

  it.each([
    ['/', 'text/html', 'index.html'],
    ['/page/app.js', 'text/javascript', 'app.js'],
    ['/page/style.css', 'text/css', 'style.css'],
  ])('serves %s as %s from public/%s', async (url, type, file) => {
    const res = await supertest(app.server).get(url).buffer(true).parse((r, cb) => {
      let data = '';
      r.setEncoding('utf8');
      r.on('data', (chunk: string) => (data += chunk));
      r.on('end', () => cb(null, data));
    }).expect(200);
    expect(res.headers['content-type']).toContain(type);
    expect(res.body).toBe(fs.readFileSync(path.join(PUBLIC, file), 'utf8'));
  });

  it.each(['/', '/page/app.js', '/page/style.css', '/page/examples.json'])('%s carries a CSP that allows only self', async (url) => {
    const res = await supertest(app.server).get(url).expect(200);
    const csp = directives(res.headers['content-security-policy'] as string);
    expect(res.headers['content-security-policy']).toBe(PAGE_CSP);
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    // No source anywhere names another host or loosens script execution.
    for (const sources of csp.values()) {
      for (const s of sources) expect(["'self'", "'none'", 'data:']).toContain(s);
    }
  });

  it('keeps the strict API policy on the API routes', async () => {
    const res = await supertest(app.server).get('/healthz').expect(200);
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers['content-security-policy']).not.toContain("'self'");
  });

  it('has the stable test hooks and no inline script, inline style or other host in its HTML', () => {
    const html = fs.readFileSync(path.join(PUBLIC, 'index.html'), 'utf8');
    expect(html).toMatch(/<textarea[^>]*name="text"/);
    expect(html).toMatch(/<button[^>]*>Attribute<\/button>/);
    // Every <script> has a src on this origin and no body.
    const scripts = [...html.matchAll(/<script([^>]*)>([^<]*)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/src="\/[^/]/);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
  });

  it('draws one <mark data-quote-id> per quote and one [data-speaker-id] per legend entry', () => {
    const js = fs.readFileSync(path.join(PUBLIC, 'app.js'), 'utf8');
    expect(js).toContain("document.createElement('mark')");
    expect(js).toContain('mark.dataset.quoteId = q.id');
    expect(js).toContain('b.dataset.speakerId = s.id');
    // Only its own origin: every fetch is to a path.
    for (const [, url] of js.matchAll(/fetch\('([^']*)'/g)) expect(url).toMatch(/^\/[^/]/);
    expect(js).not.toMatch(/https?:\/\//);
  });

  it('lists the seed articles with their full texts', async () => {
    const res = await supertest(app.server).get('/page/examples.json').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const files = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
    expect(res.body).toHaveLength(files.length);
    files.forEach((file, i) => {
      expect(res.body[i].id).toBe(file.replace(/\.txt$/, ''));
      expect(res.body[i].text).toBe(fs.readFileSync(path.join(SEEDS, file), 'utf8'));
      expect(res.body[i].title).toMatch(new RegExp(`^seed ${i + 1}: \\S`));
    });
  });

  it('lists nothing when there is no seeds directory', () => {
    expect(readExamples(path.join(SEEDS, 'no-such-dir'))).toEqual([]);
  });

  it('answers other paths under /page with a problem+json 404', async () => {
    const res = await supertest(app.server).get('/page/secret.txt').expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('gives every speaker colour a WCAG AAA contrast (>= 7:1) with the text on it, and eight distinct colours', () => {
    const css = fs.readFileSync(path.join(PUBLIC, 'style.css'), 'utf8');
    const colour = (name: string): string => {
      const m = new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css);
      if (!m) throw new Error(`no --${name} in style.css`);
      return m[1]!;
    };
    const luminance = (hex: string): number => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string): number => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const ink = colour('ink');
    const palette = Array.from({ length: 8 }, (_, i) => colour(`sp-${i}`));
    expect(new Set(palette.map((c) => c.toLowerCase())).size).toBe(8);
    for (const c of [...palette, colour('none')]) expect(contrast(c, ink)).toBeGreaterThanOrEqual(7);
  });
});

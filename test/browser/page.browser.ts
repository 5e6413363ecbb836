/**
 * `npm run test:browser`: the page at / in a real headless Chromium (Debian's `chromium`, driven by
 * playwright-core), against the built server (dist/) on a free port.
 *
 * It pastes a seed article, presses Attribute and checks that the page draws one mark per quote of
 * the API's answer and a legend naming every speaker who is quoted; that a quote's details appear on
 * keyboard focus; that picking a speaker highlights exactly their quotes; that no script error or CSP
 * violation happens; and that a 200k-character article gets all its marks. Screenshots at desktop and
 * phone (360 px) widths go to test-artifacts/. Installs chromium with apt-get when it is missing (CI
 * runs as root). Exit status 0 when every check passed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const ROOT = path.join(__dirname, '..', '..');
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const SEED = path.join(ROOT, 'seeds', '000_3e5c32fe3a399acd.txt');
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface ApiAnswer {
  quotes: { id: string; speaker: { id: string; name: string } | null }[];
  speakers: { id: string; name: string; quoteIds: string[] }[];
}

let failures = 0;
function check(ok: boolean, what: string): void {
  if (ok) process.stdout.write(`ok   ${what}\n`);
  else {
    failures += 1;
    process.stdout.write(`FAIL ${what}\n`);
  }
}

function ensureChromium(): void {
  if (fs.existsSync(CHROMIUM)) return;
  process.stdout.write(`${CHROMIUM} is missing: apt-get install -y chromium\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let r = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  if (r.status !== 0) {
    spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    r = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  }
  if (r.status !== 0 || !fs.existsSync(CHROMIUM)) throw new Error('could not install chromium (apt-get needs root)');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function startServer(port: number): Promise<ChildProcess> {
  const server = path.join(ROOT, 'dist', 'server.js');
  if (!fs.existsSync(server)) throw new Error('dist/server.js is missing: run `npm run build` first');
  const child = spawn(process.execPath, [server], {
    cwd: ROOT,
    // A long engine limit: the 200k-character article must not be refused on a busy CI machine.
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', WORKERS: '2', LOG_LEVEL: 'warn', ENGINE_TIMEOUT_MS: '120000' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let i = 0; i < 600; i += 1) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);
    if (ready) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGTERM');
  throw new Error('the server did not become ready within 60 s');
}

async function attributeViaApi(base: string, text: string): Promise<ApiAnswer> {
  const res = await fetch(`${base}/v1/attributions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text, options: { includePartial: true, includeUnattributed: true } }),
  });
  if (!res.ok) throw new Error(`API answered ${res.status}`);
  return (await res.json()) as ApiAnswer;
}

/**
 * Pastes `text`, presses Attribute and waits for the answer to be drawn. A long text is set as the
 * textarea's value directly: playwright's fill() spends ~20 s on 190k characters, the page none of it.
 */
async function attributeInPage(page: Page, text: string): Promise<void> {
  const area = page.locator('textarea[name=text]');
  if (text.length < 20_000) await area.fill(text);
  else await area.evaluate((el, value) => ((el as unknown as { value: string }).value = value), text);
  await page.getByRole('button', { name: 'Attribute' }).click();
  await page.locator('#status').filter({ hasText: /quotes?,/ }).waitFor({ timeout: 120_000 });
}

async function checkSeed(page: Page, base: string): Promise<void> {
  const text = fs.readFileSync(SEED, 'utf8');
  const api = await attributeViaApi(base, text);
  await attributeInPage(page, text);

  const marks = await page.locator('mark[data-quote-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-quote-id') ?? ''));
  check(api.quotes.length > 0, `the API finds quotes in the seed (${api.quotes.length})`);
  check(marks.length === api.quotes.length, `one mark per quote: ${marks.length} marks, ${api.quotes.length} quotes`);
  check(JSON.stringify([...marks].sort()) === JSON.stringify(api.quotes.map((q) => q.id).sort()), 'the marks carry the quotes\' ids');

  const quoted = api.speakers.filter((s) => s.quoteIds.length > 0);
  const entries = await page.locator('#legend [data-speaker-id]').allInnerTexts();
  check(entries.length === quoted.length, `one legend entry per quoted speaker: ${entries.length} entries, ${quoted.length} speakers`);
  const legendText = entries.join('\n');
  const missing = quoted.filter((s) => !legendText.includes(s.name)).map((s) => s.name);
  check(missing.length === 0, `the legend names the seed's speakers (${quoted.map((s) => s.name).join(', ')})${missing.length ? `; missing ${missing.join(', ')}` : ''}`);

  // Keyboard: Tab from the Attribute button reaches the controls and then the quotes; focus shows details.
  await page.locator('mark[data-quote-id]').first().focus();
  const details = await page.locator('#details').innerText();
  check(/rule/.test(details) && /confidence/.test(details), 'focusing a quote shows its speaker, rule and confidence');

  // Picking the most quoted speaker highlights exactly their quotes.
  const top = [...quoted].sort((a, b) => b.quoteIds.length - a.quoteIds.length)[0]!;
  const entry = page.locator(`#legend [data-speaker-id="${top.id}"]`);
  await entry.focus();
  await page.keyboard.press('Enter');
  const picked = await page.locator('mark.picked').evaluateAll((els) => els.map((e) => e.getAttribute('data-quote-id') ?? '').sort());
  check(JSON.stringify(picked) === JSON.stringify([...top.quoteIds].sort()), `Enter on "${top.name}" in the legend highlights their ${top.quoteIds.length} quotes`);
  check((await entry.getAttribute('aria-pressed')) === 'true', 'the picked legend entry is aria-pressed');
  await page.keyboard.press('Enter');

  // Downloads: the JSON is the API's answer; the CSV has a header and one row per quote.
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  const downloaded = JSON.parse(fs.readFileSync((await json.path())!, 'utf8')) as ApiAnswer;
  check(json.suggestedFilename() === 'attributions.json' && JSON.stringify(downloaded.quotes) === JSON.stringify(api.quotes), 'Download JSON saves the answer\'s quotes');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  const rows = fs.readFileSync((await csv.path())!, 'utf8').split('\r\n').filter((r) => r !== '');
  check(rows[0]?.startsWith('id,type,start,end,') === true && rows.length === api.quotes.length + 1, `Download CSV saves a header and ${rows.length - 1} rows for ${api.quotes.length} quotes`);
}

async function checkPicker(page: Page): Promise<void> {
  const options = await page.locator('#example option').count();
  check(options > 1, `the seed picker lists the seeds (${options - 1})`);
  await page.locator('#example').selectOption({ index: 1 });
  const value = await page.locator('textarea[name=text]').inputValue();
  check(value === fs.readFileSync(SEED, 'utf8'), 'picking the first seed puts its text in the textarea');
  await page.locator('textarea[name=text]').fill('');
}

async function screenshots(context: BrowserContext, base: string): Promise<void> {
  const text = fs.readFileSync(SEED, 'utf8');
  for (const [name, width, height] of [['desktop', 1280, 900], ['phone', 360, 780]] as const) {
    const page = await context.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(`${base}/`);
    await attributeInPage(page, text);
    const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'));
    check(overflow <= 0, `${name} (${width} px): no horizontal scrolling (overflow ${overflow} px)`);
    const file = path.join(ARTIFACTS, `page-${name}.png`);
    await page.screenshot({ path: file });
    // The answer itself: the legend (first on a phone) and the highlighted article.
    await page.locator('#result').scrollIntoViewIfNeeded();
    const answer = path.join(ARTIFACTS, `page-${name}-answer.png`);
    await page.screenshot({ path: answer });
    process.stdout.write(`     screenshots ${path.relative(ROOT, file)}, ${path.relative(ROOT, answer)}\n`);
    await page.close();
  }
}

/** An article of about 200,000 characters (the service's default limit): the seeds repeated. */
function longArticle(): string {
  const seeds = fs.readdirSync(path.join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
  const texts = seeds.map((f) => fs.readFileSync(path.join(ROOT, 'seeds', f), 'utf8').trim());
  let out = '';
  for (let i = 0; out.length < 190_000; i += 1) out += `${texts[i % texts.length]}\n\n`;
  return out;
}

async function checkLongArticle(page: Page, base: string): Promise<void> {
  const text = longArticle();
  const api = await attributeViaApi(base, text);
  const started = Date.now();
  await attributeInPage(page, text);
  const count = await page.locator('mark[data-quote-id]').count();
  check(count === api.quotes.length, `a ${text.length}-character article: ${count} marks for ${api.quotes.length} quotes`);
  // Reported, not asserted: speed belongs to the bench. The status line separates the engine's time
  // from the page's drawing time.
  const status = await page.locator('#status').innerText();
  process.stdout.write(`     (round trip and drawing took ${Date.now() - started} ms; the page says: ${status})\n`);
}

async function main(): Promise<void> {
  ensureChromium();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = await startServer(port);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'qa-chromium-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS });
    const problems: string[] = [];
    context.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
    });
    context.on('weberror', (err) => problems.push(`page error: ${err.error().message}`));
    const outside: string[] = [];
    context.on('request', (req) => {
      if (!req.url().startsWith(base) && !req.url().startsWith('blob:') && !req.url().startsWith('data:')) outside.push(req.url());
    });

    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${base}/`);
    await page.locator('#example option').nth(1).waitFor({ state: 'attached' });
    await checkPicker(page);
    await checkSeed(page, base);
    await checkLongArticle(page, base);
    await screenshots(context, base);

    check(problems.length === 0, `no script error or CSP violation${problems.length ? `: ${problems.join(' | ')}` : ''}`);
    check(outside.length === 0, `no request to another host${outside.length ? `: ${outside.join(', ')}` : ''}`);
  } finally {
    await context?.close();
    fs.rmSync(profile, { recursive: true, force: true });
    server.kill('SIGTERM');
  }
  process.stdout.write(failures === 0 ? '\nbrowser test: all checks passed\n' : `\nbrowser test: ${failures} check(s) failed\n`);
  process.exitCode = failures === 0 ? 0 : 1;
}

main().catch((err: unknown) => {
  process.stderr.write(`browser test: ${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 1;
});

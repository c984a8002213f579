/**
 * The browser lab's test harness: builds the site (scripts/build-web.mjs, then the lab files as
 * `exo-shell lab build` writes them) into a temporary folder, serves it on 127.0.0.1 with a tiny
 * static server (with or without the isolation headers), and drives /usr/bin/chromium through
 * playwright-core. No browser is ever downloaded: without /usr/bin/chromium the suites skip.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Lab } from '../../src/lab';

export const CHROMIUM = '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
export const SKIP_NOTE = `${CHROMIUM} is absent: the browser lab's end-to-end tests are skipped (apt-get install chromium runs them).`;

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/** Builds the site for these labs (built-in names, or a trainer's lab) into a fresh temporary folder. */
export async function buildSite(labs: (string | Lab)[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'exo-web-'));
  // @ts-expect-error: a plain .mjs build script, no declarations
  const { buildWeb } = (await import('../../scripts/build-web.mjs')) as { buildWeb(out: string): Promise<unknown> };
  const assets = join(dir, 'assets');
  await buildWeb(assets);
  const { buildLabSite } = await import('../../shell/lab-build');
  const { getBuiltInLab } = await import('../../src/lab');
  buildLabSite(
    labs.map((l) => (typeof l === 'string' ? { lab: getBuiltInLab(l)!, builtIn: true } : { lab: l, builtIn: false })),
    join(dir, 'site'),
    assets,
  );
  return join(dir, 'site');
}

/** Serves `root` on 127.0.0.1 (a free port); `isolate` adds COOP/COEP as a host should. */
export async function serve(root: string, isolate = true): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path.endsWith('/') ? path + 'index.html' : path);
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    const headers: Record<string, string> = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' };
    if (isolate) Object.assign(headers, { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' });
    res.writeHead(200, headers).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function launch(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export function removeSite(site: string): void {
  rmSync(join(site, '..'), { recursive: true, force: true });
}

/** The terminal's text (xterm's buffer), as the learner sees it. */
export function screen(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { exoLab: { screen(): string } }).exoLab.screen());
}

/** Waits until the terminal shows `text` (a string or a pattern). */
export async function waitForScreen(page: Page, text: string | RegExp, timeout = 15000): Promise<string> {
  const source = typeof text === 'string' ? { s: text } : { r: text.source, f: text.flags };
  await page.waitForFunction(
    (t) => {
      const s = (window as unknown as { exoLab?: { screen(): string } }).exoLab?.screen() ?? '';
      return 's' in t ? s.includes(t.s!) : new RegExp(t.r!, t.f).test(s);
    },
    source,
    { timeout, polling: 50 },
  );
  return screen(page);
}

/** Prompts seen so far (the worker reports each time it waits for a command line). */
export function prompts(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { exoLab: { prompts: number } }).exoLab.prompts);
}

/** Types a command line into the terminal and waits for the next prompt. */
export async function run(page: Page, line: string, timeout = 30000): Promise<string> {
  const before = await prompts(page);
  await typeText(page, line);
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => (window as unknown as { exoLab: { prompts: number } }).exoLab.prompts > n, before, { timeout, polling: 50 });
  return screen(page);
}

/**
 * Types text into the focused terminal key by key, as a person does (keydown, keypress, input): in
 * screen-reader mode xterm reads keys, not bare input events.
 */
export async function typeText(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
}

export async function newPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { exoLab?: { ready: boolean } }).exoLab?.ready === true, undefined, { timeout: 30000 });
  await page.click('.xterm');
  return page;
}

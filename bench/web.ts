/**
 * The browser lab (issue 18): the gzipped size of what a lab page loads (HTML, CSS, the page's
 * script with xterm.js, the engine's worker; goal under 400 kB), the time from navigation to a
 * usable prompt in headless Chromium (goal under 1 s; median of several fresh loads), and the page's
 * memory (the JS heaps of the page and of its engine worker, through the DevTools protocol) after the seed 000
 * lab's steps (cutover-powershell, its solutions typed at the prompt). Without /usr/bin/chromium,
 * or before `npm run build`, the figures that need them are skipped with a note.
 */
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants as zlib } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import type { BenchModule } from './run';
import { buildLabSite, WEB_FILES } from '../shell/lab-build';
import { getBuiltInLab } from '../src/lab';
import { isIncompleteInput } from '../src/repl/session-adapter';
import { loadDevDependency, median } from './shared';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
/** What a page loads on an isolating host (sw.js only where the host sends no COOP/COEP). */
const PAGE_FILES = ['index.html', 'style.css', 'xterm.css', 'main.js', 'worker.js'];
/** What the worker loads only when a command needs it (web/lazy-script.ts), and when. */
const LAZY_FILES: [string, string][] = [['help.js', 'the first Get-Help']];

const gzipped = (data: Buffer): number => gzipSync(data, { level: 9 }).length;

function webDir(): string | null {
  for (const rel of ['../web/', '../dist/web/']) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (WEB_FILES.every((f) => existsSync(join(dir, f)))) return dir;
  }
  return null;
}

interface PlaywrightPage {
  goto(url: string): Promise<unknown>;
  waitForFunction(fn: string, arg?: unknown, opts?: { timeout?: number; polling?: number }): Promise<unknown>;
  evaluate<T>(fn: string): Promise<T>;
  click(selector: string): Promise<void>;
  keyboard: { insertText(t: string): Promise<void>; press(k: string): Promise<void> };
}
interface CdpSession {
  send(method: string, params?: object): Promise<Record<string, unknown>>;
  on(event: string, fn: (e: Record<string, unknown>) => void): void;
}
interface PlaywrightContext {
  newPage(): Promise<PlaywrightPage>;
  newCDPSession(page: PlaywrightPage): Promise<CdpSession>;
  close(): Promise<void>;
}

const mib = (bytes: number): string => (bytes / 2 ** 20).toFixed(1);

/**
 * The page's JS heap after a garbage collection and its worker's heap as it is (a worker blocked in
 * Atomics.wait at the prompt answers the inspector, but a collection it would run never comes),
 * through the DevTools protocol:
 * the worker is reached by auto-attaching to the page's child targets (measureUserAgentSpecificMemory
 * leaves out a worker blocked in Atomics.wait, as ours is at the prompt).
 */
async function heapUsage(ctx: PlaywrightContext, page: PlaywrightPage): Promise<{ page: number; worker: number }> {
  const cdp = await ctx.newCDPSession(page);
  let nextId = 1;
  const waiting = new Map<number, (r: Record<string, unknown>) => void>();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(String(e.message)) as { id?: number; result?: Record<string, unknown> };
    if (m.id !== undefined) waiting.get(m.id)?.(m.result ?? {});
  });
  const workers: string[] = [];
  const attached = new Promise<void>((resolve) =>
    cdp.on('Target.attachedToTarget', (e) => {
      if ((e.targetInfo as { type: string }).type === 'worker') workers.push(String(e.sessionId));
      resolve();
    }),
  );
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  await Promise.race([attached, new Promise((r) => setTimeout(r, 5000))]);
  const inWorker = (sessionId: string, method: string): Promise<Record<string, unknown>> =>
    new Promise((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      // Never hang the bench on a target that does not answer.
      setTimeout(() => resolve({}), 10000).unref();
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    });
  let worker = 0;
  for (const w of workers) {
    worker += Number((await inWorker(w, 'Runtime.getHeapUsage')).usedSize ?? 0);
  }
  await cdp.send('HeapProfiler.collectGarbage');
  const own = Number((await cdp.send('Runtime.getHeapUsage')).usedSize ?? 0);
  return { page: own, worker };
}
interface PlaywrightBrowser {
  newContext(o?: object): Promise<PlaywrightContext>;
  close(): Promise<void>;
}
interface Playwright {
  chromium: { launch(o: object): Promise<PlaywrightBrowser> };
}

function loadPlaywright(): Playwright | null {
  return loadDevDependency<Playwright>('playwright-core');
}

function serve(root: string): Promise<{ url: string; close(): void; requested: Set<string> }> {
  const requested = new Set<string>();
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
  const server = createServer((req, res) => {
    const name = new URL(req.url ?? '/', 'http://x').pathname.slice(1) || 'index.html';
    const file = join(root, name);
    if (name.includes('..') || !existsSync(file)) return void res.writeHead(404).end();
    requested.add(name);
    res
      .writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' })
      .end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close(), requested })),
  );
}

/** Expressions (not functions: playwright evaluates a string as an expression). */
const READY = 'window.exoLab !== undefined && window.exoLab.ready === true';

/** Types a script line by line; a line that leaves the input incomplete continues at `>>` (no new prompt). */
async function typeScript(page: PlaywrightPage, script: string): Promise<void> {
  let pending = '';
  for (const line of script.split('\n')) {
    pending = pending ? pending + '\n' + line : line;
    const before = await page.evaluate<number>('window.exoLab.prompts');
    await page.keyboard.insertText(line);
    await page.keyboard.press('Enter');
    if (isIncompleteInput(pending)) continue;
    pending = '';
    await page.waitForFunction(`window.exoLab.prompts > ${before}`, undefined, { timeout: 60000, polling: 20 });
  }
}

const bench: BenchModule = {
  name: 'web',
  async bench(opts) {
    const dir = webDir();
    if (!dir) {
      console.log('web lab: dist/web is missing (npm run build): skipped');
      return;
    }
    let gz = 0;
    let br = 0;
    const parts: string[] = [];
    for (const f of PAGE_FILES) {
      const data = readFileSync(join(dir, f));
      const g = gzipSync(data, { level: 9 }).length;
      gz += g;
      br += brotliCompressSync(data, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;
      parts.push(`${f} ${(g / 1024).toFixed(0)} kB`);
    }
    console.log(`web lab bundle, gzipped: ${(gz / 1024).toFixed(0)} kB (brotli ${(br / 1024).toFixed(0)} kB; goal under 400 kB) = ${parts.join(' + ')}`);
    console.log(`web lab, loaded only when needed: ${LAZY_FILES.map(([f, when]) => `${f} ${(gzipped(readFileSync(join(dir, f))) / 1024).toFixed(0)} kB gzipped (on ${when})`).join(', ')}`);

    const pw = loadPlaywright();
    if (!existsSync(CHROMIUM) || !pw) {
      console.log(`web lab in Chromium: skipped (${!pw ? 'playwright-core is not installed' : `${CHROMIUM} is absent`})`);
      return;
    }
    const lab = getBuiltInLab('cutover-powershell')!;
    const tmp = mkdtempSync(join(tmpdir(), 'exo-bench-web-'));
    const site = buildLabSite([{ lab, builtIn: true }], join(tmp, 'site'), dir).outDir;
    const server = await serve(site);
    const browser = await pw.chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    try {
      const loads: number[] = [];
      const runs = opts.smoke ? 3 : 7;
      for (let i = 0; i < runs; i++) {
        const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
        const page = await ctx.newPage();
        await page.goto(server.url);
        await page.waitForFunction(READY, undefined, { timeout: 60000, polling: 10 });
        // readyAt: performance.now() when the first prompt was reported, i.e. ms since navigation started.
        loads.push(await page.evaluate<number>('window.exoLab.readyAt'));
        await ctx.close();
      }
      console.log(`web lab page load to a usable prompt (headless Chromium, fresh profile): median ${median(loads).toFixed(0)} ms of ${runs} (min ${Math.min(...loads).toFixed(0)}, max ${Math.max(...loads).toFixed(0)}; goal under 1000 ms)`);

      const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await ctx.newPage();
      server.requested.clear();
      await page.goto(server.url);
      await page.waitForFunction(READY, undefined, { timeout: 60000 });
      await page.click('.xterm');
      const t = performance.now();
      for (const step of lab.steps) {
        await typeScript(page, (step.solution ?? '').trim());
        await typeScript(page, 'Test-LabStep');
      }
      const passed = await page.evaluate<number>('window.exoLab.progress.passed.length');
      const lab000 = performance.now() - t;
      const heaps = await heapUsage(ctx, page);
      const fetched = [...server.requested].sort();
      const total = fetched.reduce((n, f) => n + gzipped(readFileSync(join(site, f))), 0);
      console.log(`web lab, everything seed 000's lab fetched from the site, start to finish: ${(total / 1024).toFixed(0)} kB gzipped (${fetched.join(', ')})`);
      console.log(
        `web lab page memory after seed 000's lab (${passed}/${lab.steps.length} steps passed, ${(lab000 / 1000).toFixed(1)} s typed): ` +
          `JS heap ${mib(heaps.page + heaps.worker)} MiB used (page ${mib(heaps.page)} MiB after a GC, engine worker ${mib(heaps.worker)} MiB; CDP Runtime.getHeapUsage)`,
      );
      await ctx.close();
    } finally {
      await browser.close();
      server.close();
      rmSync(tmp, { recursive: true, force: true });
    }
  },
};

export default bench;

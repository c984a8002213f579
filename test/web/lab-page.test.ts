/**
 * The browser lab end to end, in real headless Chromium (/usr/bin/chromium, driven by
 * playwright-core; skipped when it is absent): the seed 000 lab (cutover-powershell) typed into the
 * terminal, Tab completion, Format-List output, Get-Credential's masked password, -Confirm, the Check
 * buttons, a reload that keeps world and progress, the export graded by the CLI, Ctrl+C, Ctrl+R,
 * the screen-reader toggle, keyboard-only focus moves, the phone layout and the isolation service
 * worker. UPDATE_SCREENSHOTS=1 rewrites the screenshots in docs/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildSite, HAVE_CHROMIUM, launch, newPage, removeSite, run, screen, serve, SKIP_NOTE, typeText, waitForScreen } from './harness';
import { labMain } from '../../shell/lab';
import { parseLabText } from '../../src/lab';

const LAB = 'cutover-powershell';

/** A trainer's own lab, as a YAML file; its text holds markup that must show as text. */
const OWN_LAB_YAML = `name: count-mailboxes
title: Count the <b>mailboxes</b>
scenario: contoso
steps:
  - id: count
    title: Count the mailboxes
    instructions: |
      Count them: \`Get-Mailbox -ResultSize Unlimited\`. <img src=x onerror="window.__injected=1">
    checks:
      - ran: '\\bGet-Mailbox\\b[^\\n]*ResultSize'
        message: 'Count every mailbox: Get-Mailbox -ResultSize Unlimited.'
`;
const SHOTS = process.env.UPDATE_SCREENSHOTS === '1';
const DOCS = new URL('../../docs/', import.meta.url);

if (!HAVE_CHROMIUM) console.warn(SKIP_NOTE);

/** The panel's text for step `i` (0-based): its badge and its result line. */
async function stepState(page: Page, i: number): Promise<{ badge: string; result: string }> {
  return page.evaluate((n) => {
    const li = document.getElementById(`step-${n}`)!;
    return { badge: li.querySelector('.badge')!.textContent ?? '', result: li.querySelector('.result')!.textContent ?? '' };
  }, i);
}

/** Presses the Check button of step `i` and waits for its result. */
async function check(page: Page, i: number): Promise<{ badge: string; result: string }> {
  await page.click(`#step-${i} button.check`);
  await page.waitForFunction((n) => /^(PASS|FAIL|SKIPPED)/.test(document.querySelector(`#step-${n} .result`)?.textContent ?? ''), i, { timeout: 30000 });
  return stepState(page, i);
}

async function focusTerminal(page: Page): Promise<void> {
  await page.click('.xterm');
}

describe.skipIf(!HAVE_CHROMIUM)('the lab in the browser', () => {
  let browser: Browser;
  let site: string;
  let server: { url: string; close(): Promise<void> };
  let context: BrowserContext;
  let page: Page;
  const downloads = mkdtempSync(join(tmpdir(), 'exo-web-exports-'));

  beforeAll(async () => {
    writeFileSync(join(downloads, 'count-mailboxes.yaml'), OWN_LAB_YAML);
    site = await buildSite([LAB, 'troubleshoot-oa-disabled', parseLabText(OWN_LAB_YAML, 'count-mailboxes.yaml')]);
    server = await serve(site);
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    page = await newPage(context, server.url);
  }, 120000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (site) removeSite(site);
  });

  it('opens at a usable prompt with the lab started and its steps in the panel', async () => {
    const text = await waitForScreen(page, /PS C:\\Users\\Administrator> $/);
    expect(text).toContain("Lab 'Cutover migration to Exchange Online with PowerShell' started");
    expect(await page.locator('#steps > li').count()).toBe(9);
    expect(await stepState(page, 0)).toEqual({ badge: 'current step', result: '' });
    expect(await page.textContent('#score')).toBe('Score: 0/20 - step 1 of 9');
    // The virtual clock is shown (labs start on Monday 6 January 2025 at 09:00 UTC).
    expect(await page.textContent('#clock')).toMatch(/^Mon, 6 Jan 2025 09:0\d UTC$/);
    // Instructions are rendered from Markdown: bold, code block; lab text is never markup.
    expect(await page.locator('#step-0 .instructions strong').first().textContent()).toBe('Exchange Online PowerShell');
    expect(await page.locator('#step-0 .instructions pre code').textContent()).toContain('Connect-ExchangeOnline -UserPrincipalName');
  });

  it('completes a command with Tab, runs it, and the Check button passes the step', async () => {
    await focusTerminal(page);
    await typeText(page, 'Connect-ExchangeOnl');
    await page.keyboard.press('Tab');
    await waitForScreen(page, /> Connect-ExchangeOnline$/);
    await run(page, ' -UserPrincipalName admin@contoso.onmicrosoft.com');
    const r = await check(page, 0);
    expect(r).toEqual({ badge: 'PASS', result: 'PASS: every check passes.' });
    // The button ran Test-LabStep as if typed: shown in the terminal, and the next step is current.
    expect(await screen(page)).toMatch(/> Test-LabStep\n/);
    expect((await stepState(page, 1)).badge).toBe('current step');
  });

  it("reads Get-Credential's password masked and tests the connection", async () => {
    await focusTerminal(page);
    await typeText(page, '$Credentials = Get-Credential');
    await page.keyboard.press('Enter');
    await waitForScreen(page, /User: $/);
    await typeText(page, 'administrator@contoso.com');
    await page.keyboard.press('Enter');
    await waitForScreen(page, /Password for user administrator@contoso.com: $/);
    await run(page, 'P@ssw0rd!');
    const text = await screen(page);
    expect(text).toContain('Password for user administrator@contoso.com: *********');
    expect(text).not.toContain('P@ssw0rd!');
    const out = await run(page, '$TSMA = Test-MigrationServerAvailability -ExchangeOutlookAnywhere -Autodiscover -EmailAddress administrator@contoso.com -Credentials $Credentials; $TSMA.Result');
    expect(out).toMatch(/\nSuccess\n/);
    expect((await check(page, 1)).badge).toBe('PASS');
  });

  it('shows Format-List output, and a Check on a step ahead says what is missing', async () => {
    await focusTerminal(page);
    await run(page, 'New-MigrationEndpoint -ExchangeOutlookAnywhere -Name CutoverEndpoint -ConnectionSettings $TSMA.ConnectionSettings');
    expect((await check(page, 2)).badge).toBe('PASS');
    // A step not reached yet is graded without changing anything: its missing checks are listed.
    const ahead = await check(page, 4);
    expect(ahead.result).toMatch(/^FAIL: still missing:/);
    expect(ahead.badge).toBe('not reached');
    await focusTerminal(page);
    const out = await run(page, 'Get-MigrationEndpoint CutoverEndpoint | Format-List EndpointType,ExchangeServer,UseAutoDiscover,Max*');
    expect(out).toMatch(/EndpointType\s+: ExchangeOutlookAnywhere/);
    expect(out).toMatch(/MaxConcurrentMigrations\s+: \d+/);
    expect((await check(page, 3)).badge).toBe('PASS');
  });

  it('runs the rest of the lab, answering -Confirm, to a full score', async () => {
    await focusTerminal(page);
    await run(page, 'New-MigrationBatch -Name CutoverBatch -SourceEndpoint CutoverEndpoint');
    await run(page, 'Get-MigrationBatch | Format-List');
    expect((await check(page, 4)).badge).toBe('PASS');
    await focusTerminal(page);
    // -Identity <Tab> completes from the world's objects, as in the shell.
    await typeText(page, 'Start-MigrationBatch -Identity Cut');
    await page.keyboard.press('Tab');
    await waitForScreen(page, /> Start-MigrationBatch -Identity CutoverBatch$/);
    await run(page, '');
    expect((await check(page, 5)).badge).toBe('PASS');
    await focusTerminal(page);
    await run(page, 'Set-LabClock -Advance 1d');
    await run(page, 'Get-MigrationBatch CutoverBatch');
    expect((await check(page, 6)).badge).toBe('PASS');
    await focusTerminal(page);
    await run(page, 'Get-MigrationBatch -Identity CutoverBatch | Format-List Status');
    expect((await check(page, 7)).badge).toBe('PASS');
    await focusTerminal(page);
    await typeText(page, 'Remove-MigrationBatch -Identity CutoverBatch');
    await page.keyboard.press('Enter');
    await waitForScreen(page, /\[Y\] Yes.*: $/);
    await run(page, 'Y');
    expect((await check(page, 8)).badge).toBe('PASS');
    expect(await page.textContent('#score')).toBe('Score: 20/20 - step 9 of 9 - lab complete');
    if (SHOTS) {
      mkdirSync(DOCS, { recursive: true });
      await page.screenshot({ path: new URL('lab-page-1280x720.png', DOCS).pathname });
    }
  });

  it('keeps the world, the progress and the history across a reload', async () => {
    // The last save reached IndexedDB before the reload.
    await page.waitForFunction(() => {
      const s = (window as unknown as { exoLab: { saves: number; progress: { passed: string[] } | null } }).exoLab;
      return s.progress?.passed.length === 9;
    });
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { exoLab?: { ready: boolean } }).exoLab?.ready === true, undefined, { timeout: 30000 });
    await waitForScreen(page, 'Your lab was restored from this browser.');
    expect(await page.textContent('#score')).toBe('Score: 20/20 - step 9 of 9 - lab complete');
    expect((await stepState(page, 3)).badge).toBe('PASS');
    await focusTerminal(page);
    const out = await run(page, '(Get-MigrationEndpoint).Identity');
    expect(out).toMatch(/\nCutoverEndpoint\n/);
    // Up arrow brings back the line before (history kept in IndexedDB, not the password).
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await waitForScreen(page, /> Get-MigrationBatch -Identity CutoverBatch \| Format-List Status$|> Remove-MigrationBatch -Identity CutoverBatch$/);
    await page.keyboard.press('Control+C');
    await waitForScreen(page, /\^C\n.*PS C:\\Users\\Administrator> $/);
  });

  it('exports the world as the state file that exo-shell lab check and lab report grade', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    expect(download.suggestedFilename()).toBe(`${LAB}.world.json`);
    const file = join(downloads, 'alice.json');
    await download.saveAs(file);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { format: string; world: { lab: { name: string } } };
    expect(saved.format).toBe('exo-emulator-world');
    expect(saved.world.lab.name).toBe(LAB);
    let out = '';
    const err: string[] = [];
    expect(labMain(['check', LAB, '-State', file], (t) => (out += t), (t) => err.push(t))).toBe(0);
    expect(out).toContain('score: 20/20 (100%)');
    expect(out).toContain('9 passed, 0 failed');
    // A class's exports graded at once.
    writeFileSync(join(downloads, 'bob.json'), readFileSync(file));
    let report = '';
    expect(labMain(['report', LAB, join(downloads, 'alice.json'), join(downloads, 'bob.json'), '-Out', downloads], (t) => (report += t), (t) => err.push(t))).toBe(0);
    expect(report).toContain('alice: 20/20, 9 passed, 0 failed');
    expect(report).toContain('2 graded, 0 not graded; 2 completed the lab.');
    expect(err).toEqual([]);
  });

  it('stops while($true){} with Ctrl+C and the prompt comes back', async () => {
    await focusTerminal(page);
    await typeText(page, 'while($true){}');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as { exoLab: { busy: boolean } }).exoLab.busy);
    const before = await page.evaluate(() => (window as unknown as { exoLab: { prompts: number } }).exoLab.prompts);
    await page.keyboard.press('Control+C');
    await page.waitForFunction((n) => (window as unknown as { exoLab: { prompts: number } }).exoLab.prompts > n, before, { timeout: 15000 });
    const out = await run(page, "'still here'");
    expect(out).toMatch(/\nstill here\n/);
  });

  it('searches the history with Ctrl+R and continues a line with >>', async () => {
    await focusTerminal(page);
    await page.keyboard.press('Control+R');
    await typeText(page, 'Advance');
    await waitForScreen(page, /bck-i-search: Advance_/);
    expect(await screen(page)).toContain('Set-LabClock -Advance 1d');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+C');
    await typeText(page, 'if ($true) {');
    await page.keyboard.press('Enter');
    await waitForScreen(page, /\n>> $/);
    const out = await run(page, "'continued' }");
    expect(out).toMatch(/\ncontinued\n/);
  });

  it('shows errors and warnings in colour, as pwsh does', async () => {
    await focusTerminal(page);
    await run(page, 'Get-MigrationBatch -Identity NoSuchBatch; Write-Warning "look here"');
    const colorOf = (text: string) => page.evaluate((t) => (window as unknown as { exoLab: { colorOf(t: string): number } }).exoLab.colorOf(t), text);
    expect(await colorOf('NoSuchBatch')).not.toBe(-1);
    expect(await colorOf('WARNING: look here')).toBe(3); // $PSStyle.Formatting.Warning: bold yellow (SGR 33;1)
    expect(await colorOf('PS C:\\Users')).toBe(-1);
  });

  it('has no YAML parser (labs come as JSON) and says so; a JSON definition still reads', async () => {
    await focusTerminal(page);
    // Compared without white space: the error view wraps long lines at the terminal's width.
    const flat = (text: string) => text.replace(/\s+/g, '');
    expect(flat(await run(page, "Start-Lab -Definition 'name: x'"))).toContain(flat("cannot be read here: YAML is read by exo-shell; in the browser labs come as JSON."));
    expect(flat(await run(page, "Start-Lab -Definition '{\"name\": 1}'"))).toContain(flat("The lab file 'the lab definition (JSON)' is invalid: (root) must have required property 'title'"));
  });

  it("knows the built-in labs of its site only: the worker bundles none (labs.json hands them over)", async () => {
    await focusTerminal(page);
    const flat = (text: string) => text.replace(/\s+/g, '');
    expect(flat(await run(page, 'Start-Lab -Name troubleshoot-2500'))).toContain(flat("Cannot find a lab named 'troubleshoot-2500'. The labs are: cutover-powershell, troubleshoot-oa-disabled."));
    const worker = readFileSync(join(site, 'worker.js'), 'utf8');
    expect(worker).not.toContain('troubleshoot-2500');
    expect(worker).not.toContain('strictTypes'); // ajv's options: validators are compiled ahead of time
    expect(worker).not.toContain('YAMLParseError'); // the yaml package
  });

  it('loads the reference help (help.js) only when Get-Help asks for it', async () => {
    await focusTerminal(page);
    const flat = (text: string) => text.replace(/\s+/g, '');
    const worker = readFileSync(join(site, 'worker.js'), 'utf8');
    const text = 'The AutoStart switch immediately starts the processing';
    expect(worker).not.toContain(text);
    expect(flat(await run(page, 'Get-Help New-MigrationBatch -Parameter AutoStart'))).toContain(flat(text));
  });

  it('warns when help.js cannot be loaded, and still shows the synopsis', async () => {
    const file = join(site, 'help.js');
    renameSync(file, `${file}.away`);
    const other = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const p = await newPage(other, server.url);
      await waitForScreen(p, /PS C:\\Users\\Administrator> $/);
      await p.click('.xterm');
      const flat = (text: string) => text.replace(/\s+/g, '');
      const text = flat(await run(p, 'Get-Help New-MigrationBatch'));
      expect(text).toContain(flat('WARNING: The full help text could not be loaded from help.js'));
      expect(text).toContain(flat('SYNOPSIS'));
    } finally {
      await other.close();
      renameSync(`${file}.away`, file);
    }
  });

  it('lists completions with Ctrl+Space', async () => {
    await focusTerminal(page);
    await typeText(page, 'Get-MigrationB');
    await page.keyboard.press('Control+Space');
    await waitForScreen(page, /Get-MigrationBatch/);
    await page.keyboard.press('Control+C');
  });

  it('is usable from the keyboard alone: shortcuts move focus between terminal and panel', async () => {
    await focusTerminal(page);
    await page.keyboard.press('Alt+Shift+P');
    const inPanel = await page.evaluate(() => !!document.activeElement?.closest('#panel') && document.activeElement?.tagName);
    expect(inPanel).toBe('BUTTON');
    // Enter presses the focused Check button (the lab is complete: the first step's).
    await page.evaluate(() => (document.querySelector('#step-0 .result')!.textContent = ''));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#step-0 .result')?.textContent === 'PASS: every check passes.');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hint');
    await page.keyboard.press('Alt+Shift+T');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('xterm-helper-textarea'))).toBe(true);
    // Every panel and toolbar control is a real button, reachable by Tab.
    const untabbable = await page.evaluate(() => Array.from(document.querySelectorAll("button")).filter((b) => b.tabIndex < 0 && !b.hidden).length);
    expect(untabbable).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { exoLab: { contrast(): number } }).exoLab.contrast())).toBe(4.5);
  });

  it('reads output aloud with the screen-reader toggle on', async () => {
    await page.click('#screen-reader');
    expect(await page.getAttribute('#screen-reader', 'aria-pressed')).toBe('true');
    await focusTerminal(page);
    await run(page, "'read me aloud'");
    await page.waitForFunction(() => ((window as unknown as { exoLab: { accessibleText(): string } }).exoLab.accessibleText()).includes('read me aloud'));
    // The choice is kept for the next visit.
    expect(await page.evaluate(() => localStorage.getItem('exo-lab-screen-reader'))).toBe('1');
    await page.click('#screen-reader');
  });

  it('puts the panel above the terminal on a phone-sized screen', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      const p = await newPage(phone, server.url);
      await waitForScreen(p, /PS C:\\Users\\Administrator> $/);
      const panel = (await p.locator('#panel').boundingBox())!;
      const term = (await p.locator('#terminal').boundingBox())!;
      expect(panel.y + panel.height).toBeLessThanOrEqual(term.y + 1);
      expect(panel.width).toBeGreaterThan(300);
      if (SHOTS) await p.screenshot({ path: new URL('lab-page-phone.png', DOCS).pathname });
    } finally {
      await phone.close();
    }
  });

  it('chooses a lab by ?lab= and Reset lab starts over', async () => {
    const other = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const p = await newPage(other, server.url + '?lab=troubleshoot-oa-disabled');
      await waitForScreen(p, /PS C:\\Users\\Administrator> $/);
      expect(await p.textContent('#lab-title')).toBe((JSON.parse(readFileSync(join(site, 'labs.json'), 'utf8')) as { labs: { name: string; title: string }[] }).labs[1]!.title);
      await p.click('.xterm');
      await run(p, "New-Item -Path C:\\marker.txt -ItemType File | Out-Null; 'made'");
      p.once('dialog', (d) => void d.accept());
      // Reset reloads the page: wait for the new page, or a check could run in the old one as it goes away.
      const reloaded = p.waitForEvent('load');
      await p.click('#reset');
      await reloaded;
      await p.waitForFunction(() => (window as unknown as { exoLab?: { ready: boolean } }).exoLab?.ready === true, undefined, { timeout: 30000 });
      await waitForScreen(p, 'started on a fresh');
      await p.click('.xterm');
      expect(await run(p, 'Test-Path C:\\marker.txt')).toMatch(/\nFalse\n/);
    } finally {
      await other.close();
    }
  });

  it("plays a trainer's own lab file, showing its text as text, and its export grades with the file", async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    try {
      const p = await newPage(ctx, server.url + '?lab=count-mailboxes');
      await waitForScreen(p, /PS C:\\Users\\Administrator> $/);
      expect(await p.textContent('#lab-title')).toBe('Count the <b>mailboxes</b>');
      expect(await p.locator('#step-0 .instructions').textContent()).toContain('<img src=x onerror="window.__injected=1">');
      expect(await p.locator('#step-0 .instructions img').count()).toBe(0);
      await p.click('.xterm');
      await run(p, 'Get-Mailbox -ResultSize Unlimited | Measure-Object | Out-Null');
      expect((await check(p, 0)).badge).toBe('PASS');
      expect(await p.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
      const [download] = await Promise.all([p.waitForEvent('download'), p.click('#export')]);
      const file = join(downloads, 'carol.json');
      await download.saveAs(file);
      let out = '';
      expect(labMain(['check', join(downloads, 'count-mailboxes.yaml'), '-State', file], (t) => (out += t), () => undefined)).toBe(0);
      expect(out).toContain('1 passed, 0 failed');
      // The lab travels in the world: graded without the file too.
      expect(labMain(['check', '-State', file], () => undefined, () => undefined)).toBe(0);
      // A second tab on the same lab: both say so (each would save over the other).
      const second = await newPage(ctx, server.url + '?lab=count-mailboxes');
      for (const tab of [p, second]) await tab.waitForFunction(() => /open in another tab/.test(document.getElementById('status')?.textContent ?? ''));
      await second.close();
    } finally {
      await ctx.close();
    }
  });

  it('isolates itself with its service worker on a host that sends no COOP/COEP headers', async () => {
    const plain = await serve(site, false);
    const ctx = await browser.newContext();
    try {
      const p = await newPage(ctx, plain.url);
      expect(await p.evaluate(() => crossOriginIsolated)).toBe(true);
      await waitForScreen(p, /PS C:\\Users\\Administrator> $/);
    } finally {
      await ctx.close();
      await plain.close();
    }
  });
});

/**
 * The lab page: xterm.js runs the terminal, the panel shows the lab's steps, and the engine runs in
 * a worker (worker.ts) that reads the keyboard synchronously from a SharedArrayBuffer ring (ring.ts).
 * The learner's world and progress are kept in IndexedDB and survive a reload.
 */
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import { WebLinksAddon } from '@xterm/addon-web-links';
import { createRingBuffer, FRAME_CONTROL, FRAME_KEYS, RingWriter } from './ring';
import { renderMarkdown } from './markdown';
import { ensureIsolation } from './isolation';
import { loadSaved, saveLab, clearLab, type SavedLab } from './store';
import type { ClockInfo, ControlFrame, InitMessage, LabEntry, ProgressInfo, WorkerMessage } from './protocol';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

/** What the page shows and what tests read (window.exoLab). */
interface PageState {
  ready: boolean;
  prompts: number;
  busy: boolean;
  saves: number;
  progress: ProgressInfo | null;
  world: string | null;
  loadedAt: number;
  readyAt: number | null;
  screen(): string;
  accessibleText(): string;
  contrast(): number;
  /** The palette colour (0-15) of the first character of the last line holding `text`; -1 for the default colour. */
  colorOf(text: string): number;
}

const SR_KEY = 'exo-lab-screen-reader';

async function main(): Promise<void> {
  const status = $('status');
  if (!(await ensureIsolation(status))) return;

  const labs = (await (await fetch('labs.json')).json()) as { labs: LabEntry[] };
  if (!labs.labs.length) throw new Error('labs.json lists no lab.');
  const wanted = new URLSearchParams(location.search).get('lab');
  const lab = labs.labs.find((l) => l.name === wanted) ?? labs.labs[0]!;
  setupLabChooser(labs.labs, lab);
  document.title = `${lab.title} - exo-emulator lab`;
  $('lab-title').textContent = lab.title;
  $('lab-description').textContent = lab.definition.description ?? '';

  warnOfOtherTabs(lab.name, status);
  const saved = await loadSaved(lab.name);
  const record: SavedLab = saved ?? { name: lab.name, world: null, history: [], results: {}, hintsShown: {} };

  const term = new Terminal({
    convertEol: true,
    cursorBlink: true,
    fontFamily: 'ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace',
    fontSize: 14,
    scrollback: 5000,
    // WCAG AA for text (4.5:1): xterm adjusts a colour that is too close to its background.
    minimumContrastRatio: 4.5,
    screenReaderMode: localStorage.getItem(SR_KEY) === '1',
    theme: { background: '#0c0c0c', foreground: '#e6e6e6' },
  });
  const fit = new FitAddon();
  term.loadAddon(fit);
  term.loadAddon(new WebLinksAddon());
  term.open($('terminal'));
  fit.fit();

  const sab = createRingBuffer();
  const writer = new RingWriter(sab);
  writer.columns = term.cols;
  const flushLater = (): void => {
    if (!writer.flush()) setTimeout(flushLater, 10);
  };
  const send = (kind: number, text: string): void => {
    writer.send(kind, text);
    flushLater();
  };
  const control = (frame: ControlFrame): void => send(FRAME_CONTROL, JSON.stringify(frame));

  // Focus moves between the terminal and the panel with Alt+Shift+P / Alt+Shift+T: inside the
  // terminal Tab completes, so the page offers its own way out (WCAG 2.1.2, no keyboard trap).
  term.attachCustomKeyEventHandler((e) => {
    if (e.type === 'keydown' && e.altKey && e.shiftKey && e.code === 'KeyP') {
      focusPanel();
      return false;
    }
    return true;
  });
  document.addEventListener('keydown', (e) => {
    if (e.altKey && e.shiftKey && e.code === 'KeyT') {
      e.preventDefault();
      term.focus();
    } else if (e.altKey && e.shiftKey && e.code === 'KeyP') {
      e.preventDefault();
      focusPanel();
    }
  });
  term.onData((data) => send(FRAME_KEYS, data));
  // The terminal fills its box whatever changes it (window, layout breakpoint, fonts loading).
  new ResizeObserver(() => {
    fit.fit();
    writer.columns = term.cols;
  }).observe($('terminal'));

  const state: PageState = {
    ready: false,
    prompts: 0,
    busy: false,
    saves: 0,
    progress: null,
    world: record.world,
    loadedAt: performance.timeOrigin,
    readyAt: null,
    screen: () => {
      const b = term.buffer.active;
      const lines: string[] = [];
      for (let i = 0; i < b.length; i++) lines.push(b.getLine(i)?.translateToString(true) ?? '');
      return lines.join('\n').replace(/\n+$/, '');
    },
    accessibleText: () => document.querySelector('.xterm-accessibility-tree')?.textContent ?? '',
    contrast: () => term.options.minimumContrastRatio ?? 1,
    colorOf: (text) => {
      const b = term.buffer.active;
      for (let y = b.length - 1; y >= 0; y--) {
        const line = b.getLine(y);
        const x = line?.translateToString(true).indexOf(text) ?? -1;
        if (x < 0 || !line) continue;
        const cell = line.getCell(x);
        return !cell || cell.isFgDefault() ? -1 : cell.getFgColor();
      }
      return -2;
    },
  };
  (window as unknown as { exoLab: PageState }).exoLab = state;

  let clock: ClockInfo | null = null;
  const panel = new LabPanel(lab, record, control, () => saveLab(record));

  const worker = new Worker('worker.js');
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
    const m = event.data;
    switch (m.type) {
      case 'out':
        term.write(m.text);
        break;
      case 'prompt':
        state.prompts++;
        state.busy = false;
        if (!state.ready) {
          state.ready = true;
          state.readyAt = performance.now();
          if (status.dataset.kind !== 'warning') status.textContent = '';
          document.body.dataset.ready = 'true';
          term.focus();
        }
        break;
      case 'busy':
        state.busy = true;
        break;
      case 'saved':
        record.world = m.world;
        state.world = m.world;
        state.progress = m.progress;
        clock = m.clock;
        showClock();
        panel.update(m.progress);
        void saveLab(record).then(() => {
          state.saves++;
        });
        break;
      case 'history':
        record.history.push(m.entry);
        if (record.history.length > 1000) record.history.splice(0, record.history.length - 1000);
        break;
      case 'step':
        record.results[lab.definition.steps[m.index]!.id] = { status: m.status, missing: m.missing };
        panel.showResult(m.index);
        void saveLab(record);
        break;
      case 'fatal':
        status.textContent = `The lab could not start: ${m.message}`;
        status.className = 'status error';
        break;
    }
  };
  worker.onerror = (e) => {
    status.textContent = `The lab's engine stopped: ${e.message}`;
    status.className = 'status error';
  };
  // The built-in labs of this site: the worker bundles none (Start-Lab -Name finds these).
  const builtIns = labs.labs.filter((l) => l.builtIn).map((l) => l.definition);
  const init: InitMessage = { type: 'init', ring: sab, lab, builtIns, saved: record.world, history: record.history };
  worker.postMessage(init);

  const showClock = (): void => {
    if (clock) $('clock').textContent = formatClock(clock.now + (Date.now() - clock.at) * clock.speed);
  };
  setInterval(showClock, 250);

  $('reset').addEventListener('click', async () => {
    if (!confirm('Start the lab over? Your world and progress in this browser are deleted.')) return;
    worker.terminate();
    await clearLab(lab.name);
    location.reload();
  });
  $('export').addEventListener('click', () => {
    if (!record.world) return;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([record.world], { type: 'application/json' }));
    a.download = `${lab.name}.world.json`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  });
  const sr = $<HTMLButtonElement>('screen-reader');
  sr.setAttribute('aria-pressed', String(term.options.screenReaderMode));
  sr.addEventListener('click', () => {
    const on = !term.options.screenReaderMode;
    term.options.screenReaderMode = on;
    localStorage.setItem(SR_KEY, on ? '1' : '0');
    sr.setAttribute('aria-pressed', String(on));
  });
}

/**
 * Two tabs on one lab would each keep their own world and overwrite each other's saves: the tabs
 * find each other over a BroadcastChannel and the page says so.
 */
function warnOfOtherTabs(name: string, status: HTMLElement): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(`exo-lab:${name}`);
  const warn = (): void => {
    status.className = 'status';
    status.dataset.kind = 'warning';
    status.textContent = 'This lab is open in another tab too: each tab saves its own world, and the last save wins. Keep one tab.';
  };
  channel.onmessage = (e: MessageEvent<string>) => {
    if (e.data === 'hello') channel.postMessage('here');
    warn();
  };
  channel.postMessage('hello');
}

function focusPanel(): void {
  (document.querySelector('#panel .step.current button, #panel button') as HTMLElement | null)?.focus();
}

function formatClock(ms: number): string {
  const d = new Date(ms);
  const day = d.toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return `${day} ${d.toISOString().slice(11, 16)} UTC`;
}

function setupLabChooser(labs: LabEntry[], current: LabEntry): void {
  const chooser = $<HTMLSelectElement>('lab-chooser');
  if (labs.length < 2) {
    chooser.parentElement!.hidden = true;
    return;
  }
  for (const l of labs) {
    const o = document.createElement('option');
    o.value = l.name;
    o.textContent = l.title;
    o.selected = l.name === current.name;
    chooser.appendChild(o);
  }
  chooser.addEventListener('change', () => {
    location.search = `?lab=${encodeURIComponent(chooser.value)}`;
  });
}

/** The side panel: steps from their Markdown, a Check button each, hints, skip, the score. */
class LabPanel {
  private readonly items: HTMLElement[] = [];

  constructor(
    private readonly lab: LabEntry,
    private readonly record: SavedLab,
    private readonly control: (frame: ControlFrame) => void,
    private readonly persist: () => Promise<void>,
  ) {
    const list = $('steps');
    lab.definition.steps.forEach((step, index) => {
      const li = document.createElement('li');
      li.className = 'step';
      li.id = `step-${index}`;
      const h = document.createElement('h3');
      const title = document.createElement('span');
      title.textContent = `${index + 1}. ${step.title}`;
      const badge = document.createElement('span');
      badge.className = 'badge';
      h.append(title, ' ', badge);
      const body = document.createElement('div');
      body.className = 'instructions';
      body.appendChild(renderMarkdown(document, step.instructions));
      const buttons = document.createElement('div');
      buttons.className = 'buttons';
      const check = button('Check', `Check step ${index + 1}`, () => this.check(index));
      check.classList.add('check');
      const hint = button('Hint', `Show a hint for step ${index + 1}`, () => this.hint(index));
      hint.classList.add('hint');
      const skip = button('Skip', `Skip step ${index + 1}: its solution runs for you and it scores nothing`, () => this.control({ type: 'skip' }));
      skip.classList.add('skip');
      buttons.append(check, hint, skip);
      const hints = document.createElement('ol');
      hints.className = 'hints';
      const result = document.createElement('div');
      result.className = 'result';
      result.setAttribute('role', 'status');
      li.append(h, body, hints, buttons, result);
      list.appendChild(li);
      this.items.push(li);
      for (let n = 0; n < (record.hintsShown[step.id] ?? 0); n++) this.addHint(index, n);
      this.showResult(index);
    });
  }

  private check(index: number): void {
    const result = this.items[index]!.querySelector('.result')!;
    result.textContent = 'Checking...';
    this.control({ type: 'check', step: index });
  }

  private hint(index: number): void {
    const step = this.lab.definition.steps[index]!;
    const shown = this.record.hintsShown[step.id] ?? 0;
    const hints = step.hints ?? [];
    if (shown >= hints.length) {
      this.items[index]!.querySelector('.result')!.textContent = hints.length ? 'No more hints for this step.' : 'This step has no hints.';
      return;
    }
    this.addHint(index, shown);
    this.record.hintsShown[step.id] = shown + 1;
    void this.persist();
  }

  private addHint(index: number, n: number): void {
    const li = document.createElement('li');
    li.textContent = this.lab.definition.steps[index]!.hints?.[n] ?? '';
    this.items[index]!.querySelector('.hints')!.appendChild(li);
  }

  showResult(index: number): void {
    const step = this.lab.definition.steps[index]!;
    const r = this.record.results[step.id];
    const el = this.items[index]!.querySelector('.result')!;
    el.replaceChildren();
    if (!r) return;
    if (r.status === 'PASS') el.textContent = 'PASS: every check passes.';
    else if (r.status === 'SKIPPED') el.textContent = 'SKIPPED: its solution ran for you.';
    else {
      el.append('FAIL: still missing:');
      const ul = document.createElement('ul');
      for (const m of r.missing) {
        const li = document.createElement('li');
        li.textContent = m;
        ul.appendChild(li);
      }
      el.appendChild(ul);
    }
  }

  update(progress: ProgressInfo | null): void {
    const steps = this.lab.definition.steps;
    let score = 0;
    let total = 0;
    steps.forEach((step, index) => {
      const weight = step.checks.reduce((n, c) => n + (c.weight ?? 1), 0);
      total += weight;
      const li = this.items[index]!;
      const passed = progress?.passed.includes(step.id) ?? false;
      const skipped = progress?.skipped.includes(step.id) ?? false;
      const current = !!progress && progress.stepIndex === index;
      if (passed) score += weight;
      const label = passed ? 'PASS' : skipped ? 'SKIPPED' : current ? 'current step' : progress && index < progress.stepIndex ? 'not passed' : 'not reached';
      li.querySelector('.badge')!.textContent = label;
      li.dataset.status = passed ? 'pass' : skipped ? 'skipped' : current ? 'current' : 'todo';
      li.classList.toggle('current', current);
      if (current) li.setAttribute('aria-current', 'step');
      else li.removeAttribute('aria-current');
      (li.querySelector('.skip') as HTMLButtonElement).hidden = !current;
    });
    const done = progress && progress.stepIndex >= steps.length;
    $('score').textContent = `Score: ${score}/${total}` + (progress ? ` - step ${Math.min(progress.stepIndex + 1, steps.length)} of ${steps.length}` : '') + (done ? ' - lab complete' : '');
  }
}

function button(text: string, label: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.setAttribute('aria-label', label);
  b.addEventListener('click', onClick);
  return b;
}

main().catch((e: unknown) => {
  const status = document.getElementById('status');
  if (status) {
    status.textContent = `The lab page could not start: ${e instanceof Error ? e.message : String(e)}`;
    status.className = 'status error';
  }
});

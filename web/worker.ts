/**
 * The lab's worker: the engine, the learner's session and the REPL loop, the same loop as the shell's
 * (src/repl/loop.ts), reading the keyboard synchronously from the ring (ring.ts) and writing to the
 * page's terminal by postMessage. Lab panel buttons arrive as control frames in the same ring and are
 * handled while the loop waits at the prompt. After each command line the world file is posted to the
 * page, which keeps it in IndexedDB.
 */
import { createSession, type Session } from '../src/session';
import { loadScenario } from '../src/model/scenarios';
import { ReplHost } from '../src/repl/host';
import type { OutputSink, ReplInput } from '../src/repl/io';
import { runReplLoop } from '../src/repl/loop';
import { createReplSession, identitiesOf } from '../src/repl/session-adapter';
import { message } from '../src/repl/messages';
import { parseWorldFileText, worldFileText } from '../src/store/world-file';
import { gradeStep, labOfProgress, registerBuiltInLabs, sessionEvaluator, validateLab } from '../src/lab';
import { describeClock, PROMPT_CLOCK_SPEED } from '../cmdlets/lab/clock-text';
import { isSensitiveLine } from '../src/engine/secrets';
import { wrapText } from '../src/formatting/cells';
import type { LabProgress, World } from '../src/model/world';
import { FRAME_CONTROL, RingReader } from './ring';
import type { ControlFrame, InitMessage, ProgressInfo, WorkerMessage } from './protocol';

interface WorkerScope {
  postMessage(message: WorkerMessage): void;
  onmessage: ((event: { data: InitMessage }) => void) | null;
}
const scope = self as unknown as WorkerScope;
const post = (m: WorkerMessage): void => scope.postMessage(m);

/** The ring as the REPL's input: keys are text; control frames wait for the prompt. */
class RingInput implements ReplInput {
  readonly isTTY = true;
  readonly quitRequested = false;
  isRaw = false;
  private pending = '';
  private readonly controls: ControlFrame[] = [];
  private notice = '';
  /** Set by the loop while it waits at its own prompt (not a Read-Host inside a command). */
  atTopPrompt = false;
  onControl: (frame: ControlFrame) => string = () => '';

  constructor(private readonly ring: RingReader) {}

  setRaw(on: boolean): void {
    this.isRaw = on;
  }

  private drain(timeoutMs: number): void {
    for (const frame of this.ring.take(timeoutMs)) {
      if (frame.kind === FRAME_CONTROL) this.controls.push(JSON.parse(frame.text) as ControlFrame);
      else this.pending += frame.text;
    }
  }

  /** Runs the panel's requests now if the loop waits at its prompt; their text shows above the line. */
  private handleControls(): void {
    if (!this.atTopPrompt) return;
    while (this.controls.length) this.notice += this.onControl(this.controls.shift()!);
  }

  readChunk(): string | null {
    for (;;) {
      this.handleControls();
      if (this.pending || this.notice) {
        const out = this.pending;
        this.pending = '';
        return out;
      }
      this.drain(Infinity);
    }
  }

  takeNotice(): string {
    const n = this.notice;
    this.notice = '';
    return n;
  }

  readLine(): string | null {
    for (;;) {
      const nl = this.pending.search(/\r\n?|\n/);
      if (nl >= 0) {
        const line = this.pending.slice(0, nl);
        this.pending = this.pending.slice(nl + (this.pending.startsWith('\r\n', nl) ? 2 : 1));
        return line;
      }
      this.drain(Infinity);
    }
  }

  unread(text: string): void {
    this.pending = text + this.pending;
  }

  poll(): string {
    this.drain(0);
    const out = this.pending;
    this.pending = '';
    return out;
  }

  close(): void {}
}

/** The page's terminal: text goes out by postMessage, or into a capture while a panel request runs. */
class PageSink implements OutputSink {
  readonly isTTY = true;
  capture: string | null = null;
  constructor(private readonly ring: RingReader) {}
  write(s: string): void {
    if (this.capture !== null) this.capture += s;
    else if (s) post({ type: 'out', text: s });
  }
  columns(): number {
    return this.ring.columns;
  }
}

function start(init: InitMessage): void {
  const ring = new RingReader(init.ring);
  const input = new RingInput(ring);
  const sink = new PageSink(ring);
  const host = new ReplHost({ input, stdout: sink, stderr: sink, interactive: true });
  registerBuiltInLabs(Object.fromEntries(init.builtIns.map((l) => [l.name, l])), (name) => `the lab '${name}' (labs.json)`);
  const lab = validateLab(init.lab.definition, `the lab '${init.lab.name}'`);

  let session: Session;
  let restored = false;
  if (init.saved) {
    try {
      const { world } = parseWorldFileText(init.saved, 'the world saved in this browser');
      session = createSession({ world, host, color: true });
      // The learner's world as they left it, even with the lab stopped (Stop-Lab) or another one started.
      restored = true;
    } catch (e) {
      sink.write(`The world saved in this browser could not be read (${(e as Error).message}); the lab starts over.\n`);
      session = createSession({ world: loadScenario(lab.scenario), host, color: true });
    }
  } else session = createSession({ world: loadScenario(lab.scenario), host, color: true });

  // The world at rest keeps the speed it was saved with (0: still between commands), so an exported
  // world grades the same every time; at the prompt the clock runs, as in the shell (shell/run.ts openPrompt).
  const savedSpeed = session.store.read().clock.speed;
  const speed = savedSpeed > 0 ? savedSpeed : PROMPT_CLOCK_SPEED;
  let revision = 1;

  const progressOf = (): ProgressInfo | null => {
    const p = session.store.read().lab;
    return p ? { stepIndex: p.stepIndex, passed: [...(p.passed ?? [])], skipped: [...p.skipped] } : null;
  };
  const save = (): void => {
    const world = session.store.read();
    const now = session.runtime.clock.now();
    const atRest = { ...world, clock: { now, speed: savedSpeed } } as World;
    post({ type: 'saved', world: worldFileText(atRest, revision++), progress: progressOf(), clock: { now, speed: world.clock.speed, at: Date.now() } });
  };

  // Wrapped between words to the terminal's width, as the shell's banner is (shell/run.ts promptBanner).
  const banner = [
    `exo-emulator in your browser: lab '${lab.title}'. Your world and progress are kept in this browser.`,
    describeClock(speed),
    'Get-LabStep shows the current step; Test-LabStep checks it (or the Check button). Get-Help <cmdlet> for help.',
  ]
    .flatMap((p) => wrapText(p, Math.max(20, host.width() - 1)).map((l) => l.trimEnd()))
    .join('\n');
  const repl = createReplSession({
    runspace: session.runspace,
    fs: session.runtime.fs,
    banner,
    identities: identitiesOf(session),
    run: (script) => {
      input.atTopPrompt = false;
      post({ type: 'busy' });
      return session.run(script, { collect: false });
    },
  });

  host.writeRaw(banner + '\n');
  if (!restored) {
    const start = init.lab.builtIn ? `Start-Lab -Name '${lab.name}'` : 'Start-Lab -Definition $args[0]';
    session.run(start, { collect: false, args: init.lab.builtIn ? [] : [JSON.stringify(init.lab.definition)] });
  } else sink.write('Your lab was restored from this browser. Get-LabStep shows where you are.\n');
  if (session.store.read().clock.speed !== speed) session.clock.setSpeed(speed);
  save();

  /** A panel button run as if typed: the prompt and the command are shown, then its output. */
  const runAsTyped = (command: string): string => {
    sink.capture = message('Prompt', session.runtime.fs.getLocation()) + command + '\n';
    try {
      session.run(command, { collect: false });
    } finally {
      host.resetProgress();
    }
    const text = sink.capture;
    sink.capture = null;
    if (!text.endsWith('\n')) return text + '\n';
    return text;
  };

  input.onControl = (frame) => {
    const progress = session.store.read().lab;
    if (!progress) {
      if (frame.type === 'check') post({ type: 'step', index: frame.step, status: 'FAIL', missing: ['No lab is started in this world (Stop-Lab ended it): Reset lab starts it over.'] });
      return '';
    }
    let text = '';
    if (frame.type === 'skip') text = runAsTyped('Skip-LabStep');
    else if (frame.type === 'check') {
      const own = labOfProgress(progress) ?? lab;
      const index = frame.step;
      if (index < 0 || index >= own.steps.length) return '';
      if (index === progress.stepIndex) text = runAsTyped('Test-LabStep');
      const now = structuredClone(session.store.read().lab!) as LabProgress;
      // Graded in a scratch copy of the world, as `exo-shell lab check` grades: grading changes nothing.
      const scratch = createSession({ world: structuredClone(session.store.read()) as World, realTime: () => 0 });
      const g = gradeStep(own, index, now, sessionEvaluator(scratch));
      // The world (and so the panel's badges) first, then the step's result the page waits for.
      save();
      post({ type: 'step', index, status: g.status, missing: g.missing });
      return text;
    }
    save();
    return text;
  };

  post({ type: 'prompt' });
  const code = runReplLoop({
    session: repl,
    host,
    history: init.history,
    noLogo: true,
    onHistoryAdd: (entry) => {
      // A line that may hold a secret stays in memory only, as in the shell (src/engine/secrets.ts).
      if (!isSensitiveLine(entry)) post({ type: 'history', entry });
    },
    atPrompt: () => {
      input.atTopPrompt = true;
      post({ type: 'prompt' });
    },
    afterRun: () => save(),
  });
  // The loop leaves only on `exit`: the page says so and offers a restart.
  sink.write(`\nThe session ended (exit code ${code}). Reload the page to go on with your world.\n`);
}

scope.onmessage = (event) => {
  if (event.data.type !== 'init') return;
  try {
    start(event.data);
  } catch (e) {
    post({ type: 'fatal', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  }
};

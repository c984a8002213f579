/**
 * Running the shell's session from the command line: builds the world (scenario or state file),
 * the terminal host and the session, then runs a script (-Command, -File, standard input) or the REPL.
 * Exit codes follow pwsh: 0, or 1 when the last statement failed, or the script's `exit N`.
 */
import { existsSync } from 'node:fs';
import { createSession, type Session } from '../src/session';
import { loadScenario } from '../src/model/scenarios';
import { WorldError } from '../src/model/messages';
import type { StateStore } from '../src/store/state-store';
import { MemoryStateStore } from '../src/store/memory-store';
import { wrapText } from '../src/formatting/cells';
import { describeClock, PROMPT_CLOCK_SPEED } from '../cmdlets/lab/clock-text';
import type { CliOptions } from './args';
import type { ReplSession } from '../src/repl/session';
import { FileStateStore } from './file-store';
import { loadScenarioFile } from './scenario-file';
import { TerminalHost } from './terminal-host';
import { supervisorChannelFromEnv } from './control-channel';
import { SyncInput } from './repl/input';
import { createReplSession, identitiesOf } from '../src/repl/session-adapter';

export interface RunOptions extends CliOptions {
  scriptPath: string | null;
}

/** A built-in scenario name, or a path to a scenario file (.json/.yaml). */
function scenarioWorld(opts: CliOptions) {
  const seed = opts.seed ?? undefined;
  const name = opts.scenario ?? 'contoso';
  if (/[\\/]|\.(json|ya?ml)$/i.test(name)) return loadScenarioFile(name, { seed });
  return loadScenario(name, seed !== undefined ? { seed } : {});
}

/** The world's store: the state file when -State is given (created from the scenario when missing). */
export function openStore(opts: CliOptions): StateStore {
  if (opts.state) {
    if (existsSync(opts.state)) return FileStateStore.open(opts.state);
    return FileStateStore.create(opts.state, scenarioWorld(opts));
  }
  return new MemoryStateStore(scenarioWorld(opts));
}

/**
 * `realTime`: the clock's real-time source. Scripts pass a still one: whatever speed the world was
 * saved with, their runs repeat exactly (time passes only with Set-LabClock -Advance and Start-Sleep).
 */
export function buildSession(opts: CliOptions, host: TerminalHost, scriptName?: string, realTime?: () => number): Session {
  return createSession({ store: openStore(opts), host, connected: !opts.noConnect, color: host.colors, scriptName, realTime });
}

/** Real time for scripts, -Command and piped input: it never moves, so the virtual clock moves only when told. */
const STILL = () => 0;

export function runScriptNonInteractive(script: string, opts: RunOptions): number {
  // Prompts read the keyboard or piped standard input (Get-Credential: user, then password) unless -NonInteractive.
  const host = new TerminalHost({ interactive: !opts.nonInteractive });
  let session: Session;
  try {
    session = buildSession(opts, host, opts.scriptPath ?? undefined, STILL);
  } catch (e) {
    if (e instanceof WorldError || e instanceof Error) {
      process.stderr.write(`exo-shell: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  // Output is printed as it comes and not kept: `while ($true) { 'x' }` runs in constant memory.
  const result = session.run(script, { args: opts.fileArgs, collect: false });
  host.resetProgress();
  if (result.exitCode !== undefined) return result.exitCode;
  return result.success ? 0 : 1;
}

export interface PromptEnvironment {
  /** A person types at a terminal (not piped input): the virtual clock runs unless -ManualClock. */
  typing: boolean;
  /** Real time in ms (tests pass a fake one); default Date.now. */
  realTime?: () => number;
}

export interface Prompt {
  session: Session;
  repl: ReplSession;
  /** The clock's speed while the prompt is open. */
  speed: number;
}

/** A command with its first parameter and that parameter's value (`Set-LabClock -Advance 1d`): kept on one line. */
const COMMAND_PHRASE = /\b[A-Z][a-z]+-[A-Z][A-Za-z]+(?: <[a-z]+>| -[A-Za-z]+(?: [0-9A-Za-z*]+)?)?/g;

/** `text` wrapped to `width` columns between words, a command phrase kept whole (a word longer than a line is cut). */
export function wrapToWidth(text: string, width: number): string {
  const glued = text.replace(COMMAND_PHRASE, (m) => (m.length <= width ? m.replace(/ /g, '\u00a0') : m));
  return glued
    .split('\n')
    .flatMap((para) => wrapText(para, width).map((l) => l.trimEnd()))
    .join('\n')
    .replace(/\u00a0/g, ' ');
}

/**
 * The banner: which world is loaded, how virtual time passes, where help is; wrapped to the
 * terminal's width (one column spare, so a full line never makes the terminal wrap on its own).
 */
export function promptBanner(world: { name: string; description: string }, opts: Pick<CliOptions, 'state' | 'manualClock'>, speed: number, width: number): string {
  const columns = Math.max(20, width - 1);
  const head = `exo-emulator: world '${world.name}'` + (opts.state ? ` (saved to ${opts.state})` : '') + (world.description ? ` - ${world.description}` : '');
  const clock = describeClock(speed, { manualOption: opts.manualClock });
  const help = 'Get-Help <cmdlet> for help, Get-Command -Noun Migration* for the migration cmdlets, Get-LabScenario for other worlds, Get-LabClock for the time.';
  return [head, clock, help].map((p) => wrapToWidth(p, columns)).join('\n');
}

/**
 * Opens the interactive prompt's session. Where a person types, the virtual clock runs (at
 * PROMPT_CLOCK_SPEED, or at the speed the world was saved with when it is not 0): a batch started at
 * the prompt moves on while the learner reads, as the articles describe. -ManualClock and piped input
 * keep it still, as scripts do. Only time spent at the prompt counts: the clock starts from the
 * world's saved time when the session opens, whatever real time passed since the file was saved.
 * Leaving puts the world's speed back as it was, so a saved world at rest stands still for scripts,
 * `lab check` and the library.
 */
export function openPrompt(opts: CliOptions, host: TerminalHost, env: PromptEnvironment): Prompt {
  const running = env.typing && !opts.manualClock;
  const session = buildSession(opts, host, undefined, running ? env.realTime : STILL);
  const saved = session.store.read().clock.speed;
  const speed = running ? (saved > 0 ? saved : PROMPT_CLOCK_SPEED) : 0;
  if (speed !== saved) session.clock.setSpeed(speed);
  const world = session.store.read();
  const repl = createReplSession({
    runspace: session.runspace,
    fs: session.runtime.fs,
    banner: promptBanner(world.scenario, opts, speed, host.width()),
    run: (script) => session.run(script, { collect: false }),
    identities: identitiesOf(session),
    save: () => {
      if (session.store.read().clock.speed !== saved) session.clock.setSpeed(saved);
    },
  });
  return { session, repl, speed };
}

export async function startRepl(opts: CliOptions): Promise<number> {
  const { runRepl } = await import('./repl/repl');
  // Run by the supervisor (shell/supervisor.ts): its control pipe is read next to the keyboard.
  const supervisor = supervisorChannelFromEnv();
  const host = new TerminalHost({ interactive: !opts.nonInteractive, input: supervisor ? new SyncInput(0, undefined, supervisor) : undefined });
  let prompt: Prompt;
  try {
    prompt = openPrompt(opts, host, { typing: host.input.isTTY });
  } catch (e) {
    process.stderr.write(`exo-shell: ${(e as Error).message}\n`);
    return 1;
  }
  return runRepl({ session: prompt.repl, host, historyPath: process.env.EXO_SHELL_HISTORY ?? defaultHistoryPath(), noLogo: opts.noLogo });
}

function defaultHistoryPath(): string | null {
  const home = process.env.HOME ?? process.env.USERPROFILE;
  return home ? `${home}/.exo-shell_history` : null;
}

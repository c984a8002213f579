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
import type { CliOptions } from './args';
import { FileStateStore } from './file-store';
import { loadScenarioFile } from './scenario-file';
import { TerminalHost } from './terminal-host';

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

export function buildSession(opts: CliOptions, host: TerminalHost, scriptName?: string): Session {
  return createSession({ store: openStore(opts), host, connected: !opts.noConnect, color: host.colors, scriptName });
}

export function runScriptNonInteractive(script: string, opts: RunOptions): number {
  // Prompts read the keyboard or piped standard input (Get-Credential: user, then password) unless -NonInteractive.
  const host = new TerminalHost({ interactive: !opts.nonInteractive });
  let session: Session;
  try {
    session = buildSession(opts, host, opts.scriptPath ?? undefined);
  } catch (e) {
    if (e instanceof WorldError || e instanceof Error) {
      process.stderr.write(`exo-shell: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  const result = session.run(script, { args: opts.fileArgs });
  host.resetProgress();
  if (result.exitCode !== undefined) return result.exitCode;
  return result.success ? 0 : 1;
}

/** Names the shell offers for identity parameters (`-Identity <Tab>`, `-SourceEndpoint <Tab>`), from the world. */
function identitiesOf(session: Session): (cmdletName: string, parameterName: string) => string[] {
  return (cmdletName, parameterName) => {
    const w = session.store.read();
    const m = w.tenant.migration;
    const param = parameterName.toLowerCase();
    const noun = cmdletName.replace(/^[a-z]+-/i, '').toLowerCase();
    // A parameter naming its object wins over the cmdlet's noun (New-MigrationBatch -SourceEndpoint).
    const kind = /endpoint/.test(param) ? 'endpoint' : /batch/.test(param) ? 'batch' : param === 'identity' ? noun : param;
    if (kind === 'migrationbatch' || kind === 'batch') return m.batches.map((b) => b.name);
    if (kind === 'migrationendpoint' || kind === 'endpoint') return m.endpoints.map((e) => e.name);
    if (kind.startsWith('migrationuser')) return m.users.map((u) => u.identity);
    if (kind === 'accepteddomain') return w.tenant.domains.map((d) => d.name);
    return w.onPrem.mailboxes.map((x) => x.alias);
  };
}

export async function startRepl(opts: CliOptions): Promise<number> {
  const { runRepl } = await import('./repl/repl');
  const { createReplSession } = await import('./repl/session-adapter');
  const host = new TerminalHost({ interactive: !opts.nonInteractive });
  let session: Session;
  try {
    session = buildSession(opts, host);
  } catch (e) {
    process.stderr.write(`exo-shell: ${(e as Error).message}\n`);
    return 1;
  }
  const world = session.store.read();
  // Two lines at most: which world is loaded (its description cut to the terminal) and where help is.
  const head = `exo-emulator: world '${world.scenario.name}'` + (opts.state ? ` (saved to ${opts.state})` : '') + ' - ';
  const room = Math.max(20, Math.min(host.width(), 120) - head.length - 1);
  const desc = world.scenario.description.length > room ? world.scenario.description.slice(0, room - 1) + '\u2026' : world.scenario.description;
  const banner = `${head}${desc}\nGet-Help <cmdlet> for help, Get-Command -Noun Migration* for the migration cmdlets, Get-LabScenario for other worlds.`;
  const repl = createReplSession({
    runspace: session.runspace,
    fs: session.runtime.fs,
    banner,
    run: (script) => session.run(script),
    identities: identitiesOf(session),
  });
  return runRepl({ session: repl, host, historyPath: process.env.EXO_SHELL_HISTORY ?? defaultHistoryPath(), noLogo: opts.noLogo });
}

function defaultHistoryPath(): string | null {
  const home = process.env.HOME ?? process.env.USERPROFILE;
  return home ? `${home}/.exo-shell_history` : null;
}

/**
 * The real PowerShell as the judge. Cases run in batches inside one pwsh process each
 * (test/pwsh/driver.ps1) under a pseudo-terminal of the case's width, so that pwsh's own console host
 * lays the output out exactly as an admin's terminal shows it; the same cases run in exo-emulator's
 * session; the two texts and the errors recorded are compared.
 *
 * pwsh is a test tool only: `.ci/run` installs it (`dotnet tool install --global PowerShell`), the
 * product never needs it. Where it is absent the oracle suites say so once and pass.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pty from '@lydell/node-pty';
import { createSession } from '../../src/session';
import { BufferHost } from '../../src/buffer-host';
import { parse } from '../../src/language/parser';
import { ErrorRecord } from '../../src/engine/errors';
import { knownDifference } from './known-differences';

export interface OracleCase {
  id: string;
  code: string;
  /** Terminal width the output is laid out at (default 120). */
  width?: number;
  /** Only parse the code: compare the parse errors (id, line, column, message), run nothing. */
  parseOnly?: boolean;
}

export interface OracleError {
  id: string;
  category: string;
  message: string;
  /** Parse errors: where pwsh puts them. */
  line?: number;
  column?: number;
}

export interface OracleResult {
  /** What the console printed: output, errors (ConciseView), warnings, host text. */
  text: string;
  /** The errors recorded in `$Error` by the case, oldest first. */
  errors: OracleError[];
}

export const PWSH_VERSION = '7.6.10';
const DRIVER = fileURLToPath(new URL('./driver.ps1', import.meta.url));

/** The pwsh executable: on PATH, or where `dotnet tool install --global` puts it; null when absent. */
export function pwshPath(): string | null {
  const candidates = [
    ...(process.env.PATH ?? '').split(delimiter).filter(Boolean).map((d) => join(d, 'pwsh')),
    join(homedir(), '.dotnet', 'tools', 'pwsh'),
  ];
  return candidates.find((p) => existsSync(p)) ?? null;
}

let announced = false;
/** True when pwsh is here; otherwise says once, for the whole run, that the oracle suites did not run. */
export function oracleAvailable(): boolean {
  const found = pwshPath() !== null;
  if (!found && !announced) {
    announced = true;
    console.log(`pwsh oracle: not run (no pwsh on PATH or in ~/.dotnet/tools; install it with: dotnet tool install --global PowerShell --version ${PWSH_VERSION})`);
  }
  return found;
}

// CSI sequences and the keypad-mode switches the console host writes to a terminal.
const ESCAPES = /\x1b\[[0-9;?]*[A-Za-z]|\x1b[=>]/g;

/** Runs the cases in pwsh, one process per width; returns each case's result by id. */
export async function runPwsh(cases: OracleCase[], options: { timeoutMs?: number } = {}): Promise<Map<string, OracleResult>> {
  const exe = pwshPath();
  if (!exe) throw new Error('pwsh is not installed');
  const byWidth = new Map<number, OracleCase[]>();
  for (const c of cases) {
    const w = c.width ?? 120;
    byWidth.set(w, [...(byWidth.get(w) ?? []), c]);
  }
  const results = new Map<string, OracleResult>();
  for (const [width, group] of byWidth) {
    const text = await runBatch(exe, group, width, options.timeoutMs ?? 120_000 + group.length * (CASE_TIMEOUT_MS / 10));
    for (const [id, r] of parseBatch(text)) results.set(id, r);
    const missing = group.filter((c) => !results.has(c.id));
    if (missing.length) throw new Error(`pwsh oracle: no result for ${missing.length} case(s), first ${missing[0].id}; output ends: ${text.slice(-500)}`);
  }
  return results;
}

function runBatch(exe: string, cases: OracleCase[], width: number, timeoutMs: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'exo-oracle-'));
  const file = join(dir, 'cases.json');
  writeFileSync(file, JSON.stringify(cases.map((c) => ({ id: c.id, code: c.code, parseOnly: !!c.parseOnly }))));
  return new Promise((resolve, reject) => {
    const proc = pty.spawn(exe, ['-NoProfile', '-NonInteractive', '-NoLogo', '-File', DRIVER, '-CasesPath', file, '-CaseTimeoutMs', String(CASE_TIMEOUT_MS)], {
      cols: width,
      rows: 50,
      cwd: dir,
      // en-US as exo-emulator's culture; no telemetry or update checks from a test run.
      env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8', TERM: 'xterm', POWERSHELL_TELEMETRY_OPTOUT: '1', POWERSHELL_UPDATECHECK: 'Off', NO_COLOR: '1' },
    });
    const chunks: string[] = [];
    proc.onData((d) => chunks.push(d));
    const timer = setTimeout(() => {
      proc.kill();
      reject(new Error(`pwsh oracle: batch of ${cases.length} cases at width ${width} timed out after ${timeoutMs} ms`));
    }, timeoutMs);
    proc.onExit(() => {
      clearTimeout(timer);
      rmSync(dir, { recursive: true, force: true });
      resolve(chunks.join('').replace(ESCAPES, '').replace(/\r\n/g, '\n').replace(/\r/g, ''));
    });
  });
}

const CASE_MARK = /\n<<<ORACLE-CASE (.*?)>>>\n/g;

function parseBatch(output: string): Map<string, OracleResult> {
  const results = new Map<string, OracleResult>();
  const marks = [...output.matchAll(CASE_MARK)];
  const end = output.lastIndexOf('\n<<<ORACLE-END>>>');
  marks.forEach((m, i) => {
    const from = m.index! + m[0].length;
    const to = i + 1 < marks.length ? marks[i + 1].index! : end >= 0 ? end : output.length;
    const body = output.slice(from, to);
    const f = body.lastIndexOf('\n<<<ORACLE-FACTS>>>');
    if (f < 0) return;
    const facts = body.slice(f + '\n<<<ORACLE-FACTS>>>'.length).trim();
    let errors: OracleError[] = [];
    try {
      errors = JSON.parse(facts) ?? [];
    } catch {
      errors = [];
    }
    results.set(m[1], { text: body.slice(0, f), errors });
  });
  return results;
}

/** A case still running after this long is stopped, in pwsh and in exo-emulator alike. */
export const CASE_TIMEOUT_MS = 10_000;

/** A buffering host that asks the engine to stop (as Ctrl+C does) once the case's time is up. */
class DeadlineHost extends BufferHost {
  private readonly deadline: number;
  timedOut = false;
  constructor(width: number, ms: number) {
    super([], width);
    this.deadline = performance.now() + ms;
  }
  stopRequested(): boolean {
    if (performance.now() > this.deadline) this.timedOut = true;
    return this.timedOut;
  }
}

/** The same case in exo-emulator: a fresh session as the shell starts it, at the case's width. */
export function runExo(c: OracleCase): OracleResult {
  if (c.parseOnly) {
    const { errors } = parse(c.code);
    return { text: '', errors: errors.map((e) => ({ id: e.errorId, category: 'ParserError', message: e.message, line: e.line, column: e.column })) };
  }
  const host = new DeadlineHost(c.width ?? 120, CASE_TIMEOUT_MS);
  const session = createSession({ host, realTime: () => 0 });
  const r = session.run(c.code);
  // The errors as $Error holds them (caught ones too), oldest first, as the driver reports pwsh's;
  // parse errors are not recorded there, the run reports them.
  const recorded = session.runspace.getVariable('Error');
  const list = (Array.isArray(recorded) && recorded.length ? [...(recorded as unknown[])].reverse() : r.errors.filter((e) => e.category === 'ParserError')).filter((e): e is ErrorRecord => e instanceof ErrorRecord);
  // The terminal capture of pwsh loses escape sequences and carriage returns (runBatch): so does this side.
  const text = r.text.replace(ESCAPES, '').replace(/\r\n/g, '\n').replace(/\r/g, '');
  return {
    text: host.timedOut ? text + '<<<ORACLE-TIMEOUT>>>\n' : text,
    errors: list.map((e) => {
      const ext = e.category === 'ParserError' ? e.invocation.extent : undefined;
      // As the pwsh side reads it: the exception's message (not ErrorDetails.Message).
      return { id: e.fullyQualifiedErrorId, category: e.category, message: e.exception.message, ...(ext ? { line: ext.line, column: ext.column } : {}) };
    }),
  };
}

export interface Disagreement {
  case: OracleCase;
  pwsh: OracleResult;
  exo: OracleResult;
  /** What differs: 'text', 'errors' or both. */
  what: string[];
}

/** Compares one case; null when exo-emulator agrees with pwsh. */
export function compare(c: OracleCase, pwsh: OracleResult, exo: OracleResult): Disagreement | null {
  const what: string[] = [];
  if (pwsh.text !== exo.text) what.push('text');
  const key = (e: OracleError) => `${e.id}|${e.category}|${e.message}${e.line !== undefined ? `|${e.line}:${e.column}` : ''}`;
  if (pwsh.errors.map(key).join('\n') !== exo.errors.map(key).join('\n')) what.push('errors');
  return what.length ? { case: c, pwsh, exo, what } : null;
}

/** A readable account of a disagreement for a failing test's message. */
export function describeDisagreement(d: Disagreement): string {
  const lines = [`case ${d.case.id} (width ${d.case.width ?? 120}) differs in ${d.what.join(' and ')}:`, d.case.code, '--- pwsh'];
  const cut = (t: string) => JSON.stringify(t.length > 1500 ? t.slice(0, 1500) + ' [...]' : t);
  const err = (e: OracleError) => `  ${e.id} [${e.category}]${e.line !== undefined ? ` at ${e.line}:${e.column}` : ''} ${e.message}`;
  lines.push(cut(d.pwsh.text), ...d.pwsh.errors.slice(0, 10).map(err));
  lines.push('--- exo-emulator', cut(d.exo.text), ...d.exo.errors.slice(0, 10).map(err));
  return lines.join('\n');
}

/**
 * Runs the cases in pwsh and in exo-emulator and counts: the disagreements that are not known
 * differences, and how many of each known difference (apart from the total, each named).
 */
export async function measureAgreement(suite: string, cases: OracleCase[]): Promise<{ disagreements: Disagreement[]; total: number; known: Map<string, number> }> {
  const started = performance.now();
  const pwsh = await runPwsh(cases);
  const pwshMs = performance.now() - started;
  const disagreements: Disagreement[] = [];
  const known = new Map<string, number>();
  const exoStarted = performance.now();
  const exo = new Map(cases.map((c) => [c.id, runExo(c)] as const));
  const exoMs = performance.now() - exoStarted;
  for (const c of cases) {
    const d = compare(c, pwsh.get(c.id)!, exo.get(c.id)!);
    if (!d) continue;
    const k = knownDifference(d);
    if (k) known.set(k.name, (known.get(k.name) ?? 0) + 1);
    else disagreements.push(d);
  }
  const knownCount = [...known.values()].reduce((a, b) => a + b, 0);
  const total = cases.length - knownCount;
  recordAgreement(suite, { agreed: total - disagreements.length, total, known: knownCount, knownByName: Object.fromEntries(known), cases: cases.length, pwshMs: Math.round(pwshMs), exoMs: Math.round(exoMs) }, disagreements);
  for (const [name, n] of known) console.log(`${suite}: ${n} case(s) of known difference '${name}'`);
  return { disagreements, total, known };
}

/**
 * A suite's verdict: `goal` is the agreement the issue asks for; `floor` the agreement already
 * reached, which the suite must not fall below (raise it as disagreements are fixed). Below the goal
 * the suite says so and passes; below the floor it fails with the first disagreements.
 */
export function agreementVerdict(suite: string, disagreements: Disagreement[], total: number, limits: { goal: number; floor: number }): string {
  const rate = total ? (total - disagreements.length) / total : 1;
  if (rate < limits.goal) console.log(`${suite}: ${(rate * 100).toFixed(2)}% agree, below the goal of ${(limits.goal * 100).toFixed(1)}% (${disagreements.length} disagreements, all in test-results/pwsh-oracle/${suite}-disagreements.txt)`);
  return rate < limits.floor ? `${suite} fell to ${(rate * 100).toFixed(2)}%, below its floor of ${(limits.floor * 100).toFixed(2)}%:\n\n${firstDisagreements(disagreements)}` : '';
}

/** The first disagreements, readable, for a failing expectation (empty when there are none). */
export function firstDisagreements(list: Disagreement[], n = 15): string {
  return list.slice(0, n).map(describeDisagreement).join('\n\n') + (list.length > n ? `\n\n... and ${list.length - n} more` : '');
}

/** Where each suite leaves its agreement figures for the summary line (test/pwsh/summary.ts). */
export const AGREEMENT_DIR = join(process.cwd(), 'test-results', 'pwsh-oracle');

/** A suite's figures: agreed of total (known differences excluded), and how long each side took. */
export interface AgreementFigures {
  agreed: number;
  total: number;
  known: number;
  knownByName?: Record<string, number>;
  cases?: number;
  pwshMs?: number;
  exoMs?: number;
}

export function recordAgreement(suite: string, figures: AgreementFigures, disagreements: Disagreement[] = []): void {
  mkdirSync(AGREEMENT_DIR, { recursive: true });
  writeFileSync(join(AGREEMENT_DIR, `${suite}.json`), JSON.stringify(figures));
  // Every disagreement of the run, for whoever fixes them (the test message shows only the first few).
  writeFileSync(join(AGREEMENT_DIR, `${suite}-disagreements.txt`), disagreements.map(describeDisagreement).join('\n\n'));
}

export function readAgreement(suite: string): AgreementFigures | null {
  const file = join(AGREEMENT_DIR, `${suite}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

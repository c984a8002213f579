/**
 * Replays a Markdown article: its PowerShell blocks in order, in one session, on a fresh world of a
 * scenario, as a reader would (prompts for credentials answered with the scenario's administrator,
 * confirmations accepted, the virtual clock let run while a migration batch is busy, the Exchange
 * Management Shell blocks sent to the on-premises server through a remote session). Each block gets
 * a verdict; an error that the article itself leads to (its alternative forms run one after the
 * other) is told apart from one the world causes. Browser-safe: the shell reads files and prints.
 */
import { BufferHost } from '../buffer-host';
import type { ChoiceDescription, ProgressRecord } from '../engine/host';
import { PSCredential, PSObject, SecureString, type PSValue } from '../engine/values';
import type { ErrorRecord } from '../engine/errors';
import { getScenario, loadScenario } from '../model/scenarios';
import type { World } from '../model/world';
import { createSession, type Session } from '../session';
import { MemoryStateStore } from '../store/memory-store';
import { parse } from '../language/parser';
import { extractArticleBlocks, fillPlaceholders, findPlaceholders, type ArticleBlock, type BlockShell } from './articles';

export type BlockVerdict = 'ran' | 'errors' | 'parse error' | 'needs input' | 'not emulated';

export interface BlockRecord {
  index: number;
  line: number;
  heading: string;
  shell: BlockShell;
  /** The code as the article writes it. */
  code: string;
  /** The code as run (placeholders filled), or null when the block did not run. */
  ran: string | null;
  verdict: BlockVerdict;
  /** Placeholders left unfilled (verdict 'needs input'). */
  placeholders: string[];
  /** Commands the emulator lacks (verdict 'not emulated'). */
  notEmulated: string[];
  /** The errors, as `Command: message`. */
  errors: string[];
  /** When every error is one the article itself leads to: why (e.g. an earlier block already created the batch). */
  expected: string | null;
  /** Virtual time let pass before the block, while a migration batch was busy (ms). */
  waitedMs: number;
  /** What the block printed. */
  text: string;
}

export interface ReplaySummary {
  replayed: number;
  ran: number;
  errors: number;
  parseErrors: number;
  placeholders: number;
  notEmulated: number;
}

export interface ArticleReplay {
  blocks: BlockRecord[];
  summary: ReplaySummary;
  /** The first block whose errors the article does not lead to (a broken prerequisite shows here), or null. */
  firstFailure: BlockRecord | null;
}

export interface ReplayOptions {
  /** A built-in scenario name (default contoso), or a world already loaded (e.g. from a scenario file). */
  scenario?: string;
  world?: World;
  /** Fill placeholders from the scenario. */
  fill?: boolean;
  /** The administrator prompts are answered with; default: the built-in scenario's on-premises administrator. */
  credential?: { user: string; password: string };
}

/** The summary line, exactly as the CLI prints it last. */
export function summaryLine(s: ReplaySummary): string {
  return `replayed: ${s.replayed}, ran: ${s.ran}, errors: ${s.errors}, parse errors: ${s.parseErrors}, placeholders: ${s.placeholders}, not emulated: ${s.notEmulated}`;
}

/**
 * Answers every credential prompt from a queue refilled per block, and accepts every confirmation (the
 * default choice). With a deadline (the corpus's per-block budget) or an error limit, it stops the block
 * as Ctrl+C would; the clock is read every 64th check, so the budget costs nothing measurable.
 */
class ReaderHost extends BufferHost {
  /** Date.now() past which the running block stops; Infinity: no budget. */
  deadline = Infinity;
  /** Stops the block once this says true (checked with the deadline). */
  limit: (() => boolean) | null = null;
  private checks = 0;
  override get interactive(): boolean {
    return true;
  }
  override promptForChoice(caption: string, message: string, choices: ChoiceDescription[], defaultChoice: number): number {
    super.answer('');
    return super.promptForChoice(caption, message, choices, defaultChoice);
  }
  stopRequested(): boolean {
    if (this.deadline === Infinity && !this.limit) return false;
    if ((++this.checks & 63) !== 0) return false;
    return Date.now() > this.deadline || (this.limit?.() ?? false);
  }
}

/** Statuses a reader waits out before the next step ("Verify it worked" reads the settled status). */
const BUSY = new Set(['Starting', 'Syncing', 'IncrementalSyncing', 'Stopping', 'Completing', 'Removing', 'Validating', 'Provisioning']);
const WAIT_STEP = 60 * 60 * 1000;
const WAIT_MAX = 14 * 24 * WAIT_STEP;

function waitWhileBusy(s: Session): number {
  let waited = 0;
  while (waited < WAIT_MAX && s.world.tenant.migration.batches.some((b) => BUSY.has(String(b.status)))) {
    s.advance(WAIT_STEP);
    waited += WAIT_STEP;
  }
  return waited;
}

function defaultCredential(scenario: string, world: World): { user: string; password: string } {
  let admin: { samAccountName?: string; password?: string } | undefined;
  try {
    admin = getScenario(scenario).onPrem?.admin;
  } catch {
    admin = undefined;
  }
  return { user: `${world.onPrem.netbiosName}\\${admin?.samAccountName ?? 'administrator'}`, password: admin?.password ?? 'P@ssw0rd!' };
}

/** What --fill puts in place of a placeholder, read from the world as the block is reached; undefined when it does not know. */
function fillValue(placeholder: string, s: Session, user: string): string[] | undefined {
  const p = placeholder.slice(1, -1).toLowerCase();
  const w = s.world;
  if (/e-?mail|smtp|address/.test(p) && /admin/.test(p)) {
    const sam = user.split('\\').pop()!.toLowerCase();
    const m = w.onPrem.mailboxes.find((x) => x.samAccountName.toLowerCase() === sam);
    return [m?.primarySmtpAddress ?? `${sam}@${w.onPrem.acceptedDomains[0] ?? w.onPrem.adDomain}`];
  }
  if (/server/.test(p)) {
    const cas = w.onPrem.servers.filter((x) => x.roles.includes('ClientAccess'));
    return (cas.length ? cas : w.onPrem.servers).map((x) => x.name);
  }
  if (/batch/.test(p)) {
    const b = w.tenant.migration.batches.at(-1);
    return b ? [b.name] : ['CutoverBatch'];
  }
  if (/endpoint/.test(p)) {
    const e = w.tenant.migration.endpoints.at(-1);
    return e ? [e.name] : ['CutoverEndpoint'];
  }
  if (/domain/.test(p)) return [w.onPrem.acceptedDomains[0] ?? w.onPrem.adDomain];
  return undefined;
}

function describeError(e: ErrorRecord): string {
  const command = String(e.fullyQualifiedErrorId).split(',')[1] ?? '';
  return `${command ? command + ': ' : ''}${e.message}`;
}

/** Output objects that report a failure without an error record (Test-MigrationServerAvailability's Result: Failed). */
function failedResults(output: PSValue[]): string[] {
  const out: string[] = [];
  for (const o of output) {
    if (!(o instanceof PSObject) || !o.hasProperty('Result')) continue;
    if (String(o.get('Result')) !== 'Failed') continue;
    const msg = o.get('Message');
    out.push(`Result: Failed${msg !== null && msg !== undefined && String(msg) !== '' ? ': ' + String(msg) : ''}`);
  }
  return out;
}

/** Creations and starts done by earlier blocks: noun and name -> the block and whether it started the object. */
interface Done {
  block: number;
  verb: string;
  started: boolean;
}

function recordDone(code: string, index: number, done: Map<string, Done>): void {
  for (const m of code.matchAll(/\b(New|Start)-(\w+)\b([^|;\n]*)/gi)) {
    const name = /-(?:Name|Identity)\s+['"]?([^\s'"]+)/i.exec(m[3]!)?.[1] ?? /^\s+['"]?([^\s'"-][^\s'"]*)/.exec(m[3]!)?.[1];
    if (!name) continue;
    const key = `${m[2]!.toLowerCase()}\u0000${name.toLowerCase()}`;
    const started = m[1]!.toLowerCase() === 'start' || /-AutoStart\b/i.test(m[3]!);
    if (!done.has(key) || started) done.set(key, { block: index, verb: `${m[1]}-${m[2]}`, started: started || (done.get(key)?.started ?? false) });
  }
}

/** Why an error is the outcome the article itself leads to, or null: it names an object an earlier block already created or started. */
function articleLeadsTo(e: ErrorRecord, done: Map<string, Done>): string | null {
  const id = String(e.fullyQualifiedErrorId);
  if (/NotFound/i.test(id)) return null;
  const command = id.split(',')[1] ?? '';
  const verb = command.split('-')[0]?.toLowerCase();
  const noun = command.split('-').slice(1).join('-').toLowerCase();
  const target = e.targetObject === null || e.targetObject === undefined ? '' : String(e.targetObject);
  const d = done.get(`${noun}\u0000${target.toLowerCase()}`);
  if (!d) return null;
  if (verb === 'new') return `block ${d.block} already created '${target}': the article gives alternative forms and a reader runs one`;
  if (verb === 'start' && d.started) return `block ${d.block} already started '${target}' with ${d.verb}${d.verb.startsWith('New') ? ' -AutoStart' : ''}`;
  return null;
}

export function replayArticle(markdown: string, options: ReplayOptions = {}): ArticleReplay {
  return replayBlocks(extractArticleBlocks(markdown), options);
}

/** What judging a block needs: the session it runs in, its host, the administrator, the article's creations so far. */
interface BlockContext {
  session: Session;
  host: ReaderHost;
  cred: { user: string; password: string };
  fill: boolean;
  done: Map<string, Done>;
  /** Whether the Exchange Management Shell remote session ($__ReplayEms) is open. */
  remote?: boolean;
  /** Run time allowed to a block (ms), past which it stops as Ctrl+C would; none by default. */
  budgetMs?: number;
}

/** A stopped block's error: it was still running when its budget ran out or its errors filled $Error (a loop polling a failing command). */
function stoppedMessage(budgetMs: number | undefined): string {
  return `Stopped: the block was still running after ${budgetMs !== undefined ? `${budgetMs / 1000} s` : 'its budget'} or 256 errors (as Ctrl+C would stop it)`;
}

/** Runs one block in the context's session and fills its record's verdict; true when the block counts as a failure. */
function judgeBlock(ctx: BlockContext, b: ArticleBlock, rec: BlockRecord, summary: ReplaySummary): boolean {
  const { session, host, cred } = ctx;
  summary.replayed++;
  let code = b.code;
  if (ctx.fill && b.placeholders.length) {
    const values = new Map<string, string[]>();
    for (const p of b.placeholders) {
      const v = fillValue(p, session, cred.user);
      if (v) values.set(p, v);
    }
    code = fillPlaceholders(code, values);
  }
  rec.placeholders = b.placeholders.filter((p) => code.includes(p));
  if (rec.placeholders.length) {
    rec.verdict = 'needs input';
    summary.placeholders++;
    return false;
  }
  rec.waitedMs = waitWhileBusy(session);
  // Answers for the block's credential prompts (user name, then password, each).
  for (let i = 0; i < (code.match(/Get-Credential/gi) ?? []).length; i++) host.answer(cred.user, cred.password);
  rec.ran = code;
  // A block that does not parse is not run (the parse errors are the block's own, before any wrapping).
  const parseErrors = parse(code).errors;
  if (parseErrors.length) {
    const e = parseErrors[0]!;
    rec.verdict = 'parse error';
    rec.errors = [`${e.errorId} at ${e.line}:${e.column}: ${e.message}`];
    summary.parseErrors++;
    return true;
  }
  let script = code;
  if (b.shell === 'ExchangeManagementShell') {
    if (!ctx.remote) {
      const server = session.world.onPrem.servers.find((x) => x.roles.includes('ClientAccess')) ?? session.world.onPrem.servers[0];
      const connect = session.invoke(
        `$__ReplayEms = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://${server?.fqdn}/PowerShell/ -Authentication Kerberos -Credential (New-Object System.Management.Automation.PSCredential('${cred.user.replace(/'/g, "''")}', (ConvertTo-SecureString '${cred.password.replace(/'/g, "''")}' -AsPlainText -Force)))`,
      );
      ctx.remote = connect.errors.length === 0;
    }
    script = `Invoke-Command -Session $__ReplayEms -ScriptBlock {\n${code}\n}`;
  }
  let stopped = false;
  if (ctx.budgetMs !== undefined) {
    host.deadline = Date.now() + ctx.budgetMs;
    // $Error keeps the newest 256 errors: full, the block is looping over a failing command.
    const errors = session.runspace.getVariable('Error') as unknown[];
    const before = errors.length;
    host.limit = () => before < 256 && errors.length >= 256;
  }
  let r: ReturnType<Session['run']>;
  try {
    r = session.run(script);
    stopped = r.stopped === true;
  } finally {
    host.deadline = Infinity;
    host.limit = null;
  }
  rec.text = r.text;
  while (host.readLine('') !== null) {
    /* unanswered prompts do not reach the next block */
  }
  const missing = r.errors.filter((e) => e.errorId === 'CommandNotFoundException').map((e) => String(e.targetObject));
  if (missing.length) {
    rec.verdict = 'not emulated';
    rec.notEmulated = [...new Set(missing)];
    rec.errors = r.errors.map(describeError);
    summary.notEmulated++;
    return true;
  }
  // A failed test kept in a variable ($TSMA = Test-MigrationServerAvailability ...) fails here, where the reader would look at it.
  const assigned = [...code.matchAll(/^\s*\$(\w+)\s*=/gm)].map((m) => session.runspace.getVariable(m[1]!)).filter((v): v is PSValue => v !== undefined && v !== null);
  // A verification that shows a failed status ("Verify it worked": Status : SyncedWithErrors) fails where the reader reads it.
  const badStatus = [...r.text.matchAll(/^Status\s*:\s*(\w*WithErrors|Failed|Corrupted)\s*$/gm)].map((m) => `Status: ${m[1]}`);
  const failures = [...r.errors.map(describeError), ...failedResults([...r.output, ...assigned]), ...new Set(badStatus), ...(stopped ? [stoppedMessage(ctx.budgetMs)] : [])];
  if (failures.length) {
    rec.verdict = 'errors';
    rec.errors = failures;
    summary.errors++;
    const reasons = r.errors.map((e) => articleLeadsTo(e, ctx.done));
    if (failures.length === r.errors.length && reasons.every((x) => x !== null)) {
      rec.expected = [...new Set(reasons)].join('; ');
      return false;
    }
    return true;
  }
  summary.ran++;
  recordDone(code, b.index, ctx.done);
  return false;
}

function newRecord(b: ArticleBlock): BlockRecord {
  return { index: b.index, line: b.line, heading: b.heading, shell: b.shell, code: b.code, ran: null, verdict: 'ran', placeholders: [], notEmulated: [], errors: [], expected: null, waitedMs: 0, text: '' };
}

function emptySummary(): ReplaySummary {
  return { replayed: 0, ran: 0, errors: 0, parseErrors: 0, placeholders: 0, notEmulated: 0 };
}

export function replayBlocks(blocks: ArticleBlock[], options: ReplayOptions = {}): ArticleReplay {
  const scenario = options.scenario ?? 'contoso';
  const host = new ReaderHost();
  const session = createSession({ host, ...(options.world ? { world: options.world } : { scenario }), realTime: () => 0 });
  const ctx: BlockContext = { session, host, cred: options.credential ?? defaultCredential(scenario, session.world as World), fill: options.fill ?? false, done: new Map() };
  const summary = emptySummary();
  const records: BlockRecord[] = [];
  let firstFailure: BlockRecord | null = null;
  for (const b of blocks) {
    const rec = newRecord(b);
    records.push(rec);
    if (judgeBlock(ctx, b, rec, summary)) firstFailure ??= rec;
  }
  return { blocks: records, summary, firstFailure };
}

/** A doc-example corpus block: one JSON line of the corpus (the page it comes from, its index there, its code). */
export interface CorpusBlock {
  source: string;
  block: number;
  code: string;
}

/** A corpus block's verdict, as an article block's (without the text it printed). */
export interface CorpusRecord {
  source: string;
  block: number;
  verdict: BlockVerdict;
  placeholders: string[];
  notEmulated: string[];
  errors: string[];
}

export interface CorpusReplayOptions {
  /** A built-in scenario name (default contoso), or a world already loaded. */
  scenario?: string;
  world?: World;
  fill?: boolean;
  credential?: { user: string; password: string };
  /** Import the on-premises Exchange Management Shell beside Exchange Online in each block's session (default true). */
  onPremises?: boolean;
  /** Run time allowed to each block (ms; default 2000), past which it stops as Ctrl+C would. */
  budgetMs?: number;
  /**
   * How each block gets its fresh world: 'clone' (default) copies a world built once, 'rebuild' expands the
   * scenario (or parses the given world's JSON) again for every block. Both give the same verdicts (a test says so).
   */
  freshWorld?: 'clone' | 'rebuild';
  onBlock?: (record: CorpusRecord) => void;
  /** Before each block: a progress record (activity 'Replaying the corpus', block n of total); Completed at the end. */
  onProgress?: (record: ProgressRecord) => void;
}

export interface CorpusReplay {
  summary: ReplaySummary;
  /** Commands the emulator lacks, by how many blocks use them. */
  missing: Map<string, number>;
}

/**
 * Replays corpus blocks, each in a new session on a fresh world (nothing a block did reaches the next),
 * with the article replay's verdicts; prompts get the scenario's administrator. The docs' examples are
 * mostly on-premises commands: the Exchange Management Shell is imported beside Exchange Online, as an
 * admin who works in both would, unless onPremises is false.
 */
export function replayCorpus(blocks: CorpusBlock[], options: CorpusReplayOptions = {}): CorpusReplay {
  const scenario = options.scenario ?? 'contoso';
  const base: World = options.world ?? loadScenario(scenario);
  const cred = options.credential ?? defaultCredential(scenario, base);
  const fresh = freshWorlds(base, options.world ? null : scenario, options.freshWorld ?? 'clone');
  const summary = emptySummary();
  const missing = new Map<string, number>();
  const progress = (over: Partial<ProgressRecord>) =>
    options.onProgress?.({ activityId: 0, parentActivityId: -1, activity: 'Replaying the corpus', statusDescription: 'Processing', currentOperation: null, percentComplete: -1, secondsRemaining: -1, recordType: 'Processing', sourceId: 0, ...over });
  // The credential is handed over as a variable (no script to parse and run for it in every block).
  const prelude =
    options.onPremises === false
      ? null
      : `$__s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://${(base.onPrem.servers.find((x) => x.roles.includes('ClientAccess')) ?? base.onPrem.servers[0])?.fqdn}/PowerShell/ -Credential $__c; Import-PSSession $__s -WarningAction SilentlyContinue | Out-Null`;
  let n = 0;
  for (const c of blocks) {
    progress({ statusDescription: `Block ${n + 1} of ${blocks.length}: ${c.source}#${c.block}`, percentComplete: Math.floor((n * 100) / Math.max(1, blocks.length)), currentOperation: c.source });
    n++;
    const host = new ReaderHost();
    // The store's reset world is made only if asked (Reset-...), not copied up front as by default.
    const session = createSession({ host, store: new MemoryStateStore(fresh(), { resetTo: fresh }), realTime: () => 0 });
    // Without clobbering the Exchange Online cmdlets of the same name (Import-PSSession's rule).
    if (prelude) {
      session.runspace.setVariable('__c', new PSCredential(cred.user, new SecureString(cred.password)));
      session.invoke(prelude);
      session.runspace.removeVariable('__c');
    }
    const code = c.code.trim();
    const b: ArticleBlock = { index: n, line: 1, code, heading: '', shell: 'ExchangeOnline', placeholders: findPlaceholders(code) };
    const rec = newRecord(b);
    judgeBlock({ session, host, cred, fill: options.fill ?? false, done: new Map(), budgetMs: options.budgetMs ?? 2000 }, b, rec, summary);
    for (const m of rec.notEmulated) missing.set(m, (missing.get(m) ?? 0) + 1);
    options.onBlock?.({ source: c.source, block: c.block, verdict: rec.verdict, placeholders: rec.placeholders, notEmulated: rec.notEmulated, errors: rec.errors });
  }
  progress({ recordType: 'Completed' });
  return { summary, missing };
}

/**
 * A fresh copy of the world for each block. 'clone' copies, field by field, a world built once and put
 * through JSON (so the copy is what JSON.parse would give, in about half the time); 'rebuild' expands
 * the scenario again (or parses the given world's JSON) every time.
 */
function freshWorlds(base: World, scenario: string | null, how: 'clone' | 'rebuild'): () => World {
  if (how === 'rebuild') {
    const json = scenario === null ? JSON.stringify(base) : null;
    return () => (json !== null ? (JSON.parse(json) as World) : loadScenario(scenario!));
  }
  const plain = JSON.parse(JSON.stringify(base)) as World;
  return () => cloneJson(plain);
}

/** A deep copy of a value made of JSON (plain objects, arrays, strings, numbers, booleans, null). */
function cloneJson<T>(v: T): T {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) {
    const a = new Array(v.length);
    for (let i = 0; i < v.length; i++) a[i] = cloneJson(v[i]);
    return a as T;
  }
  const o: Record<string, unknown> = {};
  for (const k in v) o[k] = cloneJson((v as Record<string, unknown>)[k]);
  return o as T;
}

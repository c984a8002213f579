/**
 * Replays a Markdown article: its PowerShell blocks in order, in one session, on a fresh world of a
 * scenario, as a reader would (prompts for credentials answered with the scenario's administrator,
 * confirmations accepted, the virtual clock let run while a migration batch is busy, the Exchange
 * Management Shell blocks sent to the on-premises server through a remote session). Each block gets
 * a verdict; an error that the article itself leads to (its alternative forms run one after the
 * other) is told apart from one the world causes. Browser-safe: the shell reads files and prints.
 */
import { BufferHost } from '../buffer-host';
import type { ChoiceDescription } from '../engine/host';
import { PSObject, type PSValue } from '../engine/values';
import type { ErrorRecord } from '../engine/errors';
import { getScenario } from '../model/scenarios';
import type { World } from '../model/world';
import { createSession, type Session } from '../session';
import { parse } from '../language/parser';
import { extractArticleBlocks, fillPlaceholders, type ArticleBlock, type BlockShell } from './articles';

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

/** Answers every credential prompt from a queue refilled per block, and accepts every confirmation (the default choice). */
class ReaderHost extends BufferHost {
  override get interactive(): boolean {
    return true;
  }
  override promptForChoice(caption: string, message: string, choices: ChoiceDescription[], defaultChoice: number): number {
    super.answer('');
    return super.promptForChoice(caption, message, choices, defaultChoice);
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

export function replayBlocks(blocks: ArticleBlock[], options: ReplayOptions = {}): ArticleReplay {
  const scenario = options.scenario ?? 'contoso';
  const host = new ReaderHost();
  const session = createSession({ host, ...(options.world ? { world: options.world } : { scenario }), realTime: () => 0 });
  const cred = options.credential ?? defaultCredential(scenario, session.world as World);
  const summary: ReplaySummary = { replayed: 0, ran: 0, errors: 0, parseErrors: 0, placeholders: 0, notEmulated: 0 };
  const records: BlockRecord[] = [];
  const done = new Map<string, Done>();
  let remote = false;
  let firstFailure: BlockRecord | null = null;
  for (const b of blocks) {
    summary.replayed++;
    const rec: BlockRecord = { index: b.index, line: b.line, heading: b.heading, shell: b.shell, code: b.code, ran: null, verdict: 'ran', placeholders: [], notEmulated: [], errors: [], expected: null, waitedMs: 0, text: '' };
    records.push(rec);
    let code = b.code;
    if (options.fill && b.placeholders.length) {
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
      continue;
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
      firstFailure ??= rec;
      continue;
    }
    let script = code;
    if (b.shell === 'ExchangeManagementShell') {
      {
        if (!remote) {
          const server = session.world.onPrem.servers.find((x) => x.roles.includes('ClientAccess')) ?? session.world.onPrem.servers[0];
          const connect = session.invoke(
            `$__ReplayEms = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://${server?.fqdn}/PowerShell/ -Authentication Kerberos -Credential (New-Object System.Management.Automation.PSCredential('${cred.user.replace(/'/g, "''")}', (ConvertTo-SecureString '${cred.password.replace(/'/g, "''")}' -AsPlainText -Force)))`,
          );
          remote = connect.errors.length === 0;
        }
        script = `Invoke-Command -Session $__ReplayEms -ScriptBlock {\n${code}\n}`;
      }
    }
    const r = session.run(script);
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
      firstFailure ??= rec;
      continue;
    }
    // A failed test kept in a variable ($TSMA = Test-MigrationServerAvailability ...) fails here, where the reader would look at it.
    const assigned = [...code.matchAll(/^\s*\$(\w+)\s*=/gm)].map((m) => session.runspace.getVariable(m[1]!)).filter((v): v is PSValue => v !== undefined && v !== null);
    // A verification that shows a failed status ("Verify it worked": Status : SyncedWithErrors) fails where the reader reads it.
    const badStatus = [...r.text.matchAll(/^Status\s*:\s*(\w*WithErrors|Failed|Corrupted)\s*$/gm)].map((m) => `Status: ${m[1]}`);
    const failures = [...r.errors.map(describeError), ...failedResults([...r.output, ...assigned]), ...new Set(badStatus)];
    if (failures.length) {
      rec.verdict = 'errors';
      rec.errors = failures;
      summary.errors++;
      const reasons = r.errors.map((e) => articleLeadsTo(e, done));
      if (failures.length === r.errors.length && reasons.every((x) => x !== null)) rec.expected = [...new Set(reasons)].join('; ');
      else firstFailure ??= rec;
      continue;
    }
    summary.ran++;
    recordDone(code, b.index, done);
  }
  return { blocks: records, summary, firstFailure };
}

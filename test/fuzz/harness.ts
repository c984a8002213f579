/**
 * The fuzz harness (issue #17): generators of hostile PowerShell and the oracle every input must pass.
 * Shared by the short seeded campaign of `npm test` (test/fuzz/fuzz.test.ts) and the long one of
 * `npm run fuzz` (test/fuzz/campaign.ts). Browser-safe: the corpus is handed in (test/fuzz/corpus.ts reads it).
 *
 * Two kinds of input:
 * - scripts: corpus blocks (the project's fixtures, real scripts) as they are, mutated (bytes inserted,
 *   deleted, swapped, slices repeated), spliced, nested deep, with huge literals; generated programs;
 *   pathological openers and closers. Each goes through the tokenizer, the parser, the binder and the
 *   evaluator (a fresh session) and the formatter.
 * - cmdlet calls: every cmdlet of the session, called with parameters drawn from its own metadata
 *   (fitting values, wrong types, $null, arrays...), sometimes with pipeline input and -ErrorAction Stop.
 *
 * The oracle: only product errors (ErrorRecords with pwsh or Exchange ids, parse errors): no JavaScript
 * exception escaping, no InternalError, no JavaScript wording or stack frame in what is printed; the
 * world's invariants hold (checkWorld); a cmdlet call that fails (throws) leaves the world as it was
 * before that call, at every depth; no hang nor runaway memory: each input runs under small limits
 * (src/engine/limits.ts: call depth, allocation) and a budget of stop polls (the Ctrl+C path), and in
 * the long campaign a time limit.
 */
import fc from 'fast-check';
import { createSession, type Session } from '../../src/session';
import { parse, tokenize } from '../../src/language/parser';
import { checkWorld } from '../../src/model/invariants';
import { BufferHost } from '../../src/buffer-host';
import type { HostStream } from '../../src/engine/host';
import { formatValues } from '../../src/formatting/out-default';
import { formatList, formatTable } from '../../src/formatting/api';
import { coreCmdlets } from '../../cmdlets/core/engine-core';
import { exchangeCmdlets } from '../../cmdlets';
import type { CmdletDefinition, ParameterDeclaration } from '../../src/engine/cmdlet';
import type { PSValue } from '../../src/engine/values';

// ------------------------------------------------------------------------------------------ oracle

export interface FuzzFailure {
  /** What broke: 'tokenizer-threw', 'parser-threw', 'run-threw', 'internal-error', 'js-wording', 'stack-frame', 'invariants', 'failed-call-changed-world', 'formatter-threw'. */
  kind: string;
  detail: string;
}

/** What the oracle saw besides failures (reported by the campaign). */
export interface FuzzOutcome {
  failure: FuzzFailure | null;
  /** The input parsed, so it ran. */
  ran: boolean;
  /** Stopped by the poll budget (a runaway loop). */
  stopped: boolean;
  /** Stopped by a limit with pwsh's record (call depth, out of memory, the pipeline stopped by the time limit). */
  limited: boolean;
}

/** JavaScript's words that must never reach a user (unless the input itself holds them). */
// .NET says 'Reference to undefined group number 1.' (RegexParseException): that is no JavaScript.
const JS_WORDS = [/\bundefined\b(?! group)/, /\bNaN\b/, /TypeError/, /ReferenceError/, /\bis not a function\b/, /Cannot read propert/, /\[object Object\]/, /\bis not iterable\b/, /Cannot set propert/, /(?<![\w$])[A-Za-z_$][\w$]{0,80} is not defined\b/];
const STACK_FRAME = /\n\s+at .*\.(?:[cm]?js|ts):\d+:\d+/;
/** The records of the limits (src/engine/limits.ts). */
const LIMIT_IDS = /^(CallDepthOverflow|System\.OutOfMemoryException|PipelineStopped)\b/;

/**
 * The limits every input runs under: small, so that a billion-element range or string stops at once with
 * pwsh's record (OutOfMemoryException) instead of taking the fuzz's time and memory.
 */
export const FUZZ_LIMITS = { maxAllocation: 2_000_000, maxStringLength: 1_000_000, maxArrayLength: 1_000_000 };

/**
 * A host whose Ctrl+C comes after a number of polls (loops and cmdlet calls poll it), and that stops the
 * command line once it has printed too much or run too long: so no input runs away (a recursion that
 * overflows the stack again and again, a loop writing forever), until the limits of issue #17 land.
 */
class BudgetHost extends BufferHost {
  polls = 0;
  writes = 0;
  deadline = Infinity;
  constructor(
    private readonly budget: number,
    private readonly writeBudget: number,
  ) {
    super([]);
  }
  stopRequested(): boolean {
    return ++this.polls > this.budget || this.writes > this.writeBudget || Date.now() > this.deadline;
  }
  override write(stream: HostStream, text: string): void {
    // Past the budget the text is dropped and the next poll stops the run (a host that threw here would be no real host).
    if (++this.writes <= this.writeBudget) super.write(stream, text);
  }
}

export interface ScriptCheckOptions {
  /** Stop polls (loop iterations + cmdlet calls) an input may use. */
  budget?: number;
  /** Host writes (output and error lines) an input may make. */
  writeBudget?: number;
  /** Wall time an input may take, in ms (the long campaign only: the tests stay deterministic). */
  timeLimitMs?: number;
  /** Base world JSON (a fresh session per input is made from it). */
  world?: string;
  /** Lines run before the input (not checked), e.g. an imported on-premises session. */
  setup?: string;
}

let baseWorld: string | null = null;
function defaultWorld(): string {
  return (baseWorld ??= createSession({ scenario: 'contoso' }).store.exportJson());
}

/** The session an input runs in: fresh, with a budget host and a hook that checks every cmdlet call. */
function fuzzSession(options: ScriptCheckOptions, onCallFailedWithChanges: (cmdlet: string, e: unknown) => void): { s: Session; host: BudgetHost } {
  const host = new BudgetHost(options.budget ?? 40, options.writeBudget ?? 300);
  const s = createSession({ world: JSON.parse(options.world ?? defaultWorld()), host, limits: FUZZ_LIMITS });
  // Every outermost cmdlet call: if it throws, the world is what it was when it started (calls inside
  // it are savepoints of the store's journal; this catches changes made around the journal).
  let depth = 0;
  s.cmdletHooks.push((cmdlet, call) => {
    if (depth > 0) return call();
    const before = worldJson(s);
    depth++;
    try {
      call();
    } catch (e) {
      if (!sameWorld(worldJson(s), before)) onCallFailedWithChanges(cmdlet.name, e);
      throw e;
    } finally {
      depth--;
    }
  });
  return { s, host };
}

/** The world as JSON, without what every command line adds by design (a started lab's history). */
function worldJson(s: Session): string {
  const w = s.store.read();
  if (!w.lab) return s.store.exportJson();
  return JSON.stringify({ ...w, lab: { ...w.lab, history: [] } });
}

/** Deep equality of two worlds as JSON: a rollback restores every value, not always the order of an object's keys. */
function sameWorld(a: string, b: string): boolean {
  return a === b || deepEqual(JSON.parse(a), JSON.parse(b));
}

function deepEqual(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null || Array.isArray(x) !== Array.isArray(y)) return false;
  const kx = Object.keys(x);
  if (kx.length !== Object.keys(y).length) return false;
  return kx.every((k) => Object.prototype.hasOwnProperty.call(y, k) && deepEqual((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]));
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}\n${(e.stack ?? '').split('\n').slice(1, 6).join('\n')}` : String(e);
}

function jsWordsIn(text: string, input: string): string | null {
  // pwsh's own wording (`The operation '[System.Boolean] * [System.Boolean]' is not defined.`) does not match.
  for (const w of JS_WORDS) {
    const m = w.exec(text);
    if (m && !input.includes(m[0])) return m[0];
  }
  return null;
}

let parseFailSession: { s: Session; host: BudgetHost } | null = null;
let parseFailChange: ((name: string, e: unknown) => void) | null = null;

/** Runs one script input through tokenizer, parser, evaluator and formatter; the first broken property, if any. */
export function checkScript(src: string, options: ScriptCheckOptions = {}): FuzzOutcome {
  const outcome: FuzzOutcome = { failure: null, ran: false, stopped: false, limited: false };
  const fail = (kind: string, detail: string) => {
    outcome.failure ??= { kind, detail };
    return outcome;
  };
  try {
    tokenize(src);
  } catch (e) {
    return fail('tokenizer-threw', errorMessage(e));
  }
  let parsed;
  try {
    parsed = parse(src);
  } catch (e) {
    return fail('parser-threw', errorMessage(e));
  }
  outcome.ran = parsed.errors.length === 0;
  let changedBy: string | null = null;
  const onChange = (name: string, e: unknown) => void (changedBy ??= `${name} threw ${e instanceof Error ? e.message.slice(0, 200) : String(e)}`);
  // An input that does not parse runs nothing: one session serves them all (a fresh one per input otherwise).
  const { s, host } = !outcome.ran && !options.setup && !options.world ? (parseFailSession ??= fuzzSession({}, (name, e) => parseFailChange?.(name, e))) : fuzzSession(options, onChange);
  parseFailChange = onChange;
  if (options.setup) s.run(options.setup);
  host.polls = 0;
  host.writes = 0;
  if (options.timeLimitMs) host.deadline = Date.now() + 2 * options.timeLimitMs;
  const before = worldJson(s);
  let r;
  try {
    r = s.run(src, options.timeLimitMs ? { timeout: options.timeLimitMs } : {});
  } catch (e) {
    return fail('run-threw', errorMessage(e));
  }
  outcome.stopped = !!r.stopped;
  return judge(s, src, r, before, parsed.errors.length > 0, changedBy, outcome, fail);
}

function judge(
  s: Session,
  src: string,
  r: ReturnType<Session['run']>,
  before: string,
  parseFailed: boolean,
  changedBy: string | null,
  outcome: FuzzOutcome,
  fail: (kind: string, detail: string) => FuzzOutcome,
): FuzzOutcome {
  for (const e of r.errors) {
    const id = e.fullyQualifiedErrorId ?? '';
    if (LIMIT_IDS.test(id)) {
      outcome.limited = true;
      continue;
    }
    if (/^InternalError\b/.test(id)) return fail('internal-error', `${id}: ${String(e.exception.get('InnerException')?.toString())}\n${String((e.exception.get('InnerException') as { get?: (n: string) => unknown } | null)?.get?.('StackTrace') ?? '').split('\n').slice(0, 6).join('\n')}`);
    const word = jsWordsIn(e.message, src);
    if (word) return fail('js-wording', `${id}: ${e.message}`);
  }
  if (STACK_FRAME.test(r.text)) return fail('stack-frame', r.text.slice(0, 2000));
  const printed = jsWordsIn(r.text, src);
  if (printed && /TypeError|ReferenceError|Cannot read propert|is not a function|\[object Object\]/.test(printed)) return fail('js-wording', r.text.slice(0, 2000));
  if (changedBy) return fail('failed-call-changed-world', changedBy);
  const issues = checkWorld(s.store.read());
  if (issues.length) return fail('invariants', JSON.stringify(issues.slice(0, 3)));
  if (parseFailed && !sameWorld(worldJson(s), before)) return fail('failed-call-changed-world', 'a script that did not parse changed the world');
  try {
    const values: PSValue[] = r.output.slice(0, 50);
    formatValues(values, { width: 120 });
    formatList(values, {});
    formatTable(values, {});
  } catch (e) {
    if (!(e instanceof Error && e.name === 'FormatSequenceError')) return fail('formatter-threw', errorMessage(e));
  }
  return outcome;
}

// ------------------------------------------------------------------------------- script inputs

/** Characters that matter to PowerShell's grammar, and a few that do not. */
const SIGNIFICANT = ['"', "'", '$', '(', ')', '{', '}', '[', ']', '@', '|', ';', '`', '\n', '#', '<', '>', '-', '=', ',', '.', ':', '&', '%', '?', '!', '+', '*', '/', ' ', '\t', '\r', '\u00a0', '\u201c', '\u2018', '\u2013', '\u0000', '\ud800', 'é', '0', '1', 'e', 'x'];

type Op =
  | { k: 'insert'; at: number; text: string }
  | { k: 'delete'; at: number; len: number }
  | { k: 'swap'; at: number; len: number; to: number }
  | { k: 'repeat'; at: number; len: number; times: number }
  | { k: 'nest'; open: string; close: string; times: number }
  | { k: 'huge'; at: number; text: string };

const NESTS: [string, string][] = [
  ['(', ')'], ['{', '}'], ['$(', ')'], ['@(', ')'], ['"$(', ')"'], ['& {', '}'], ['if ($true) {', '}'], ['foreach ($i in 1) {', '}'],
  ['try {', '} catch {}'], ['[string](', ')'], ['@{a=', '}'], ['function f {', '}; f'], ['while ($false) {', '}'], ['switch (1) { 1 {', '} }'],
];

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ k: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...SIGNIFICANT), fc.string({ maxLength: 4 }), fc.array(fc.constantFrom(...SIGNIFICANT), { maxLength: 6 }).map((a) => a.join(''))) }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 12 }) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('swap' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 8 }), to: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('repeat' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 6 }), times: fc.integer({ min: 2, max: 200 }) }) },
  { weight: 1, arbitrary: fc.constantFrom(...NESTS).chain(([open, close]) => fc.record({ k: fc.constant('nest' as const), open: fc.constant(open), close: fc.constant(close), times: fc.integer({ min: 1, max: 120 }) })) },
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constant('huge' as const),
      at: fc.nat(),
      text: fc.oneof(
        fc.integer({ min: 1000, max: 20000 }).map((n) => `'${'x'.repeat(n)}'`),
        // Up to 1,000: outside a string, `$a` n times is n parse errors each quoting the rest (quadratic text, as in pwsh).
        fc.integer({ min: 100, max: 1000 }).map((n) => `"${'$a'.repeat(n)}"`),
        fc.integer({ min: 50, max: 400 }).map((n) => '9'.repeat(n)),
        fc.integer({ min: 1000, max: 10000 }).map((n) => `$${'v'.repeat(n)}`),
        fc.integer({ min: 100, max: 1000 }).map((n) => `@"\n${'line\n'.repeat(n)}"@\n`),
        fc.integer({ min: 200, max: 3000 }).map((n) => `-${'p'.repeat(n)} `),
      ),
    }),
  },
);

/** Applies mutations in order; positions are taken modulo the current length, so every op applies. */
export function mutate(src: string, ops: readonly Op[]): string {
  let s = src;
  for (const o of ops) {
    const n = s.length;
    switch (o.k) {
      case 'insert':
      case 'huge': {
        const at = n ? o.at % (n + 1) : 0;
        s = s.slice(0, at) + o.text + s.slice(at);
        break;
      }
      case 'delete': {
        if (!n) break;
        const at = o.at % n;
        s = s.slice(0, at) + s.slice(at + o.len);
        break;
      }
      case 'swap': {
        if (n < 2) break;
        const a = o.at % n;
        const piece = s.slice(a, a + o.len);
        const rest = s.slice(0, a) + s.slice(a + o.len);
        const to = o.to % (rest.length + 1);
        s = rest.slice(0, to) + piece + rest.slice(to);
        break;
      }
      case 'repeat': {
        if (!n) break;
        const a = o.at % n;
        const piece = s.slice(a, a + o.len);
        s = s.slice(0, a) + piece.repeat(o.times) + s.slice(a + o.len);
        break;
      }
      case 'nest':
        s = o.open.repeat(o.times) + s + o.close.repeat(o.times);
        break;
    }
  }
  return s;
}

/** Fragments that open, close or nest constructs (as the parser's linearity property uses). */
const FRAGMENTS = [
  '"$(', '@"\n$(', '$(', '@(', '(', ')', '{', '}', '[', ']', 'while(', 'if(', 'foreach($x in ', 'switch(', 'try{', '&{', 'function f{', 'param(', '[int]',
  '"', "'", '`', '$a.b(', '.Where{', ' -x:', '|', ',', ';', '\n', '1+', '@{a=', '#', '<#', '"@\n', '$', 'a', ' ', '=', '::', '..', '>', '2>&1', '-f ', '-join', '[ref]', 'class C{', 'enum E{',
];

export function scriptInput(corpus: readonly string[], programs?: fc.Arbitrary<string>): fc.Arbitrary<string> {
  // Uniform over the corpus (constantFrom leans to the first blocks).
  const block = fc.noBias(fc.nat(corpus.length - 1)).map((i) => corpus[i]!);
  const generated = programs ?? block;
  return fc.oneof(
    { weight: 2, arbitrary: block },
    { weight: 8, arbitrary: fc.tuple(block, fc.array(op, { minLength: 1, maxLength: 4 })).map(([b, ops]) => mutate(b, ops)) },
    { weight: 2, arbitrary: fc.tuple(block, block, fc.nat(), fc.nat()).map(([a, b, i, j]) => a.slice(0, a.length ? i % a.length : 0) + b.slice(b.length ? j % b.length : 0)) },
    { weight: 2, arbitrary: fc.tuple(generated, fc.array(op, { maxLength: 2 })).map(([b, ops]) => mutate(b, ops)) },
    { weight: 1, arbitrary: fc.array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.integer({ min: 1, max: 60 })), { minLength: 1, maxLength: 8 }).map((parts) => parts.map(([f, n]) => f.repeat(n)).join('')) },
  );
}

// -------------------------------------------------------------------------------- cmdlet calls

/** Values an admin (or a typo) might give, as PowerShell source text. */
const IDENTITIES = ["'CutoverBatch'", "'CutoverEndpoint'", "'sara.lindqvist@contoso.com'", "'contoso.com'", "'EXCH-SRV-01'", "'Sara Lindqvist'", "'administrator'", "'*'", "'C:\\'", "'Env:'", "'x.txt'"];
const ANY = [
  ...IDENTITIES, "''", "'no such thing'", '$null', '0', '-1', '2147483648', '3.5', '$true', '$false', "@('a','b')", '@()', '@(,$null)', '@{a=1}', '@{}', "'1/1/2030'", "'not a date'",
  "'Basic'", "'Unlimited'", "'a b!c'", "('x' * 300)", '$cred', '([byte[]](1,2,3))', '{ $_ }', '{ throw "x" }', '(Get-Date)', '([pscustomobject]@{Name="n"})', "'-1'", "'*[a-'",
  '(New-Object System.Collections.ArrayList)', '([timespan]::Zero)', '([guid]::Empty)', "'\u0000'",
];

function fitting(p: ParameterDeclaration): string[] {
  if (p.enumValues?.length) return p.enumValues.map((v) => `'${v}'`);
  if (p.validateSet?.length) return p.validateSet.map((v) => `'${v}'`);
  const t = p.type.toLowerCase();
  if (t === 'boolean' || t === 'switchparameter') return ['$true', '$false'];
  if (/^u?int|^long|^double|^decimal|^byte$|^unlimited/.test(t)) return ['1', '10', '0', "'Unlimited'"];
  if (t === 'datetime') return ["'1/1/2030'", '(Get-Date).AddDays(1)'];
  if (t === 'timespan') return ["'1.00:00:00'", "'00:30:00'"];
  if (t === 'pscredential') return ['$cred'];
  if (t === 'securestring') return ["(ConvertTo-SecureString 'x' -AsPlainText -Force)"];
  if (t === 'scriptblock') return ['{ $_ }', '{ 1 }', '{ param($x) $x }'];
  if (t === 'hashtable' || t === 'idictionary') return ['@{a=1}', '@{Name="n"; Expression={1}}'];
  if (t === 'byte[]') return ["([System.Text.Encoding]::UTF8.GetBytes(\"EmailAddress`nsara.lindqvist@contoso.com\"))"];
  if (t.endsWith('[]') || t === 'multivaluedproperty') return ["@('sara.lindqvist@contoso.com','tomas.novak@contoso.com')", ...IDENTITIES];
  return IDENTITIES;
}

function valueFor(p: ParameterDeclaration): fc.Arbitrary<string> {
  return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...fitting(p)) }, { weight: 1, arbitrary: fc.constantFrom(...ANY) });
}

/** Cmdlets a fuzz call must not run: none is left out for danger (the world is virtual); these wait for input the fuzz cannot give. */
const NOT_FUZZED = new Set<string>([]);

export function fuzzedCmdlets(): CmdletDefinition[] {
  const seen = new Set<string>();
  return [...coreCmdlets, ...exchangeCmdlets({ connected: true })].filter((d) => !NOT_FUZZED.has(d.name) && !seen.has(d.name) && seen.add(d.name));
}

/** One call of `def`: a few distinct parameters in random order, some values bad, maybe pipeline input, maybe -ErrorAction Stop. */
export function callOf(def: CmdletDefinition): fc.Arbitrary<string> {
  const params = def.parameters.filter((p) => !['Confirm', 'WhatIf'].includes(p.name));
  const tail = def.supportsShouldProcess ? ['-Confirm:$false'] : [];
  const picked = params.length
    ? fc.uniqueArray(fc.record({ p: fc.constantFrom(...params), switchForm: fc.boolean() }), { maxLength: 5, selector: (x) => x.p.name })
    : fc.constant([] as { p: ParameterDeclaration; switchForm: boolean }[]);
  return fc
    .tuple(
      picked.chain((ps) => (ps.length ? fc.tuple(...ps.map(({ p, switchForm }) => (p.type === 'SwitchParameter' && switchForm ? fc.constant(`-${p.name}`) : valueFor(p).map((v) => `-${p.name} ${v}`)))) : fc.constant([] as string[]))),
      fc.option(fc.constantFrom(...ANY), { freq: 4 }),
      fc.boolean(),
    )
    .map(([parts, input, stop]) => `${input === null ? '' : `${input} | `}${[def.name, ...parts, ...tail, ...(stop ? ['-ErrorAction Stop'] : [])].join(' ')}`);
}

/** A world with a migration batch and an endpoint, and the setup that imports the on-premises side. */
let callWorld: string | null = null;
export const CALL_SETUP =
  "$cred = New-Object System.Management.Automation.PSCredential('CONTOSO\\administrator', (ConvertTo-SecureString 'P@ssw0rd!' -AsPlainText -Force)); " +
  '$onprem = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://EXCH-SRV-01.corp.contoso.com/PowerShell/ -Credential $cred; ' +
  'Import-PSSession $onprem -Prefix OnPrem -WarningAction SilentlyContinue | Out-Null';

export function callCheckOptions(): ScriptCheckOptions {
  if (!callWorld) {
    const s = createSession({ scenario: 'contoso', input: ['CONTOSO\\administrator', 'P@ssw0rd!'] });
    s.run('$cred = Get-Credential');
    s.run('New-MigrationEndpoint -ExchangeOutlookAnywhere -Name CutoverEndpoint -Autodiscover -EmailAddress administrator@contoso.com -Credentials $cred');
    s.run('New-MigrationBatch -Name CutoverBatch -SourceEndpoint CutoverEndpoint -AutoStart');
    s.advance('6h');
    callWorld = s.store.exportJson();
  }
  return { world: callWorld, setup: CALL_SETUP };
}

/** Runs one cmdlet call (after the setup) with the same oracle as scripts. */
export function checkCall(line: string, options: ScriptCheckOptions = {}): FuzzOutcome {
  return checkScript(line, { ...callCheckOptions(), ...options });
}

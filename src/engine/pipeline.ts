/**
 * Pipelines (about_Pipelines): a chain of command processors; objects stream one by one from each
 * processor's output into the next one's process step. Cmdlets, functions and script blocks share the
 * binder; redirections (about_Redirection) replace a processor's stream handlers.
 */
import { asInternalError } from './internal-error';
import type * as A from '../language/ast';
import { PSHashtable, PSObject, stringOf, type PSValue } from './values';
import type { CmdletContext, CmdletDefinition, CmdletServices, ErrorDetails, SessionApi } from './cmdlet';
import type { Host, ProgressRecord } from './host';
import { ScriptBlock } from './scriptblock';
import { PSEnumerator } from './enumerator';
import { Scope, type FunctionInfo } from './scope';
import { ErrorRecord, ExceptionObject, PSRuntimeError, PipelineStoppedSignal, ReturnSignal, recordFromCatalogue } from './errors';
import { convertTo, toBool, toStr, makeArrayList } from './conversion';
import type { Emit, StreamHandlers } from './streams';
import { hostInformationMessage, InformationalRecord, InformationRecord, type InformationalKind } from './stream-records';
import { Binder, type BindResult, type CommandArgument } from './binder/binder';
import { binderCommandFromMetadata, type BinderCommand, type BinderParameter } from './binder/parameters';
import type { BindingErrorContext } from './binder/coerce';
import { shouldContinue, shouldProcess, shouldProcessDescribed, type ShouldProcessState } from './shouldprocess';
import { binderCommandFromFunction } from './functions';
import { enumerate, NO_INPUT, type Interpreter } from './evaluator/interpreter';
import { formatMessage, type MessageKey } from './messages';

export interface CommandArgumentSource {
  args: CommandArgument[];
}

type Input = PSValue | typeof NO_INPUT;

interface Processor {
  /** Binds the command line's arguments: pwsh binds every command of a pipeline before any begin block runs. */
  prepare?(): void;
  begin(): void;
  process(input: Input): void;
  end(): void;
  /** Called after end (or on failure) to flush redirected files. */
  finish(): void;
}

/** A capture host so `> file` renders objects exactly as Out-Default would on screen. */
function captureHost(width: number): Host & { text: string } {
  const h = {
    text: '',
    name: 'FileRedirection',
    interactive: false,
    width: () => width,
    write(_s: string, t: string) {
      h.text += t;
    },
    readLine: () => null,
    readSecret: () => null,
    promptForChoice: () => -1,
  };
  return h;
}

interface Redirected {
  streams: StreamHandlers;
  emit: Emit;
  finish(): void;
}

/** Applies `2>&1`, `> file`, `>> file`, `*> $null`... to one pipeline element. */
function applyRedirections(interp: Interpreter, redirections: A.RedirectionAst[], emit: Emit): Redirected {
  let streams: StreamHandlers = { ...interp.streams };
  let out = emit;
  const files: { path: string; append: boolean; values: PSValue[] }[] = [];
  const covers = (from: A.RedirectionStream, s: A.RedirectionStream) => from === 'all' || from === s;
  for (const r of redirections) {
    if (r.type === 'MergingRedirection') {
      // Into the output as finally redirected, whatever the order: pwsh 7.6 writes `w` to the file
      // for both `Write-Warning w 3>&1 > f` and `Write-Warning w > f 3>&1`.
      const target: Emit = (v) => out(v);
      if (covers(r.from, 'error')) streams.error = (rec) => target(rec);
      // The records as pwsh writes them to a merged pipe: marked with their stream (stream-records.ts).
      if (covers(r.from, 'warning')) streams.warning = (rec) => target(rec.merged());
      if (covers(r.from, 'verbose')) streams.verbose = (rec) => target(rec.merged());
      if (covers(r.from, 'debug')) streams.debug = (rec) => target(rec.merged());
      if (covers(r.from, 'information')) streams.information = (rec) => target(rec.merged());
      continue;
    }
    const loc = interp.evalExpr(r.location);
    if (loc === null) {
      if (covers(r.from, 'output')) out = () => undefined;
      if (covers(r.from, 'error')) streams.error = () => undefined;
      if (covers(r.from, 'warning')) streams.warning = () => undefined;
      if (covers(r.from, 'verbose')) streams.verbose = () => undefined;
      if (covers(r.from, 'debug')) streams.debug = () => undefined;
      if (covers(r.from, 'information')) streams.information = () => undefined;
      continue;
    }
    const file = { path: interp.services.fs.resolve(toStr(loc)), append: r.append, values: [] as PSValue[] };
    files.push(file);
    if (covers(r.from, 'output')) out = (v) => file.values.push(v);
    if (covers(r.from, 'error')) streams.error = (rec) => file.values.push(rec);
    if (covers(r.from, 'warning')) streams.warning = (rec) => file.values.push(rec);
    if (covers(r.from, 'verbose')) streams.verbose = (rec) => file.values.push(rec);
    if (covers(r.from, 'debug')) streams.debug = (rec) => file.values.push(rec);
    if (covers(r.from, 'information')) streams.information = (rec) => file.values.push(rec);
  }
  streams = { ...streams };
  return {
    streams,
    emit: out,
    finish() {
      for (const f of files) {
        // Out-File: the formatted text, UTF-8.
        const host = captureHost(interp.rs.host.width());
        const values = f.values.map((v) => (v instanceof ErrorRecord ? v.message : v));
        if (values.length) interp.rs.outDefault(values, host, 'file');
        interp.services.fs.writeText(f.path, host.text, { append: f.append });
      }
    },
  };
}

/**
 * A function parameter nobody bound: its default, else $null converted to its type as pwsh 7.6 does
 * (`[int]$a` is 0, `[string]$s` is '', `[bool]$b` False, a switch False).
 */
function unboundParameterValue(p: BinderParameter): PSValue {
  if (p.defaultValue) return p.defaultValue();
  if (p.type === 'SwitchParameter') return false;
  const type = p.typeConstraint ?? (p.type !== 'Object' && p.type !== 'PSObject' ? p.type : null);
  if (!type) return null;
  try {
    return convertTo(null, type);
  } catch {
    return null;
  }
}

function errorContext(interp: Interpreter, cmd: BinderCommand, extent: A.Extent): BindingErrorContext {
  const ctx: BindingErrorContext = {
    command: cmd,
    makeRecord: (key: MessageKey, args, exceptionType, category, target) =>
      recordFromCatalogue(key, args, { exceptionType, category, targetObject: target ?? null, commandName: cmd.name, fqidSuffix: cmd.fqidSuffix, invocation: interp.invocation(ctx.at ?? extent, cmd.name) }),
  };
  return ctx;
}

/** Values of the common parameters that change how a command's streams behave. */
interface CommonSettings {
  errorAction?: string;
  warningAction?: string;
  informationAction?: string;
  progressAction?: string;
  verbose?: boolean;
  debug?: boolean;
  errorVariable?: { name: string; append: boolean; list: PSValue[] };
  warningVariable?: { name: string; append: boolean; list: PSValue[] };
  outVariable?: { name: string; append: boolean; list: PSValue[] };
  whatIf?: boolean;
  confirm?: boolean;
}

function variableSpec(interp: Interpreter, raw: PSValue | undefined): { name: string; append: boolean; list: PSValue[] } | undefined {
  if (raw === undefined || raw === null) return undefined;
  let name = toStr(raw);
  const append = name.startsWith('+');
  if (append) name = name.slice(1);
  let list: PSValue[] = makeArrayList([]);
  if (append) {
    const existing = interp.scope.lookup(name)?.value;
    list = makeArrayList(Array.isArray(existing) ? [...existing] : existing === null || existing === undefined ? [] : [existing]);
  }
  interp.scope.setLocal(name, list);
  return { name, append, list };
}

function commonSettings(interp: Interpreter, values: Map<string, PSValue>): CommonSettings {
  const s: CommonSettings = {};
  const str = (n: string) => (values.has(n) ? toStr(values.get(n) ?? null) : undefined);
  s.errorAction = str('ErrorAction');
  s.warningAction = str('WarningAction');
  s.informationAction = str('InformationAction');
  s.progressAction = str('ProgressAction');
  if (values.has('Verbose')) s.verbose = toBool(values.get('Verbose') ?? null);
  if (values.has('Debug')) s.debug = toBool(values.get('Debug') ?? null);
  if (values.has('WhatIf')) s.whatIf = toBool(values.get('WhatIf') ?? null);
  if (values.has('Confirm')) s.confirm = toBool(values.get('Confirm') ?? null);
  s.errorVariable = variableSpec(interp, values.get('ErrorVariable'));
  s.warningVariable = variableSpec(interp, values.get('WarningVariable'));
  s.outVariable = variableSpec(interp, values.get('OutVariable'));
  return s;
}

const COMMON_NAMES = new Set(['verbose', 'debug', 'erroraction', 'warningaction', 'informationaction', 'progressaction', 'errorvariable', 'warningvariable', 'informationvariable', 'outvariable', 'outbuffer', 'pipelinevariable', 'whatif', 'confirm']);

/** The CmdletContext one cmdlet invocation sees. */
class CmdletContextImpl implements CmdletContext {
  params: Record<string, PSValue> = {};
  parameterSetName = '';
  inputObject: PSValue | undefined = undefined;
  readonly state: Record<string, unknown> = {};
  private boundNames = new Set<string>();
  /** Lower-cased names the pipeline bound for the current input object, on top of `boundNames`. */
  private pipelineNames: string[] = [];
  readonly spState: ShouldProcessState;

  constructor(
    readonly proc: CmdletProcessor,
    readonly expectingInput: boolean,
  ) {
    this.spState = {
      commandName: proc.def.name,
      whatIf: false,
      confirm: undefined,
      confirmImpact: proc.def.confirmImpact ?? 'Medium',
      confirmPreference: 'High',
      yesToAll: false,
      noToAll: false,
    };
  }

  setBinding(values: Map<string, PSValue>, set: string): void {
    this.params = {};
    this.boundNames = new Set();
    this.pipelineNames = [];
    for (const [k, v] of values) {
      if (COMMON_NAMES.has(k.toLowerCase())) continue;
      this.params[k] = v;
      this.boundNames.add(k.toLowerCase());
    }
    this.parameterSetName = set;
  }

  private baseParams: Record<string, PSValue> | null = null;
  private baseKeys: string[] = [];
  private baseNames: Set<string> | null = null;

  /**
   * Per input object: the command-line binding plus what the pipeline bound (cheaper than setBinding).
   * The command-line names stay in one shared set and the few pipeline-bound ones go in a short list,
   * so nothing proportional to the command line is copied per object but the params record itself.
   */
  setPipelineBinding(values: Map<string, PSValue>, boundNow: string[], set: string): void {
    if (!this.baseParams) {
      this.setBinding(this.proc.commandLineValues(), set);
      this.baseParams = this.params;
      this.baseKeys = Object.keys(this.params);
      this.baseNames = this.boundNames;
    }
    const base = this.baseParams;
    const params: Record<string, PSValue> = {};
    for (const k of this.baseKeys) params[k] = base[k]!;
    const names: string[] = [];
    for (const n of boundNow) {
      params[n] = values.get(n) ?? null;
      names.push(n.toLowerCase());
    }
    this.params = params;
    this.boundNames = this.baseNames!;
    this.pipelineNames = names;
    this.parameterSetName = set;
  }

  bound(name: string): boolean {
    const k = name.toLowerCase();
    return this.boundNames.has(k) || this.pipelineNames.includes(k);
  }

  get host(): Host {
    return this.proc.interp.rs.host;
  }
  get services(): CmdletServices {
    return this.proc.interp.rs.services;
  }
  get session(): SessionApi {
    return this.proc.session;
  }

  writeObject(value: PSValue, enumerateIt?: boolean): void {
    const out = this.proc.common.outVariable;
    const send = (v: PSValue) => {
      if (out) out.list.push(v);
      this.proc.emit(v);
    };
    if (enumerateIt) enumerate(value, send);
    else send(value);
  }

  private record(error: ErrorDetails): ErrorRecord {
    const p = this.proc;
    return new ErrorRecord({
      exception: new ExceptionObject(error.exceptionType ?? 'System.Exception', error.message),
      errorId: error.errorId,
      category: error.category,
      targetObject: error.targetObject ?? null,
      commandName: p.def.name,
      fqidSuffix: p.binderCmd.fqidSuffix,
      invocation: p.interp.invocation(p.extent, p.def.name),
      recommendedAction: error.recommendedAction,
      errorDetailsMessage: error.errorDetailsMessage,
    });
  }

  writeError(error: ErrorDetails): void {
    this.writeErrorRecord(this.record(error));
  }

  /** Writes a ready-made record (Write-Error with -ErrorRecord / -Exception). */
  writeErrorRecord(record: ErrorRecord): void {
    const p = this.proc;
    const action = p.common.errorAction ?? p.interp.preference('ErrorActionPreference', 'Continue');
    // pwsh 7.6: Inquire with nobody to ask (-NonInteractive) fails the command instead of writing the
    // error: InvalidOperation attributed to the cmdlet, a statement-terminating error.
    if (action.toLowerCase() === 'inquire' && !p.interp.rs.host.interactive) throw new PSRuntimeError(this.nonInteractiveRecord());
    try {
      p.withStreams(() => p.interp.writeError(record, action, p.common.errorVariable ? [p.common.errorVariable.list] : []));
    } catch (e) {
      // A top-level Write-Error shows no position, but once a Stop preference halts on it pwsh 7.6 shows the
      // command's own line and extent (`Write-Error -Message 'Test Error'` underlined).
      if (!(e instanceof PSRuntimeError) || e.record !== record || !record.invocation.noPosition || !p.extent) throw e;
      const halted = new PSRuntimeError(record.withInvocation({ ...record.invocation, noPosition: false, extent: p.extent, source: p.interp.source }));
      halted.recorded = e.recorded;
      halted.scriptTerminating = e.scriptTerminating;
      halted.recordAgain = e.recordAgain;
      throw halted;
    }
  }

  checkStop(): void {
    this.proc.interp.checkStop();
  }

  terminatingError(error: ErrorDetails): Error {
    return new PSRuntimeError(this.record(error));
  }

  /**
   * Builds a record with this command's invocation info (for cmdlets that need the object itself).
   * `callerInvocation`: the record takes the invocation of the caller's scope instead, as Write-Error
   * does (pwsh 7.6: $MyInvocation of the function or script block that called it; at top level a
   * script with no command name), and its CategoryInfo.Activity is `activity` or this cmdlet.
   */
  makeErrorRecord(error: ErrorDetails, options: { fqidSuffix?: string | null; callerInvocation?: boolean; activity?: string } = {}): ErrorRecord {
    const r = this.record(error);
    if (options.fqidSuffix === undefined && !options.callerInvocation) return r;
    // Inside a function the error is attributed to the function (pwsh shows `f: message`), the activity stays the cmdlet.
    const shown = options.fqidSuffix ?? r.commandName;
    let invocation = { ...r.invocation, commandName: shown };
    if (options.callerInvocation) {
      const call = this.proc.interp.currentCall;
      // At top level the caller is the typed command line itself: no command, no position.
      invocation = call ? { commandName: call.name || null, extent: call.extent, source: call.source } : { commandName: null, noPosition: true };
    }
    return new ErrorRecord({ exception: r.exception, errorId: r.errorId, category: r.category, targetObject: r.targetObject, commandName: shown, activity: options.activity || this.proc.def.name, fqidSuffix: options.fqidSuffix, invocation, recommendedAction: error.recommendedAction });
  }

  /** Write-Error -ErrorRecord: the record as given, with the caller's invocation (pwsh 7.6 shows `Write-Error:`). */
  withCallerInvocation(record: ErrorRecord): ErrorRecord {
    const call = this.proc.interp.currentCall;
    const p = this.proc;
    return record.withInvocation(call ? { commandName: call.name || null, extent: call.extent, source: call.source } : { commandName: p.def.name, noPosition: true });
  }

  /** The function (or script) this command was called from: Write-Error's id suffix. */
  get callerName(): string | null {
    return this.proc.interp.currentFunction;
  }

  private actionFor(explicit: string | undefined, switchValue: boolean | undefined, pref: string, fallback: string): string {
    if (explicit) return explicit.toLowerCase();
    if (switchValue !== undefined) return switchValue ? 'continue' : 'silentlycontinue';
    return this.proc.interp.preference(pref, fallback).toLowerCase();
  }

  /**
   * Stop or Inquire on a stream preference, after the message is shown. pwsh 7.6: Stop ends the script with
   * ActionPreferenceStop naming the preference; Inquire without a console to ask on (-NonInteractive) fails
   * with the NonInteractive message. Both are attributed to the cmdlet (`...,Microsoft.PowerShell.Commands.WriteDebugCommand`).
   */
  private streamPreferenceHalts(action: string, preference: string, message: string): void {
    if (action !== 'stop' && !(action === 'inquire' && !this.proc.interp.rs.host.interactive)) return;
    const p = this.proc;
    // pwsh 7.6: the failed prompt ends the statement only (`$DebugPreference = 'Inquire'; Write-Debug x; 'next'` goes on).
    if (action === 'inquire') throw new PSRuntimeError(this.nonInteractiveRecord());
    const rec = recordFromCatalogue('ActionPreferenceStop', [preference, message], { exceptionType: 'System.Management.Automation.ActionPreferenceStopException', category: 'OperationStopped', commandName: p.def.name, fqidSuffix: p.binderCmd.fqidSuffix, invocation: p.interp.invocation(p.extent, p.def.name) });
    const err = new PSRuntimeError(rec);
    err.scriptTerminating = true;
    // pwsh 7.6: a stopped command's error is in $Error twice at top level (as written, then as the halt).
    err.recordAgain = true;
    throw err;
  }

  /** The command's prompt failed for want of a console (InternalHostUserInterface.ThrowPromptNotInteractive). */
  private nonInteractiveRecord(): ErrorRecord {
    const p = this.proc;
    return recordFromCatalogue('NonInteractivePrompt', [], { exceptionType: 'System.Management.Automation.PSInvalidOperationException', category: 'InvalidOperation', errorId: 'InvalidOperation', commandName: p.def.name, fqidSuffix: p.binderCmd.fqidSuffix, invocation: p.interp.invocation(p.extent, p.def.name) });
  }

  private streamRecord(kind: InformationalKind, message: string): InformationalRecord {
    const p = this.proc;
    return new InformationalRecord(kind, message, p.interp.invocation(p.extent, p.def.name));
  }

  private informationRecord(messageData: PSValue, tags?: string[]): InformationRecord {
    const clock = this.proc.interp.services.clock as { now(): number } | undefined;
    return new InformationRecord({ messageData, source: this.proc.def.name, tags, timeGenerated: clock?.now() ?? 0 });
  }

  writeWarning(message: string): void {
    const a = this.actionFor(this.proc.common.warningAction, undefined, 'WarningPreference', 'Continue');
    if (a === 'ignore') return;
    // Silenced and kept nowhere: no record to build (Import-PSSession -WarningAction SilentlyContinue warns once per skipped command).
    if (a === 'silentlycontinue' && !this.proc.common.warningVariable) return;
    const record = this.streamRecord('Warning', message);
    this.proc.common.warningVariable?.list.push(record);
    if (a === 'silentlycontinue') return;
    this.proc.streams.warning(record);
    this.streamPreferenceHalts(a, 'WarningPreference', message);
  }

  writeVerbose(message: string): void {
    const a = this.actionFor(undefined, this.proc.common.verbose, 'VerbosePreference', 'SilentlyContinue');
    if (a === 'continue' || a === 'inquire' || a === 'stop') this.proc.streams.verbose(this.streamRecord('Verbose', message));
    this.streamPreferenceHalts(a, 'VerbosePreference', message);
  }

  writeDebug(message: string): void {
    const a = this.actionFor(undefined, this.proc.common.debug, 'DebugPreference', 'SilentlyContinue');
    if (a === 'continue' || a === 'inquire' || a === 'stop') this.proc.streams.debug(this.streamRecord('Debug', message));
    this.streamPreferenceHalts(a, 'DebugPreference', message);
  }

  writeInformation(message: PSValue, tags?: string[]): void {
    const a = this.actionFor(this.proc.common.informationAction, undefined, 'InformationPreference', 'SilentlyContinue');
    if (a === 'ignore') return;
    this.proc.streams.information(this.informationRecord(message, tags), a === 'continue' ? { text: stringOf(message) } : undefined);
  }

  writeProgress(record: Partial<ProgressRecord> & { activity: string }): void {
    const a = this.actionFor(this.proc.common.progressAction, undefined, 'ProgressPreference', 'Continue');
    if (a === 'silentlycontinue' || a === 'ignore') return;
    const full: ProgressRecord = {
      activityId: 0,
      parentActivityId: -1,
      statusDescription: 'Processing',
      currentOperation: null,
      percentComplete: -1,
      secondsRemaining: -1,
      recordType: 'Processing',
      sourceId: 0,
      ...record,
    };
    this.host.progress?.(full);
    if (a === 'stop') {
      // pwsh 7.6 shows the record, then stops: 'The running command stopped because the preference
      // variable "ProgressPreference" or common parameter is set to Stop: <activity>'.
      const rec = recordFromCatalogue('ActionPreferenceStop', ['ProgressPreference', full.activity], { exceptionType: 'System.Management.Automation.ActionPreferenceStopException', category: 'OperationStopped', commandName: this.proc.def.name, fqidSuffix: this.proc.binderCmd.fqidSuffix, invocation: this.proc.interp.invocation(this.proc.extent, this.proc.def.name) });
      const err = new PSRuntimeError(rec);
      err.scriptTerminating = true;
      throw err;
    }
  }

  writeHost(text: string, options?: { foregroundColor?: string; backgroundColor?: string; noNewline?: boolean }): void {
    const a = this.actionFor(this.proc.common.informationAction, undefined, '__WriteHostPreference', 'Continue');
    if (a === 'ignore') return;
    // pwsh 7.6: Write-Host's record carries a HostInformationMessage and the tag PSHOST.
    this.proc.streams.information(this.informationRecord(hostInformationMessage(text, options), ['PSHOST']), a === 'silentlycontinue' ? undefined : { text, options });
  }

  private prepareShouldProcess(): void {
    const p = this.proc;
    this.spState.whatIf = p.common.whatIf ?? toBool(p.interp.scope.lookup('WhatIfPreference')?.value ?? false);
    this.spState.confirm = p.common.confirm;
    this.spState.confirmPreference = p.interp.preference('ConfirmPreference', 'High');
  }

  shouldProcess(target: string, action?: string): boolean {
    this.prepareShouldProcess();
    return shouldProcess(this.spState, this.host, target, action ?? this.proc.def.name);
  }

  shouldProcessMessage(message: string): boolean {
    this.prepareShouldProcess();
    return shouldProcessDescribed(this.spState, this.host, { description: message, warning: `Are you sure you want to perform this action?\n${message}`, caption: 'Confirm', remote: true });
  }

  shouldContinue(query: string, caption: string): boolean {
    return shouldContinue(this.spState, this.host, query, caption);
  }

  get commandName(): string {
    return this.proc.def.name;
  }

  evaluateScriptBlock(block: PSValue, dollarUnder: PSValue): { value: PSValue[] } | { error: ErrorRecord } {
    const interp = this.proc.interp;
    interp.tryDepth++;
    try {
      return { value: this.invokeScriptBlock(block, dollarUnder) };
    } catch (e) {
      // pwsh 7.6: the cmdlet writes it, so its position is the command's (`Group-Object { $_ % 2 }` underlined).
      if (e instanceof PSRuntimeError && !e.scriptTerminating) return { error: e.record.withInvocation(interp.invocation(this.proc.extent, this.proc.def.name)) };
      throw e;
    } finally {
      interp.tryDepth--;
    }
  }

  invokeScriptBlock(block: PSValue, dollarUnder?: PSValue, args?: PSValue[], emit?: (v: PSValue) => void): PSValue[] {
    if (!(block instanceof ScriptBlock)) return [];
    const interp = this.proc.interp;
    const out: PSValue[] = [];
    // What the commands downstream raise while taking an object passes through as it is.
    let downstream: unknown;
    const pass = emit
      ? (v: PSValue) => {
          try {
            emit(v);
          } catch (e) {
            downstream = e;
            throw e;
          }
        }
      : (v: PSValue) => void out.push(v);
    try {
      this.proc.withStreams(() =>
        interp.invokeBlockTo(block, { dollarUnder: dollarUnder === undefined ? null : dollarUnder, args, dotSource: true }, pass),
      );
    } catch (e) {
      // pwsh 7.6: an expression's error leaving the block through the cmdlet (under a try or trap) takes
      // the cmdlet's InvocationInfo: `ForEach-Object: ...`, the command underlined. A `throw` or another
      // command's error keeps its own.
      if (!(e instanceof PSRuntimeError) || e === downstream) throw e;
      const r = e.record;
      if (r.fromThrowStatement || r.invocation.commandName || r.commandName) throw e;
      // Stopped by the Stop preference, it is recorded again as the cmdlet's, with the cmdlet's id suffix.
      const moved = new PSRuntimeError(r.withInvocation(interp.invocation(this.proc.extent, this.proc.def.name), r.commandName, e.recordAgain ? this.proc.binderCmd.fqidSuffix : undefined));
      Object.assign(moved, { recorded: e.recorded, scriptTerminating: e.scriptTerminating, recordAgain: e.recordAgain });
      throw moved;
    }
    return out;
  }
}

export class CmdletProcessor implements Processor {
  readonly binderCmd: BinderCommand;
  private binder: Binder;
  private result!: BindResult;
  ctx!: CmdletContextImpl;
  common: CommonSettings = {};
  streams: StreamHandlers;
  emit: Emit;
  private redirected: Redirected;

  constructor(
    readonly interp: Interpreter,
    readonly def: CmdletDefinition,
    readonly args: CommandArgument[],
    readonly extent: A.Extent,
    readonly position: number,
    readonly expectingInput: boolean,
    redirections: A.RedirectionAst[],
    downstream: Emit,
    readonly session: SessionApi,
  ) {
    this.binderCmd = binderCommandFromMetadata(def);
    this.binder = new Binder(this.binderCmd, errorContext(interp, this.binderCmd, extent));
    this.redirected = applyRedirections(interp, redirections, downstream);
    this.streams = this.redirected.streams;
    this.emit = this.redirected.emit;
  }

  withStreams<T>(fn: () => T): T {
    const saved = this.interp.streams;
    this.interp.streams = this.streams;
    try {
      return fn();
    } finally {
      this.interp.streams = saved;
    }
  }

  private call(fn: ((ctx: CmdletContext) => void) | undefined): void {
    if (!fn) return;
    // A defect of the cmdlet's code becomes an InternalError naming the cmdlet, thrown inside its
    // transaction so that its changes to the world are undone.
    const run = () =>
      this.withStreams(() => {
        try {
          fn.call(this.def, this.ctx);
        } catch (e) {
          throw asInternalError(e, { commandName: this.def.name, fqidSuffix: this.binderCmd.fqidSuffix, commandText: this.interp.source.slice(this.extent.start, this.extent.end), invocation: this.interp.invocation(this.extent, this.def.name) });
        }
      });
    this.interp.checkStop();
    if (this.interp.rs.aroundCmdletCall) this.interp.rs.aroundCmdletCall(this.def, run);
    else run();
  }

  prepare(): void {
    this.result = this.binder.bindCommandLine(this.args, this.expectingInput, this.interp.rs.host, this.position);
  }

  begin(): void {
    if (!this.result) this.prepare();
    this.common = commonSettings(this.interp, this.result.values);
    const outBuffer = this.result.values.has('OutBuffer') ? Math.trunc(Number(this.result.values.get('OutBuffer'))) : 0;
    if (outBuffer > 0) {
      // -OutBuffer n: objects go on in batches of n + 1 (about_CommonParameters), the rest at the end.
      const downstream = this.emit;
      const held: PSValue[] = [];
      this.flushOutBuffer = () => held.splice(0).forEach((v) => downstream(v));
      this.emit = (v) => {
        held.push(v);
        if (held.length > outBuffer) this.flushOutBuffer();
      };
    }
    this.ctx = new CmdletContextImpl(this, this.expectingInput);
    this.ctx.setBinding(this.result.values, this.result.parameterSetName);
    this.call(this.def.begin);
  }

  process(input: Input): void {
    if (input === NO_INPUT) {
      this.ctx.inputObject = undefined;
      this.call(this.def.process);
      return;
    }
    const values = new Map(this.result.values);
    const bound = this.binder.bindPipelineInput(input, this.result, values);
    if (!bound) {
      const rec = recordFromCatalogue('InputObjectNotBound', [], { exceptionType: 'System.Management.Automation.ParameterBindingException', category: 'InvalidArgument', targetObject: input, commandName: this.def.name, fqidSuffix: this.binderCmd.fqidSuffix, invocation: this.interp.invocation(this.extent, this.def.name) });
      this.ctx.writeErrorRecord(rec);
      return;
    }
    this.binder.checkMandatory(bound.set, values, this.result.commandLineBound, this.interp.rs.host, this.position, true);
    // A prompt may have added values: fall back to a full rebuild then.
    if (values.size === this.result.values.size + bound.bound.length) this.ctx.setPipelineBinding(values, bound.bound, bound.set);
    else this.ctx.setBinding(values, bound.set);
    this.ctx.inputObject = input;
    this.call(this.def.process);
  }

  end(): void {
    if (this.expectingInput && this.ctx.inputObject === undefined && !this.sawInput) {
      // A command expecting input that received none still needs its mandatory parameters.
    }
    this.ctx.inputObject = undefined;
    this.call(this.def.end);
    this.flushOutBuffer();
  }

  private flushOutBuffer: () => void = () => undefined;
  sawInput = false;

  commandLineValues(): Map<string, PSValue> {
    return this.result.values;
  }

  finish(): void {
    this.redirected.finish();
  }
}

/** Functions, filters and script blocks (`& { }`, `. { }`) as pipeline commands. */
export class FunctionProcessor implements Processor {
  private scope!: Scope;
  private binderCmd: BinderCommand;
  private binder: Binder;
  private result!: BindResult;
  private buffered: PSValue[] = [];
  private redirected: Redirected;
  streams: StreamHandlers;
  emit: Emit;
  private common: CommonSettings = {};

  constructor(
    readonly interp: Interpreter,
    readonly name: string,
    readonly body: ScriptBlock,
    readonly info: FunctionInfo | null,
    readonly args: CommandArgument[],
    readonly extent: A.Extent,
    readonly position: number,
    readonly expectingInput: boolean,
    readonly dotSource: boolean,
    redirections: A.RedirectionAst[],
    downstream: Emit,
  ) {
    this.binderCmd = binderCommandFromFunction(interp, name, body, info);
    this.binder = new Binder(this.binderCmd, errorContext(interp, this.binderCmd, extent));
    this.redirected = applyRedirections(interp, redirections, downstream);
    this.streams = this.redirected.streams;
    this.emit = this.redirected.emit;
  }

  private run(block: A.StatementBlockAst | null, dollarUnder: PSValue | undefined): void {
    if (!block) return;
    const interp = this.interp;
    const savedScope = interp.scope;
    const savedStreams = interp.streams;
    const savedSource = interp.source;
    interp.scope = this.scope;
    interp.streams = this.streams;
    interp.source = this.body.source;
    const savedFunction = interp.currentFunction;
    const savedCall = interp.currentCall;
    if (this.name) interp.currentFunction = this.name;
    interp.currentCall = { name: this.name, extent: this.extent, source: savedSource };
    if (dollarUnder !== undefined) {
      this.scope.setLocal('_', dollarUnder);
      this.scope.setLocal('PSItem', dollarUnder);
    }
    const out = this.common.outVariable;
    // A function call counts toward the call depth (limits.ts), as a script block's does.
    const guard = interp.guard;
    let entered = false;
    try {
      guard.enterCall();
      entered = true;
      interp.runStatements(block.statements, out ? (v) => { out.list.push(v); this.emit(v); } : this.emit);
    } catch (e) {
      // A failed Inquire prompt left the body's statements: at the call it is the call's terminating error.
      if (e instanceof PSRuntimeError && e.promptFailed) throw new PSRuntimeError(e.record);
      if (!(e instanceof ReturnSignal)) throw e;
    } finally {
      if (entered) guard.leaveCall();
      interp.scope = savedScope;
      interp.streams = savedStreams;
      interp.source = savedSource;
      interp.currentFunction = savedFunction;
      interp.currentCall = savedCall;
    }
  }

  private setParameters(values: Map<string, PSValue>): void {
    for (const p of this.binderCmd.parameters) {
      if (p.isCommon) continue;
      if (values.has(p.name)) this.scope.setLocal(p.name, values.get(p.name) ?? typedNull(p));
      else if (!this.scope.getLocal(p.name)) this.scope.setLocal(p.name, unboundParameterValue(p));
    }
    const bp = new PSHashtable();
    for (const [k, v] of values) bp.set(k, v);
    this.scope.setLocal('PSBoundParameters', bp);
  }

  begin(): void {
    this.scope = this.dotSource ? this.interp.scope : new Scope(this.interp.scope, 'function');
    this.result = this.binder.bindCommandLine(this.args, this.expectingInput, this.interp.rs.host, this.position);
    // Defaults are evaluated in the function's scope, after the bound parameters exist.
    const saved = this.interp.scope;
    this.interp.scope = this.scope;
    try {
      this.common = this.binderCmd.advanced ? commonSettings(this.interp, this.result.values) : {};
      this.setParameters(this.result.values);
      this.scope.setLocal('args', this.result.unbound);
      this.scope.setLocal('input', new PSEnumerator([], INPUT_TYPE));
      if (this.common.errorAction) this.scope.setLocal('ErrorActionPreference', this.common.errorAction);
      if (this.common.warningAction) this.scope.setLocal('WarningPreference', this.common.warningAction);
      if (this.common.progressAction) this.scope.setLocal('ProgressPreference', this.common.progressAction);
      if (this.common.verbose !== undefined) this.scope.setLocal('VerbosePreference', this.common.verbose ? 'Continue' : 'SilentlyContinue');
      if (this.common.debug !== undefined) this.scope.setLocal('DebugPreference', this.common.debug ? 'Continue' : 'SilentlyContinue');
      if (this.common.whatIf !== undefined) this.scope.setLocal('WhatIfPreference', this.common.whatIf);
      if (this.common.confirm !== undefined) this.scope.setLocal('ConfirmPreference', this.common.confirm ? 'Low' : 'None');
      this.scope.setLocal('MyInvocation', PSObject.fromRecord({ MyCommand: this.name, InvocationName: this.name, Line: '', ScriptName: '', PipelinePosition: this.position }));
      if (this.binderCmd.advanced) this.scope.setLocal('PSCmdlet', this.psCmdlet());
    } finally {
      this.interp.scope = saved;
    }
    this.run(this.body.ast.begin, undefined);
  }

  /** `$PSCmdlet` of an advanced function: ShouldProcess, ShouldContinue, WriteError, ThrowTerminatingError. */
  private psCmdlet(): PSObject {
    const interp = this.interp;
    const state: ShouldProcessState = { commandName: this.name, whatIf: false, confirm: undefined, confirmImpact: (this.binderCmd.confirmImpact as ShouldProcessState['confirmImpact']) ?? 'Medium', confirmPreference: 'High', yesToAll: false, noToAll: false };
    const method = (name: string, fn: (args: PSValue[]) => PSValue): PSValue => ({ psTypeNames: ['System.Management.Automation.PSMethod', 'System.Object'], toString: () => name, invoke: fn }) as unknown as PSValue;
    const o = new PSObject(['System.Management.Automation.PSScriptCmdlet', 'System.Management.Automation.PSCmdlet', 'System.Object']);
    o.addNoteProperty('ParameterSetName', this.result?.parameterSetName ?? '__AllParameterSets');
    o.addNoteProperty('MyInvocation', this.scope.getLocal('MyInvocation')?.value ?? null);
    o.addNoteProperty('ShouldProcess', method('ShouldProcess', (args) => {
      state.whatIf = toBool(interp.scope.lookup('WhatIfPreference')?.value ?? false);
      state.confirm = this.common.confirm;
      state.confirmPreference = interp.preference('ConfirmPreference', 'High');
      // ShouldProcess(verboseDescription, verboseWarning, caption): the caller's own texts.
      if (args.length >= 3)
        return shouldProcessDescribed(state, interp.rs.host, { description: toStr(args[0] ?? null), warning: toStr(args[1] ?? null), caption: toStr(args[2] ?? null) });
      return shouldProcess(state, interp.rs.host, toStr(args[0] ?? null), args.length > 1 ? toStr(args[1]) : this.name);
    }));
    o.addNoteProperty('ShouldContinue', method('ShouldContinue', (args) => shouldContinue(state, interp.rs.host, toStr(args[0] ?? null), toStr(args[1] ?? null))));
    o.addNoteProperty('WriteError', method('WriteError', (args) => {
      if (args[0] instanceof ErrorRecord) interp.writeError(args[0], interp.preference('ErrorActionPreference', 'Continue'), this.common.errorVariable ? [this.common.errorVariable.list] : []);
      return null;
    }));
    o.addNoteProperty('ThrowTerminatingError', method('ThrowTerminatingError', (args) => {
      if (args[0] instanceof ErrorRecord) throw new PSRuntimeError(args[0]);
      return null;
    }));
    o.addNoteProperty('WriteVerbose', method('WriteVerbose', (args) => {
      if (/^continue$/i.test(interp.preference('VerbosePreference', 'SilentlyContinue'))) interp.streams.verbose(new InformationalRecord('Verbose', toStr(args[0] ?? null), interp.invocation(undefined, this.name)));
      return null;
    }));
    o.addNoteProperty('WriteWarning', method('WriteWarning', (args) => {
      if (!/^(silentlycontinue|ignore)$/i.test(interp.preference('WarningPreference', 'Continue'))) interp.streams.warning(new InformationalRecord('Warning', toStr(args[0] ?? null), interp.invocation(undefined, this.name)));
      return null;
    }));
    return o;
  }

  process(input: Input): void {
    const ast = this.body.ast;
    const isFilter = this.info?.isFilter ?? false;
    const processBlock = ast.process ?? (isFilter ? ast.end : null);
    if (input === NO_INPUT) {
      if (processBlock) this.run(processBlock, null);
      return;
    }
    if (this.binderCmd.parameters.some((p) => !p.isCommon && Object.values(p.sets ?? {}).some((m) => m.valueFromPipeline || m.valueFromPipelineByPropertyName))) {
      const values = new Map(this.result.values);
      const bound = this.binder.bindPipelineInput(input, this.result, values);
      if (bound) {
        this.binder.checkMandatory(bound.set, values, new Set([...this.result.commandLineBound, ...bound.bound]), this.interp.rs.host, this.position, true);
        for (const n of bound.bound) this.scope.setLocal(n, values.get(n) ?? null);
      } else {
        // pwsh 7.6: as a cmdlet's, an object no pipeline parameter takes is InputObjectNotBound and skipped.
        const rec = recordFromCatalogue('InputObjectNotBound', [], { exceptionType: 'System.Management.Automation.ParameterBindingException', category: 'InvalidArgument', targetObject: input, commandName: this.name, fqidSuffix: this.binderCmd.fqidSuffix, invocation: this.interp.invocation(this.extent, this.name) });
        this.interp.writeError(rec, this.interp.preference('ErrorActionPreference', 'Continue'), this.common.errorVariable ? [this.common.errorVariable.list] : []);
        return;
      }
    }
    if (processBlock) {
      this.scope.setLocal('input', new PSEnumerator([input], INPUT_TYPE));
      this.run(processBlock, input);
    } else this.buffered.push(input);
  }

  end(): void {
    const ast = this.body.ast;
    const isFilter = this.info?.isFilter ?? false;
    if (isFilter && !ast.process) return;
    if (!ast.process || ast.end) {
      this.scope.setLocal('input', new PSEnumerator(this.buffered, INPUT_TYPE));
      if (ast.process) this.run(ast.end, undefined);
      else this.run(ast.end, undefined);
    }
  }

  finish(): void {
    this.redirected.finish();
  }
}

/** The first element being an expression: its value is enumerated into the next command. */
class ExpressionProcessor implements Processor {
  private redirected: Redirected;
  constructor(
    readonly interp: Interpreter,
    readonly expr: A.ExpressionAst,
    redirections: A.RedirectionAst[],
    downstream: Emit,
  ) {
    this.redirected = applyRedirections(interp, redirections, downstream);
  }
  begin(): void {}
  process(): void {
    const saved = this.interp.streams;
    this.interp.streams = this.redirected.streams;
    try {
      // `1..1e9 | ...`: pwsh's RangeEnumerator sends the numbers as it counts (Select-Object -First stops it).
      const range = this.interp.lazyRange(this.expr);
      if (range) this.interp.emitRange(range, this.redirected.emit);
      else {
        this.interp.voidResult = false;
        const value = this.interp.evalExpr(this.expr);
        // `[array]::Copy(...)` alone writes nothing: the method is void.
        if (!(this.expr.type === 'InvokeMemberExpression' && this.interp.voidResult)) enumerate(value, this.redirected.emit);
      }
    } finally {
      this.interp.streams = saved;
    }
  }
  end(): void {}
  finish(): void {
    this.redirected.finish();
  }
}

export interface PipelineRunner {
  run(): void;
}

/** Resolves the command an element names and creates its processor. */
function createProcessor(interp: Interpreter, el: A.CommandAst, position: number, expectingInput: boolean, downstream: Emit, session: SessionApi): Processor {
  const nameEl = el.elements[0];
  let target: PSValue;
  if (nameEl.type === 'StringConstant' && el.invocationOperator === null) target = nameEl.value;
  else if (nameEl.type === 'CommandParameter') target = '-' + nameEl.name;
  else target = interp.evalExpr(nameEl);
  const { args } = interp.evalCommandArguments(el.elements.slice(1));
  const dot = el.invocationOperator === '.';
  if (target instanceof ScriptBlock) {
    return new FunctionProcessor(interp, '', target, null, args, el.extent, position, expectingInput, dot, el.redirections, downstream);
  }
  if (target === null && el.invocationOperator) {
    throw new PSRuntimeError(recordFromCatalogue('BadExpression', [el.invocationOperator], { exceptionType: 'System.Management.Automation.RuntimeException', category: 'InvalidOperation', targetObject: null, invocation: interp.invocation(nameEl.extent) }));
  }
  const name = toStr(target);
  const resolved = resolveCommandName(interp, name);
  if (!resolved) {
    throw new PSRuntimeError(
      // No command (MyCommand and CategoryInfo.Activity are empty); InvocationName is what was typed,
      // or the operator for `& 'name'` / `. 'name'` (pwsh 7.6 ConciseView: `&: The term 'name' ...`).
      recordFromCatalogue('CommandNotFound', [name], { exceptionType: 'System.Management.Automation.CommandNotFoundException', category: 'ObjectNotFound', targetObject: name, invocation: { ...interp.invocation(nameEl.extent, null), invocationName: el.invocationOperator ?? name }, errorId: 'CommandNotFoundException' }),
    );
  }
  // `Get-Foo -?` shows help instead of running.
  if (args.some((a) => a.kind === 'named' && a.name === '?')) {
    const help = interp.rs.commands.cmdlet('Get-Help');
    if (help) return new CmdletProcessor(interp, help, [{ kind: 'named', name: 'Name', value: resolved.kind === 'function' ? resolved.fn.name : resolved.def.name, hasValue: true, splatted: false }], el.extent, position, false, el.redirections, downstream, session);
  }
  if (resolved.kind === 'function') {
    return new FunctionProcessor(interp, resolved.fn.name, resolved.fn.body, resolved.fn, args, el.extent, position, expectingInput, dot, el.redirections, downstream);
  }
  return new CmdletProcessor(interp, resolved.def, args, el.extent, position, expectingInput, el.redirections, downstream, session);
}

export type ResolvedCommand = { kind: 'function'; fn: FunctionInfo } | { kind: 'cmdlet'; def: CmdletDefinition };

/** about_Command_Precedence: alias, function, cmdlet (aliases may chain). */
export function resolveCommandName(interp: Interpreter, name: string): ResolvedCommand | null {
  let n = name;
  for (let i = 0; i < 10; i++) {
    const alias = interp.rs.commands.alias(n);
    if (!alias) break;
    n = alias.definition;
  }
  const fn = interp.findFunction(n);
  if (fn) return { kind: 'function', fn };
  const def = interp.rs.commands.cmdlet(n);
  if (def) return { kind: 'cmdlet', def };
  // Module-qualified names: `Microsoft.PowerShell.Utility\Write-Output`.
  const slash = n.lastIndexOf('\\');
  if (slash > 0) {
    const inner = interp.rs.commands.cmdlet(n.slice(slash + 1));
    if (inner) return { kind: 'cmdlet', def: inner };
  }
  return null;
}

/** Whether a pipeline element names the Out-Null cmdlet (directly, by alias or module-qualified). */
function isOutNull(interp: Interpreter, el: A.CommandAst): boolean {
  const nameEl = el.elements[0];
  if (nameEl.type !== 'StringConstant') return false;
  const resolved = resolveCommandName(interp, nameEl.value);
  return resolved?.kind === 'cmdlet' && resolved.def.name === 'Out-Null';
}

/** How many commands deep an object goes through a pipeline in one call chain (see buildPipeline). */
export const MAX_NESTED_STAGES = 64;

/** An object waiting for the command at `index`, with the interpreter state it was written in. */
interface Deferred {
  index: number;
  value: PSValue;
  scope: Scope;
  streams: StreamHandlers;
  source: string;
}

export function buildPipeline(interp: Interpreter, p: A.PipelineAst, emit: Emit): PipelineRunner {
  const session = (interp.rs as unknown as { session: SessionApi }).session;
  return {
    run() {
      let els = p.elements;
      // pwsh 7.6 (PipelineOps.InvokePipeline) never runs an Out-Null that ends a pipeline: alone it
      // does nothing at all (not even bind: `Out-Null -NoSuchParameter` is silent); after other
      // commands it is dropped and their output discarded, unless they redirect it themselves.
      const last = els[els.length - 1];
      if (last.type === 'Command' && isOutNull(interp, last)) {
        interp.evalCommandArguments(last.elements.slice(1));
        if (els.length === 1) return;
        const before = els[els.length - 2];
        if (!before.redirections.some((r) => r.type !== 'MergingRedirection' && (r.from === 'output' || r.from === 'all'))) {
          els = els.slice(0, -1);
          emit = () => undefined;
        }
      }
      const processors: Processor[] = new Array(els.length);
      // pwsh 7.6: begin blocks run first to last, but output written in a begin block reaches a
      // command whose begin has not run yet: that command begins then, before processing it.
      const begun = new Set<Processor>();
      // A command whose begin failed takes no input: what reaches it fails the same way (never a half-begun command).
      const failedBegin = new Map<Processor, unknown>();
      const startOnce = (p: Processor) => {
        if (begun.has(p)) {
          if (failedBegin.has(p)) throw failedBegin.get(p);
          return;
        }
        begun.add(p);
        try {
          p.begin();
        } catch (e) {
          failedBegin.set(p, e);
          throw e;
        }
      };
      // PipelineStoppedSignal (Select-Object -First): the command that threw it and those after it
      // still end; the commands before it are abandoned.
      let stoppedAt = -1;
      const deliver = (index: number, v: PSValue) => {
        const next = processors[index];
        interp.pipelineDepth++;
        try {
          startOnce(next);
          next.process(v);
        } catch (e) {
          if (e instanceof PipelineStoppedSignal && stoppedAt < 0) stoppedAt = index;
          throw e;
        } finally {
          interp.pipelineDepth--;
        }
      };
      // An object goes through the commands one call inside the other, as in pwsh, which takes a JS stack
      // frame or so per command: past MAX_NESTED_STAGES commands deep (a pipeline of 1,000 `% {$_}`) it
      // waits in this queue until the first command's call returns, so that the stack never holds more.
      // (The commands past that depth then see each object after the commands before them have finished
      // with it; the order of the objects through each command is kept.)
      const base = interp.pipelineDepth;
      const queue: Deferred[] = [];
      let head = 0;
      const drain = () => {
        while (head < queue.length) {
          const item = queue[head];
          queue[head++] = undefined as unknown as Deferred;
          if (stoppedAt >= 0 && item.index <= stoppedAt) continue;
          const saved = { scope: interp.scope, streams: interp.streams, source: interp.source };
          interp.scope = item.scope;
          interp.streams = item.streams;
          interp.source = item.source;
          try {
            deliver(item.index, item.value);
          } finally {
            interp.scope = saved.scope;
            interp.streams = saved.streams;
            interp.source = saved.source;
          }
        }
        queue.length = 0;
        head = 0;
      };
      let downstream: Emit = emit;
      for (let i = els.length - 1; i >= 0; i--) {
        const el = els[i];
        let proc: Processor;
        if (el.type === 'CommandExpression') proc = new ExpressionProcessor(interp, el.expression, el.redirections, downstream);
        else proc = createProcessor(interp, el, i + 1, i > 0, downstream, session);
        processors[i] = proc;
        const index = i;
        downstream = (v: PSValue) => {
          const depth = interp.pipelineDepth - base;
          if (depth >= MAX_NESTED_STAGES) {
            queue.push({ index, value: v, scope: interp.scope, streams: interp.streams, source: interp.source });
            return;
          }
          deliver(index, v);
          if (depth === 0) drain();
        };
      }
      try {
        // pwsh 7.6 (PipelineProcessor.Start): every command binds its arguments first, so that a binding error
        // stops the pipeline before any begin block runs (`1 | % -Begin {'s'} | Measure-Object - Sum` prints no 's').
        for (const proc of processors) proc.prepare?.();
        for (const proc of processors) startOnce(proc);
        try {
          processors[0].process(NO_INPUT);
        } catch (e) {
          if (!(e instanceof PipelineStoppedSignal)) throw e;
          if (stoppedAt < 0) stoppedAt = 0;
        }
        for (let i = Math.max(0, stoppedAt); i < processors.length; i++) {
          try {
            drain();
            processors[i].end();
          } catch (e) {
            if (!(e instanceof PipelineStoppedSignal)) throw e;
          }
        }
      } finally {
        for (const proc of processors) proc?.finish();
      }
    },
  };
}

export { formatMessage, convertTo };

/**
 * A typed function parameter holding $null: the type's conversion of null, as a cast gives it.
 * pwsh 7.6: `function f([int]$i, [string]$s, [bool]$b) {}; f` gives 0, '' and False; [datetime] and reference types stay $null.
 */
function typedNull(p: BinderParameter): PSValue {
  if (!p.scriptType) return null;
  try {
    return convertTo(null, p.scriptType);
  } catch {
    return null;
  }
}

/** pwsh 7.6: `$input.GetType().FullName` in a function. */
const INPUT_TYPE = ['System.Collections.ArrayList+ArrayListEnumeratorSimple', 'System.Object'];

/**
 * The evaluator: walks the AST (lang-spec chapters 7-8) with pwsh semantics. Statements write to an
 * `emit` sink (the pipeline's output); expressions return values. Control flow (break, continue,
 * return, exit) and terminating errors travel as JS exceptions.
 */
import { internalErrorRecord, isInternalDefect } from '../internal-error';
import type * as A from '../../language/ast';
import { PSHashtable, PSObject, isDeserializedEnum, typeNamesOf, type PSValue } from '../values';
import { formatMessage } from '../messages';
import { ScriptBlock } from '../scriptblock';
import { PSEnumerator, PSRangeEnumerator } from '../enumerator';
import { groupByName, invalidRegexError } from '../regex';
import { Scope, type FunctionInfo } from '../scope';
import {
  convertTo,
  isOfType,
  toBool,
  toCustomObject,
  toStr,
  toNumber,
  resolveTypeName,
  makeArrayList,
  typeObject,
  typedArrayElement,
  multiDimOffset,
  fullTypeNameOf,
  isArrayList,
} from '../conversion';
import { getProperty, hasProperty, memberCollections, setProperty } from '../properties';
import { construct, getStaticMember, invokeMethod, invokeStaticMethod, isVoidInstanceMethod, isVoidStaticMethod, runtimeType, setStaticMember, staticMethodReference, type DotNetContext } from '../dotnet';
import {
  BreakSignal,
  argumentOutOfRange,
  ContinueSignal,
  ErrorRecord,
  ExceptionObject,
  ExitSignal,
  PSRuntimeError,
  ReturnSignal,
  exceptionTypeChain,
  recordFromCatalogue,
  runtimeError,
  transformationMetadataError,
  wrappedInRuntimeException,
} from '../errors';
import { FileSystemError } from '../services';
import { binaryOperator, unaryOperator, matchesTable, toRegex, wildcardMatch, add, isCharRange, numericRangeBounds } from './operators';
import type { Emit, StreamHandlers } from '../streams';
import type { RunspaceCore } from '../runspace-core';
import { buildPipeline, type CommandArgumentSource } from '../pipeline';
import { DEFAULT_LIMITS, RunGuard, limitErrorOf } from '../limits';
import { AppendWatch } from './append';
import type { CommandArgument } from '../binder/binder';

/** Marker for "no pipeline input" (a command at the start of a pipeline). */
export const NO_INPUT: unique symbol = Symbol('NoInput');

function isPureExpressionStatement(s: A.StatementAst): A.ExpressionAst | null {
  if (s.type === 'Pipeline' && s.elements.length === 1 && s.elements[0].type === 'CommandExpression' && s.elements[0].redirections.length === 0) {
    return s.elements[0].expression;
  }
  return null;
}

/** Output collected from a statement as one value: nothing -> $null, one -> itself, more -> array. */
export function unwrap(values: PSValue[]): PSValue {
  return values.length === 0 ? null : values.length === 1 ? values[0] : values;
}

/** What a pipeline sends on for a value: arrays are enumerated one level. */
export function enumerate(v: PSValue, emit: Emit): void {
  if (Array.isArray(v)) for (const x of v) emit(x);
  // A byte[] is an IEnumerable like any array: the pipeline sends its bytes one by one.
  else if (v instanceof Uint8Array) for (const b of v) emit(b);
  else emit(v);
}

/** A value as string expansion writes it: like toStr, but a deserialized enum gives its number ("$e" is 5 in pwsh, [string]$e is Friday). */
const NUMERIC_CAST = /^(system\.)?(int|int16|int32|int64|long|uint16|uint32|uint64|byte|sbyte|double|single|float|decimal)$/;
const isCharCast = (e: A.ExpressionAst): boolean => e.type === 'ConvertExpression' && /^(system\.)?char$/i.test(e.typeName);

function expansionText(v: PSValue, ofs: string): string {
  if (isDeserializedEnum(v)) return String(v.numeric);
  // One level only: a nested array is named, as [string] does (pwsh 7.6: "$((1,2),3)" is 'System.Object[] 3').
  if (Array.isArray(v)) return v.map((x) => (Array.isArray(x) ? fullTypeNameOf(x) : expansionText(x, ofs))).join(ofs);
  return toStr(v, ofs);
}

export interface InvokeOptions {
  /** `$_` for the block. */
  dollarUnder?: PSValue;
  args?: PSValue[];
  /** Run in the current scope (dot-sourcing, ForEach-Object/Where-Object blocks). */
  dotSource?: boolean;
  input?: PSValue[];
  /** Extra variables to define in the block's scope. */
  variables?: Record<string, PSValue>;
}

const RUNTIME_EXCEPTION = new ExceptionObject('System.Management.Automation.RuntimeException', '');

export class Interpreter implements DotNetContext {
  scope: Scope;
  streams: StreamHandlers;
  /** The errors whose catch blocks are running, innermost last (`throw` alone rethrows the last). */
  readonly caught: PSRuntimeError[] = [];
  /** > 0 while inside a try block: statement-terminating errors go to its catch. */
  tryDepth = 0;
  /** Set when a non-terminating error is written; becomes $? = False at the end of the statement. */
  failed = false;
  /** The source text being run (for error positions). */
  source = '';
  /** The innermost function running (Write-Error's FullyQualifiedErrorId suffix). */
  currentFunction: string | null = null;
  /**
   * The innermost function or script block call running: its $MyInvocation (the function's name,
   * '' for a script block, and where it was called). Write-Error takes it for its records.
   */
  currentCall: { name: string; extent: A.Extent; source: string } | null = null;
  /** The method call just evaluated returned void: as a statement it writes nothing (not even $null). */
  voidResult = false;
  /** The run's limits and stop conditions (call depth, time, signal, Ctrl+C); the runspace sets one per invoke. */
  guard: RunGuard;
  /** How many pipeline commands are processing an object, one inside the other (pipeline.ts keeps it bounded). */
  pipelineDepth = 0;

  constructor(readonly rs: RunspaceCore) {
    this.scope = rs.globalScope;
    this.streams = rs.baseStreams;
    this.guard = new RunGuard(DEFAULT_LIMITS, undefined, undefined, () => rs.host.stopRequested?.() ?? false);
  }

  get services() {
    return this.rs.services;
  }

  // -------------------------------------------------------------------------------------------
  // Errors

  /** Turns a JS error from a service or a bug into a terminating PowerShell error. */
  toPSError(e: unknown): PSRuntimeError | null {
    if (e instanceof PSRuntimeError) return e;
    // JavaScript's own limits (a stack overflow the depth counter missed, a string past V8's maximum) as pwsh's records.
    const limit = limitErrorOf(e);
    if (limit) return limit;
    if (e instanceof BreakSignal || e instanceof ContinueSignal || e instanceof ReturnSignal || e instanceof ExitSignal) return null;
    if (e instanceof FileSystemError) {
      const type = e.code === 'ItemNotFound' ? 'System.IO.FileNotFoundException' : e.code === 'AccessDenied' ? 'System.UnauthorizedAccessException' : 'System.IO.IOException';
      return new PSRuntimeError(new ErrorRecord({ exception: new ExceptionObject(type, e.message), errorId: e.code === 'ItemNotFound' ? 'PathNotFound' : e.code, category: e.code === 'ItemNotFound' ? 'ObjectNotFound' : e.code === 'AccessDenied' ? 'PermissionDenied' : 'WriteError', targetObject: e.path }));
    }
    // A JavaScript defect (TypeError, a failed assertion...) is reported as such, never in JavaScript's words as pwsh's.
    if (isInternalDefect(e)) {
      const at = this.sequencePoint?.extent;
      return new PSRuntimeError(internalErrorRecord(e, { commandText: at ? this.source.slice(at.start, at.end) : this.source }));
    }
    if (e instanceof Error && e.name !== 'PipelineStopped') {
      return new PSRuntimeError(new ErrorRecord({ exception: new ExceptionObject('System.Management.Automation.RuntimeException', e.message), errorId: 'RuntimeException', category: 'NotSpecified' }));
    }
    return null;
  }

  /**
   * Adds to $Error (newest first), as pwsh does for every error that is not ignored. pwsh 7.6
   * (ExecutionContext.AppendDollarError) skips a record whose exception is already $Error[0]'s:
   * `catch { throw $_.Exception }` and `catch { Write-Error -ErrorRecord $_ }` leave one entry.
   */
  recordError(record: ErrorRecord, again = false): void {
    const list = this.rs.errorList;
    const head = list[0];
    if (!again && head instanceof ErrorRecord) {
      if (head === record || head.exception === record.exception) return;
      const original = record.containerOf;
      if (original && (head === original || head.exception === original.exception)) return;
    }
    list.unshift(record);
    if (list.length > 256) list.length = 256;
  }

  /** A non-terminating error after -ErrorAction / $ErrorActionPreference. */
  writeError(record: ErrorRecord, action: string, errorVariables: PSValue[][] = []): void {
    const a = action.toLowerCase();
    if (a === 'ignore') return;
    for (const ev of errorVariables) ev.push(record);
    this.failed = true;
    if (a === 'stop') {
      // pwsh 7.6: the error goes to $Error as written; uncaught, the halt adds it once more.
      this.recordError(record);
      const err = new PSRuntimeError(record);
      err.scriptTerminating = true;
      err.recorded = true;
      err.recordAgain = true;
      throw err;
    }
    if (a === 'inquire' && this.rs.host.interactive) {
      // pwsh 7.6 (MshCommandRuntime.InquireHelper): caption Confirm, the error's message, no question.
      const choice = this.rs.host.promptForChoice('Confirm', record.message, [{ label: '&Yes' }, { label: 'Yes to &All' }, { label: '&Halt Command' }, { label: '&Suspend' }], 0);
      if (choice === 2) {
        const comma = record.fullyQualifiedErrorId.indexOf(',');
        const halted = recordFromCatalogue('ActionPreferenceStopByUser', [], {
          exceptionType: 'System.Management.Automation.ActionPreferenceStopException',
          category: 'OperationStopped',
          commandName: record.invocation.commandName,
          fqidSuffix: comma >= 0 ? record.fullyQualifiedErrorId.slice(comma + 1) : null,
          invocation: record.invocation,
        });
        const err = new PSRuntimeError(halted);
        err.scriptTerminating = true;
        throw err;
      }
    }
    this.recordError(record);
    if (a !== 'silentlycontinue') this.streams.error(record);
  }

  preference(name: string, fallback: string): string {
    const v = this.scope.lookup(name);
    if (!v) return fallback;
    const val = v.getter ? v.getter() : v.value;
    return toStr(val) || fallback;
  }

  invocation(extent?: A.Extent, commandName: string | null = null) {
    return { commandName, extent, source: this.source };
  }

  /** Attaches a position to an error raised while evaluating a node (first position wins). */
  /**
   * The statement an expression's error is shown at: pwsh positions a script's own errors (null array,
   * null method call, a failed .NET call or cast) at its sequence point, the whole pipeline or
   * assignment statement (or an `if`/loop condition), not at the failing sub-expression (pwsh 7.6:
   * `$x = $r[4].Foo + 1` underlines the whole line). Null outside those (the expression's own extent).
   */
  private sequencePoint: { extent: A.Extent } | null = null;

  /** withPosition for an expression's error: at the current sequence point when there is one. */
  private atSequencePoint(e: unknown, node: { extent: A.Extent }): unknown {
    return this.withPosition(e, this.sequencePoint ?? node);
  }

  private withPosition(e: unknown, node: { extent: A.Extent }): unknown {
    if (e instanceof PSRuntimeError && !e.record.invocation.extent && !e.record.invocation.noPosition) {
      const r = e.record;
      const fresh = r.withInvocation({ ...r.invocation, ...this.invocation(node.extent, r.invocation.commandName) });
      const ne = new PSRuntimeError(fresh);
      ne.recorded = e.recorded;
      ne.scriptTerminating = e.scriptTerminating;
      ne.recorded = e.recorded;
      ne.recordAgain = e.recordAgain;
      return ne;
    }
    return e;
  }

  // -------------------------------------------------------------------------------------------
  // Statements

  runStatements(statements: A.StatementAst[], emit: Emit): void {
    if (!statements.some((s) => s.type === 'Trap')) {
      for (const s of statements) this.runStatement(s, emit);
      return;
    }
    this.runTrapped(statements, statements.filter((s): s is A.TrapStatementAst => s.type === 'Trap'), emit);
  }

  /**
   * A block with `trap` statements (about_Trap): a terminating error in any of its statements runs the
   * first trap whose type matches, with $_ the error. The trap's `continue` resumes at the next
   * statement silently; `break` rethrows the error; otherwise the error is written and the next
   * statement runs. The error goes to $Error in every case.
   */
  private runTrapped(statements: A.StatementAst[], traps: A.TrapStatementAst[], emit: Emit): void {
    for (const s of statements) this.runStatementTrapped(s, traps, emit);
  }

  /** One statement of a block that has traps (the script's top level runs its statements one by one). */
  runStatementTrapped(s: A.StatementAst, traps: A.TrapStatementAst[], emit: Emit, flush?: () => void): void {
    {
      if (s.type === 'Trap' || !traps.length) return s.type === 'Trap' ? undefined : this.runStatement(s, emit, flush);
      let err: PSRuntimeError | null = null;
      this.tryDepth++;
      try {
        this.runStatement(s, emit);
      } catch (e) {
        err = this.toPSError(e);
        if (!err) throw e;
        err = this.withPosition(err, s) as PSRuntimeError;
      } finally {
        this.tryDepth--;
      }
      if (!err) return;
      const record = err.record;
      const trap = this.findHandler(traps, (t) => (t.typeName ? [t.typeName] : []), record);
      if (!trap) throw err;
      if (!err.recorded) this.recordError(record);
      err.recorded = true;
      let action: 'write' | 'continue' | 'break' = 'write';
      const saved = this.scope.lookup('_');
      // pwsh 7.6: a trap sees a .NET method's own exception, not the MethodInvocationException around it
      // (`trap { "$_" } 'abc'.Substring(5)` prints "startIndex cannot be larger than length of string...").
      const inner = record.exception.get('InnerException');
      const seen = record.exception.typeName === 'System.Management.Automation.MethodInvocationException' && inner instanceof ExceptionObject
        ? new ErrorRecord({ exception: inner, errorId: record.errorId, category: record.category, targetObject: record.targetObject, invocation: record.invocation })
        : record;
      this.scope.setLocal('_', seen);
      try {
        this.runStatements(trap.body.statements, emit);
      } catch (signal) {
        if (signal instanceof ContinueSignal && !signal.label) action = 'continue';
        else if (signal instanceof BreakSignal && !signal.label) action = 'break';
        else throw signal;
      } finally {
        this.scope.setLocal('_', saved ? saved.value : null);
      }
      if (action === 'break') {
        // pwsh 7.6 records the error again as the trap rethrows it, unless `throw` raised it.
        if (!record.fromThrowStatement) this.rs.errorList.unshift(record);
        // pwsh 7.6 then names it `ParentContainsErrorRecordException:` (`trap { break } 1/0`), unless `throw` raised it.
        if (!record.exception.wasThrownFromThrowStatement) record.shownExceptionType = 'System.Management.Automation.ParentContainsErrorRecordException';
        err.scriptTerminating = true;
        throw err;
      }
      flush?.(); // the trap's output shows before the error it writes
      if (action === 'write') this.streams.error(record);
      this.setQuestion(false);
    }
  }

  /**
   * Runs one statement; a statement-terminating error is reported here unless a try is active. `flush` shows the
   * output the statement wrote before the error (a script's top-level statement: pwsh streams it as it comes).
   */
  runStatement(s: A.StatementAst, emit: Emit, flush?: () => void): void {
    this.failed = false;
    const savedPoint = this.sequencePoint;
    this.sequencePoint = s.type === 'Pipeline' || s.type === 'PipelineChain' || s.type === 'Assignment' ? s : null;
    try {
      this.execStatement(s, emit);
      if (s.type === 'Pipeline' || s.type === 'PipelineChain' || s.type === 'Assignment') this.setQuestion(!this.failed);
    } catch (e) {
      const err = this.toPSError(e);
      if (!err) throw e;
      const positioned = this.withPosition(err, s) as PSRuntimeError;
      const preference = this.preference('ErrorActionPreference', 'Continue').toLowerCase();
      // pwsh 7.6 (ExceptionHandlingOps.CheckActionPreference): with no try or trap around it, a
      // statement's terminating error, a `throw` included, is only recorded under SilentlyContinue
      // or Ignore, and the script goes on (`$ErrorActionPreference = 'SilentlyContinue'; 1/0; 'after'`).
      if (this.tryDepth === 0 && (preference === 'silentlycontinue' || preference === 'ignore') && (!positioned.scriptTerminating || s.type === 'Throw')) {
        if (!positioned.recorded) this.recordError(positioned.record);
        this.setQuestion(false);
        return;
      }
      if (this.tryDepth > 0 || positioned.scriptTerminating) throw positioned;
      let action = preference;
      if (preference === 'inquire') {
        // pwsh 7.6 (ExceptionHandlingOps.InquireForActionPreference): asks what to do; with nobody to ask the
        // prompt fails and the error is recorded, the failure leaving the script block (promptFailure).
        if (!this.rs.host.interactive) {
          if (!positioned.recorded) this.recordError(positioned.record);
          throw this.promptFailure();
        }
        const choice = this.rs.host.promptForChoice('Action to take for this exception:', positioned.record.message, [{ label: '&Continue' }, { label: 'Silently Cont&inue' }, { label: '&Break' }, { label: '&Suspend' }], 0);
        action = choice === 1 ? 'silentlycontinue' : choice === 2 ? 'stop' : 'continue';
        if (action === 'silentlycontinue') {
          if (!positioned.recorded) this.recordError(positioned.record);
          this.setQuestion(false);
          return;
        }
      }
      if (action === 'stop') {
        // pwsh 7.6: under $ErrorActionPreference = 'Stop' a statement-terminating error ends the script,
        // and (uncaught) is in $Error twice, as for a command stopped by the preference.
        this.recordError(positioned.record);
        // Stopped, it reaches the host as ActionPreferenceStopException's record: ConciseView names a
        // bare runtime error `ParentContainsErrorRecordException:` (pwsh 7.6), as for a trap's break.
        if (!positioned.record.fromThrowStatement) positioned.record.shownExceptionType = 'System.Management.Automation.ParentContainsErrorRecordException';
        positioned.recorded = true;
        positioned.recordAgain = true;
        positioned.scriptTerminating = true;
        throw positioned;
      }
      flush?.();
      this.reportTerminating(positioned);
    } finally {
      this.sequencePoint = savedPoint;
    }
  }

  /**
   * The NonInteractive prompt failure of $ErrorActionPreference = 'Inquire' (pwsh 7.6): InvalidOperation
   * of the command running this script block, a function (`InvalidOperation,f`) or the typed script
   * itself (MyCommand is its text, or a script file's name, which ConciseView prints before the message).
   */
  private promptFailure(): PSRuntimeError {
    const call = this.currentCall;
    const options = { exceptionType: 'System.Management.Automation.PSInvalidOperationException', category: 'InvalidOperation' as const, errorId: 'InvalidOperation' };
    let record = call?.name
      ? recordFromCatalogue('NonInteractivePrompt', [], { ...options, commandName: call.name, fqidSuffix: call.name, invocation: { commandName: call.name, extent: call.extent, source: call.source } })
      : recordFromCatalogue('NonInteractivePrompt', [], { ...options, invocation: { commandName: null, noPosition: true, scriptCommand: true } });
    if (!call?.name) record = record.withActivity(this.source);
    const err = new PSRuntimeError(record);
    err.scriptTerminating = true;
    err.promptFailed = true;
    return err;
  }

  /** A terminating error nobody caught: to $Error and the error stream; $? becomes False. */
  reportTerminating(err: PSRuntimeError): void {
    if (!err.recorded) this.recordError(err.record);
    if (err.recordAgain) this.recordError(err.record, true);
    err.recorded = true;
    err.recordAgain = false;
    this.streams.error(err.record);
    this.setQuestion(false);
  }

  setQuestion(ok: boolean): void {
    this.rs.globalScope.setLocal('?', ok);
    this.failed = !ok;
  }

  private execStatement(s: A.StatementAst, emit: Emit): void {
    switch (s.type) {
      case 'Pipeline':
        return this.runPipeline(s, emit);
      case 'PipelineChain':
        return this.runChain(s, emit);
      case 'Assignment':
        this.assign(s);
        return;
      case 'If': {
        for (const c of s.clauses) {
          if (toBool(this.conditionValue(c.condition))) {
            this.runStatements(c.body.statements, emit);
            return;
          }
        }
        if (s.elseBody) this.runStatements(s.elseBody.statements, emit);
        return;
      }
      case 'ForEach':
        return this.runForEach(s, emit);
      case 'For':
        return this.runFor(s, emit);
      case 'While':
        return this.runLoop(s.label, () => toBool(this.conditionValue(s.condition)), s.body, emit, false);
      case 'DoLoop':
        return this.runLoop(s.label, () => (s.until ? !toBool(this.conditionValue(s.condition)) : toBool(this.conditionValue(s.condition))), s.body, emit, true);
      case 'Switch':
        return this.runSwitch(s, emit);
      case 'Try':
        return this.runTry(s, emit);
      case 'Throw':
        return this.runThrow(s);
      case 'Return':
        if (s.value) this.runChainOrPipeline(s.value, emit);
        throw new ReturnSignal();
      case 'Break':
        throw new BreakSignal(s.label);
      case 'Continue':
        throw new ContinueSignal(s.label);
      case 'Exit': {
        const v = s.value ? unwrap(this.collect(s.value)) : 0;
        throw new ExitSignal(v === null ? 0 : Math.trunc(toNumber(v)));
      }
      case 'TypeDefinition':
        // PowerShell classes and enums are outside the emulated language (docs/pwsh-differences.md): a clear
        // error with pwsh's category for what a host does not support, never a silent no-op.
        throw this.at(runtimeError('TypeDefinitionNotSupported', [s.kind, s.name], 'NotImplemented', 'System.NotSupportedException'), s);
      case 'FunctionDefinition': {
        // `function global:f` / `script:f` / `local:f`: the scope prefix picks where f is defined.
        const m = /^(global|script|local|private):(.+)$/i.exec(s.name);
        const name = m ? m[2] : s.name;
        const where = m?.[1].toLowerCase();
        const target = where === 'global' ? this.rs.globalScope : where === 'script' ? this.scope.script : this.scope;
        target.functions.set(name.toLowerCase(), { name, body: new ScriptBlock(s.body, this.source), isFilter: s.isFilter, parametersAst: s.parameters });
        return;
      }
      case 'StatementBlock':
        return this.runStatements(s.statements, emit);
      case 'Trap':
        return; // runStatements gives traps to the statements of their block
    }
  }

  private runChainOrPipeline(p: A.PipelineAst | A.PipelineChainAst, emit: Emit): void {
    if (p.type === 'Pipeline') this.runPipeline(p, emit);
    else this.runChain(p, emit);
  }

  private runChain(s: A.PipelineChainAst, emit: Emit): void {
    this.failed = false;
    try {
      this.runChainOrPipeline(s.left, emit);
    } catch (e) {
      const err = this.toPSError(e);
      if (!err || this.tryDepth > 0 || err.scriptTerminating) throw err ?? e;
      this.reportTerminating(err);
    }
    const ok = !this.failed;
    this.setQuestion(ok);
    if ((s.operator === '&&') === ok) {
      this.failed = false;
      this.runPipeline(s.right, emit);
    }
  }

  private conditionValue(p: A.PipelineAst | A.PipelineChainAst): PSValue {
    const savedPoint = this.sequencePoint;
    this.sequencePoint = p;
    try {
      return unwrap(this.collect(p));
    } finally {
      this.sequencePoint = savedPoint;
    }
  }

  /** Output of a statement as a list. */
  collect(s: A.StatementAst): PSValue[] {
    const out: PSValue[] = [];
    this.execStatement(s, (v) => out.push(v));
    return out;
  }

  /** The value of a statement used as an expression (`$x = <statement>`): pure expressions keep their value. */
  statementValue(s: A.StatementAst): PSValue {
    const e = isPureExpressionStatement(s);
    if (e) return this.evalExpr(e);
    // pwsh 7.6: an assignment as a value (`$a = $b = 2`) assigns, then is the value the target holds.
    if (s.type === 'Assignment') {
      const v = this.assign(s);
      const t = s.target.type === 'ConvertExpression' ? s.target.operand : s.target;
      return t.type === 'Variable' ? this.evalExpr(t) : v;
    }
    return unwrap(this.collect(s));
  }

  private labelMatches(signal: BreakSignal | ContinueSignal, label: string | null): boolean {
    return signal.label === null || (label !== null && signal.label.toLowerCase() === label.toLowerCase());
  }

  /** Ctrl+C, a time limit or an abort signal: polled (cheaply) per loop iteration, call and cmdlet call. */
  checkStop(): void {
    this.guard.tick();
  }

  /** Runs a loop body once; returns 'break' / 'continue' / null. */
  private loopBody(label: string | null, body: A.StatementBlockAst, emit: Emit): 'break' | null {
    this.checkStop();
    try {
      this.runStatements(body.statements, emit);
    } catch (e) {
      if (e instanceof BreakSignal && this.labelMatches(e, label)) return 'break';
      if (e instanceof ContinueSignal && this.labelMatches(e, label)) return null;
      throw e;
    }
    return null;
  }

  private runForEach(s: A.ForEachStatementAst, emit: Emit): void {
    // `foreach ($i in 1..1e9)`: pwsh counts (RangeEnumerator), it never makes the array.
    const pure = isPureExpressionStatement(s.iterable);
    const lazy = pure ? this.lazyRange(pure) : null;
    let en: PSEnumerator;
    if (lazy && 'from' in lazy) en = new PSRangeEnumerator(lazy.from, lazy.to);
    else {
      const v = lazy ? lazy.items : this.statementValue(s.iterable);
      const items = Array.isArray(v) ? [...v] : v === null ? [] : v instanceof PSHashtable ? [v] : [v];
      // $foreach is the loop's enumerator: MoveNext() skips an item, Reset() starts over.
      en = new PSEnumerator(items);
    }
    const saved = this.scope.getLocal('foreach') ? { value: this.scope.getLocal('foreach')!.value } : null;
    this.scope.setLocal('foreach', en);
    try {
      while (en.moveNext()) {
        this.setVariable(s.variable, en.current);
        if (this.loopBody(s.label, s.body, emit) === 'break') break;
      }
    } finally {
      if (saved) this.scope.setLocal('foreach', saved.value);
      else this.scope.remove('foreach');
    }
  }

  private runFor(s: A.ForStatementAst, emit: Emit): void {
    if (s.initializer) this.execStatement(s.initializer, () => undefined);
    for (;;) {
      if (s.condition && !toBool(this.conditionValue(s.condition))) break;
      if (this.loopBody(s.label, s.body, emit) === 'break') break;
      if (s.iterator) this.execStatement(s.iterator, () => undefined);
    }
  }

  private runLoop(label: string | null, cond: () => boolean, body: A.StatementBlockAst, emit: Emit, bodyFirst: boolean): void {
    if (bodyFirst) {
      do {
        if (this.loopBody(label, body, emit) === 'break') return;
      } while (cond());
      return;
    }
    while (cond()) if (this.loopBody(label, body, emit) === 'break') return;
  }

  private runSwitch(s: A.SwitchStatementAst, emit: Emit): void {
    let subject: PSValue;
    if (s.flags.file) {
      subject = this.services.fs.readText(this.services.fs.resolve(toStr(this.statementValue(s.subject)))).split(/\r?\n/).filter((l, i, a) => !(i === a.length - 1 && l === ''));
    } else subject = this.statementValue(s.subject);
    const items = Array.isArray(subject) ? subject : [subject];
    const under = this.scope.lookup('_');
    const saved = under ? { value: under.value } : null;
    const cs = s.flags.caseSensitive;
    // $switch is the statement's enumerator: MoveNext() skips an item, Reset() starts over.
    const en = new PSEnumerator(items);
    const savedSwitch = this.scope.getLocal('switch') ? { value: this.scope.getLocal('switch')!.value } : null;
    this.scope.setLocal('switch', en);
    try {
      this.switchItems(s, en, cs, emit);
    } finally {
      if (savedSwitch) this.scope.setLocal('switch', savedSwitch.value);
      else this.scope.remove('switch');
      if (saved) this.scope.setLocal('_', saved.value);
    }
  }

  private switchItems(s: A.SwitchStatementAst, en: PSEnumerator, cs: boolean, emit: Emit): void {
    outer: while (en.moveNext()) {
      // A loop like another ($switch.Reset() can make it endless): Ctrl+C and the time limit stop it.
      this.checkStop();
      const item = en.current;
      this.scope.setLocal('_', item);
      let matched = false;
      for (const clause of s.clauses) {
        let hit: boolean;
        if (clause.pattern.type === 'ScriptBlockExpression') {
          hit = toBool(unwrap(this.invokeBlock(new ScriptBlock(clause.pattern.scriptBlock, this.source), { dollarUnder: item, dotSource: true })));
        } else {
          const pv = this.evalExpr(clause.pattern);
          if (s.flags.regex) {
            const pattern = toStr(pv);
            let re: RegExp;
            try {
              re = toRegex(pattern, cs);
            } catch (e) {
              // pwsh 7.6 shows the clause's pattern as the error's position, not the switch statement.
              throw this.withPosition(invalidRegexError(e, pattern), clause.pattern);
            }
            const m = re.exec(toStr(item));
            hit = !!m;
            if (m) this.scope.setLocal('Matches', matchesTable(m, re));
          } else if (s.flags.wildcard) hit = wildcardMatch(toStr(item), toStr(pv), cs);
          else if (typeof item === 'string' || typeof pv === 'string') hit = cs ? toStr(item) === toStr(pv) : toStr(item).toLowerCase() === toStr(pv).toLowerCase();
          else hit = binaryOperator(cs ? '-ceq' : '-eq', item, pv, this.operatorContext) === true;
        }
        if (!hit) continue;
        matched = true;
        try {
          this.runStatements(clause.body.statements, emit);
        } catch (e) {
          if (e instanceof BreakSignal && this.labelMatches(e, s.label)) break outer;
          if (e instanceof ContinueSignal && this.labelMatches(e, s.label)) continue outer;
          throw e;
        }
      }
      if (!matched && s.defaultBody) {
        try {
          this.runStatements(s.defaultBody.statements, emit);
        } catch (e) {
          if (e instanceof BreakSignal && this.labelMatches(e, s.label)) break outer;
          if (e instanceof ContinueSignal && this.labelMatches(e, s.label)) continue outer;
          throw e;
        }
      }
    }
  }

  /**
   * The handler for an error among `catch` clauses (or traps), as pwsh's FindMatchingHandler picks it:
   * first by the exception's InnerException (a typed clause only), then by the exception itself.
   */
  private findHandler<T>(handlers: T[], typesOf: (h: T) => string[], record: ErrorRecord): T | undefined {
    const exception = record.exception;
    const inner = exception.get('InnerException');
    // An exception that is no RuntimeException (`throw [ArgumentException]::new()`, String.Repeat's)
    // travels wrapped in one: matched by its own type first, then as a RuntimeException.
    const isRuntime = exceptionTypeChain(exception.typeName).includes('System.Management.Automation.RuntimeException');
    const [first, outer] = inner instanceof ExceptionObject ? [inner, exception] : isRuntime ? [null, exception] : [exception, RUNTIME_EXCEPTION];
    if (first) {
      const byFirst = handlers.find((h) => typesOf(h).length > 0 && this.catchMatches(typesOf(h), first));
      if (byFirst) return byFirst;
    }
    return handlers.find((h) => this.catchMatches(typesOf(h), outer));
  }

  /** Does `catch [T]` catch this exception? */
  private catchMatches(types: string[], exception: ExceptionObject): boolean {
    if (types.length === 0) return true;
    const chain = exceptionTypeChain(exception.typeName).map((t) => t.toLowerCase());
    return types.some((t) => {
      const resolved = resolveTypeName(t);
      const full = (resolved?.info.fullName ?? t).toLowerCase();
      if (!resolved && !chain.some((c) => c === full || c.endsWith('.' + full))) {
        // pwsh resolves catch types when the block runs; an unknown type is an error there.
        if (!/exception$/i.test(t)) throw runtimeError('TypeNotFound', [t], 'InvalidOperation', 'System.Management.Automation.RuntimeException', t);
      }
      return chain.some((c) => c === full || c.endsWith('.' + full));
    });
  }

  private runTry(s: A.TryStatementAst, emit: Emit): void {
    let pending: unknown = null;
    let hasPending = false;
    try {
      this.tryDepth++;
      try {
        this.runStatements(s.body.statements, emit);
      } finally {
        this.tryDepth--;
      }
    } catch (e) {
      const err = this.toPSError(e);
      if (!err) {
        pending = e;
        hasPending = true;
      } else {
        if (!err.recorded) this.recordError(err.record);
        err.recorded = true;
        err.recordAgain = false;
        const clause = this.findHandler(s.catches, (c) => c.types, err.record);
        if (clause) {
          const saved = this.scope.lookup('_');
          this.scope.setLocal('_', err.record);
          this.scope.setLocal('PSItem', err.record);
          this.caught.push(err);
          try {
            this.runStatements(clause.body.statements, emit);
          } catch (inner) {
            pending = inner;
            hasPending = true;
          } finally {
            this.caught.pop();
            if (saved) this.scope.setLocal('_', saved.value);
          }
        } else {
          pending = err;
          hasPending = true;
        }
      }
    }
    if (s.finallyBody) this.runStatements(s.finallyBody.statements, emit);
    if (hasPending) throw pending;
  }

  private runThrow(s: A.ThrowStatementAst): void {
    // `throw` alone inside a catch block rethrows the error being handled, as it was (about_Throw).
    if (!s.value && this.caught.length) {
      const current = this.caught[this.caught.length - 1];
      // A command's error goes on as it was; a script error's exception brings its own record.
      const again = new PSRuntimeError(current.record.commandName ? current.record : current.record.asParentContainer({ commandName: null, noPosition: true }));
      again.recorded = true;
      again.scriptTerminating = true;
      throw again;
    }
    const v = s.value ? this.statementValue(s.value) : null;
    let record: ErrorRecord;
    if (v instanceof ErrorRecord) record = v;
    else if (v instanceof ExceptionObject) {
      const existing = v.get('ErrorRecord');
      // The exception's own record has no InvocationInfo: no position either (pwsh 7.6).
      if (existing instanceof ErrorRecord) record = existing.asParentContainer({ commandName: null, noPosition: true });
      else if (v.isRuntimeException) {
        // A new RuntimeException's own record (pwsh 7.6: id RuntimeException, NotSpecified, shown as ParentContainsErrorRecordException).
        record = new ErrorRecord({ exception: new ExceptionObject('System.Management.Automation.ParentContainsErrorRecordException', v.message), errorId: 'RuntimeException', category: 'NotSpecified', targetObject: null, invocation: this.invocation(s.extent) });
        v.addProperty({ name: 'ErrorRecord', value: record, memberType: 'Property' });
      } else record = new ErrorRecord({ exception: v, errorId: v.message, category: 'OperationStopped', targetObject: null, invocation: this.invocation(s.extent) });
    } else if (v === null) {
      record = recordFromCatalogue('ScriptHalted', [], { exceptionType: 'System.Management.Automation.RuntimeException', category: 'OperationStopped', invocation: this.invocation(s.extent) });
    } else {
      const message = toStr(v);
      record = new ErrorRecord({ exception: new ExceptionObject('System.Management.Automation.RuntimeException', message), errorId: message, category: 'OperationStopped', targetObject: v, invocation: this.invocation(s.extent) });
    }
    // The throw statement marks a RuntimeException it throws (ConciseView then says `Exception:`);
    // other exception types keep their category (`throw [ArgumentException]'x'` -> `OperationStopped:`).
    if (record.exception.isRuntimeException) record.exception.wasThrownFromThrowStatement = true;
    record.fromThrowStatement = true;
    const err = new PSRuntimeError(record);
    err.scriptTerminating = true;
    throw err;
  }

  // -------------------------------------------------------------------------------------------
  // Pipelines

  runPipeline(p: A.PipelineAst, emit: Emit): void {
    const els = p.elements;
    // Fast path: a lone expression statement.
    if (els.length === 1 && els[0].type === 'CommandExpression' && els[0].redirections.length === 0) {
      const e = els[0].expression;
      // A bare assignment-like increment (`$i++`) outputs nothing.
      if (e.type === 'UnaryExpression' && (e.operator === '++' || e.operator === '--')) {
        this.incDec(e, false);
        return;
      }
      this.voidResult = false;
      const v = this.evalExpr(e);
      // `[void](...)` outputs nothing (not even $null: pwsh 7.6 `@(& { [void]1 }).Count` is 0), nor does a void method.
      if (e.type === 'ConvertExpression' && e.typeName.toLowerCase() === 'void') return;
      if (e.type === 'InvokeMemberExpression' && this.voidResult) return;
      enumerate(v, emit);
      return;
    }
    buildPipeline(this, p, emit).run();
  }

  /** Evaluates a command's argument elements (after the name) into binder arguments. */
  evalCommandArguments(elements: A.CommandElementAst[]): CommandArgumentSource {
    const args: CommandArgument[] = [];
    let endOfParameters = false;
    for (let i = 0; i < elements.length; i++) {
      const el = elements[i];
      // A bare `--` ends the parameters: what follows is positional, `--` itself is not passed (pwsh 7.6).
      if (!endOfParameters && el.type === 'StringConstant' && el.stringKind === 'BareWord' && el.value === '--') {
        endOfParameters = true;
        continue;
      }
      if (el.type === 'CommandParameter' && !endOfParameters) {
        if (el.name === '-' && !el.hasColon) {
          endOfParameters = true;
          continue;
        }
        if (el.argument) args.push({ kind: 'named', name: el.name, value: this.evalArgument(el.argument), hasValue: true, splatted: false, text: literalText(el.argument), extent: el.extent, valueExtent: el.argument.extent });
        else args.push({ kind: 'named', name: el.name, value: null, hasValue: el.hasColon, splatted: false, extent: el.extent });
        continue;
      }
      if (el.type === 'CommandParameter') {
        args.push({ kind: 'positional', value: '-' + el.name, splatted: false });
        continue;
      }
      if (el.type === 'Variable' && el.splatted) {
        const v = this.getVariable(el);
        if (v instanceof PSHashtable) {
          for (const [k, val] of v.entries()) {
            const isSwitchTrue = val === true;
            args.push({ kind: 'named', name: toStr(k), value: val, hasValue: !isSwitchTrue || true, splatted: true });
          }
        } else {
          // pwsh 7.6: anything else is enumerated into positional arguments (a string gives its characters);
          // $null, or an undefined variable, is one $null argument (`Write-Host 'a' @none` prints "a ").
          const items = v === null ? [null] : typeof v === 'string' ? v.split('') : Array.isArray(v) ? v : v instanceof Uint8Array ? [...v] : [v];
          for (const x of items) args.push({ kind: 'positional', value: x, splatted: true });
        }
        continue;
      }
      args.push({ kind: 'positional', value: this.evalArgument(el), splatted: false, text: literalText(el), extent: el.extent });
    }
    return { args };
  }

  /** A command argument: barewords are strings; script blocks stay script blocks. */
  private evalArgument(e: A.ExpressionAst): PSValue {
    return this.evalExpr(e);
  }

  // -------------------------------------------------------------------------------------------
  // Script blocks and functions

  /** Runs a script block's named blocks with no pipeline input; returns its output. */
  invokeBlock(sb: ScriptBlock, opts: InvokeOptions = {}): PSValue[] {
    const out: PSValue[] = [];
    this.invokeBlockTo(sb, opts, (v) => out.push(v));
    return out;
  }

  invokeBlockTo(sb: ScriptBlock, opts: InvokeOptions, emit: Emit): void {
    const guard = this.guard;
    guard.enterCall();
    try {
      this.invokeBlockIn(sb, opts, emit);
    } finally {
      guard.leaveCall();
    }
  }

  private invokeBlockIn(sb: ScriptBlock, opts: InvokeOptions, emit: Emit): void {
    const savedScope = this.scope;
    const savedSource = this.source;
    const scope = opts.dotSource ? this.scope : new Scope(this.scope, 'local');
    this.scope = scope;
    this.source = sb.source;
    const savedUnder = opts.dotSource ? scope.getLocal('_') : undefined;
    try {
      if (opts.dollarUnder !== undefined) {
        scope.setLocal('_', opts.dollarUnder);
        scope.setLocal('PSItem', opts.dollarUnder);
      }
      if (!opts.dotSource) scope.setLocal('args', opts.args ?? []);
      if (opts.input) scope.setLocal('input', new PSEnumerator(opts.input));
      for (const [k, v] of Object.entries(opts.variables ?? {})) scope.setLocal(k, v);
      const ast = sb.ast;
      if (ast.paramBlock && opts.args && !opts.dotSource) {
        // `& { param($a) } 1`: simple positional binding of script block parameters.
        ast.paramBlock.parameters.forEach((p, i) => {
          const v = i < (opts.args ?? []).length ? opts.args![i] : p.defaultValue ? this.evalExpr(p.defaultValue) : null;
          scope.setLocal(p.name, p.typeName ? convertTo(v, p.typeName) : v);
        });
        scope.setLocal('args', (opts.args ?? []).slice(ast.paramBlock.parameters.length));
      }
      try {
        for (const block of [ast.begin, ast.process, ast.end]) if (block) this.runStatements(block.statements, emit);
      } catch (e) {
        if (!(e instanceof ReturnSignal)) throw e;
      }
    } finally {
      if (opts.dotSource && savedUnder) scope.setLocal('_', savedUnder.value);
      this.scope = savedScope;
      this.source = savedSource;
    }
  }

  findFunction(name: string): FunctionInfo | undefined {
    return this.scope.lookupFunction(name);
  }

  // -------------------------------------------------------------------------------------------
  // Variables

  getVariable(v: A.VariableExpressionAst): PSValue {
    const name = v.name;
    const lower = name.toLowerCase();
    const scope = v.scope?.toLowerCase() ?? null;
    if (scope === 'env') return this.rs.env.get(lower)?.value ?? null;
    if (scope === 'function') {
      const f = this.findFunction(name);
      return f ? f.body : null;
    }
    if (scope === null || scope === 'variable' || scope === 'local' || scope === 'private' || scope === 'using') {
      if (lower === 'null') return null;
      if (lower === 'true') return true;
      if (lower === 'false') return false;
    }
    const target = scope === 'global' ? this.rs.globalScope : scope === 'script' ? this.scope.script : this.scope;
    const variable = scope === 'local' || scope === 'private' ? target.getLocal(name) : target.lookup(name);
    if (!variable) {
      if (lower === 'psitem') return this.scope.lookup('_')?.value ?? null;
      if (this.scope.effectiveStrictMode() >= 1) {
        throw new PSRuntimeError(recordFromCatalogue('VariableNotSet', [name], { exceptionType: 'System.Management.Automation.RuntimeException', category: 'InvalidOperation', targetObject: name, invocation: this.invocation(v.extent) }));
      }
      return null;
    }
    return variable.getter ? variable.getter() : variable.value;
  }

  setVariable(v: A.VariableExpressionAst, value: PSValue, typeConstraint?: string): void {
    const scope = v.scope?.toLowerCase() ?? null;
    if (scope === 'env') {
      if (value === null || value === '') this.rs.env.delete(v.name.toLowerCase());
      else this.rs.env.set(v.name.toLowerCase(), { name: v.name, value: toStr(value) });
      return;
    }
    if (scope === 'function') {
      if (value instanceof ScriptBlock) this.scope.functions.set(v.name.toLowerCase(), { name: v.name, body: value, isFilter: false, parametersAst: null });
      return;
    }
    const target = scope === 'global' ? this.rs.globalScope : scope === 'script' ? this.scope.script : this.scope;
    this.assignVariable(target, v.name, value, typeConstraint, scope === 'private', scope === 'global' || scope === 'script');
  }

  assignVariable(target: Scope, name: string, value: PSValue, typeConstraint?: string, isPrivate = false, qualified = false): void {
    const existing = target.getLocal(name) ?? (target === this.scope ? undefined : undefined);
    // $true and $false are constants (pwsh 7.6: VariableNotWritable); `$null = x` discards.
    if ((existing && (existing.options === 'ReadOnly' || existing.options === 'Constant')) || /^(true|false)$/i.test(name)) {
      throw new PSRuntimeError(recordFromCatalogue('ReadOnlyVariable', [name], { exceptionType: 'System.Management.Automation.SessionStateUnauthorizedAccessException', category: 'WriteError', targetObject: name }));
    }
    const constraint = typeConstraint ?? existing?.typeConstraint;
    // pwsh compiles a function's or script block's own variables into typed slots: the first typed
    // assignment declares the slot (default value, plain cast errors: InvalidArgument) even when its
    // value fails to convert. Elsewhere (the global scope, dot-sourced code, `$global:`/`$script:`) and
    // for a variable that already held an untyped value, the constraint is an attribute of a session
    // variable: a failed conversion is the attribute's MetadataError and leaves the variable as it was.
    // (pwsh 7.6 VariableAnalysis; observed: `& { [int]$u = 'x'; $u }` prints 0, at top level nothing.)
    const optimized = !qualified && target.kind !== 'global' && (existing ? existing.typedSlot === true : typeConstraint !== undefined);
    let v: PSValue;
    try {
      v = constraint ? convertTo(value, constraint) : value;
    } catch (e) {
      if (optimized && typeConstraint && !existing) {
        let initial: PSValue = null;
        try {
          initial = convertTo(null, typeConstraint);
        } catch {
          initial = null;
        }
        const slot = target.setLocal(name, initial);
        slot.typeConstraint = typeConstraint;
        slot.typedSlot = true;
      }
      if (optimized || !(e instanceof PSRuntimeError)) throw e;
      throw transformationMetadataError(e);
    }
    const variable = target.setLocal(name, v);
    if (typeConstraint) {
      variable.typeConstraint = typeConstraint;
      if (optimized && !existing) variable.typedSlot = true;
    }
    if (isPrivate) variable.options = 'Private';
  }

  // -------------------------------------------------------------------------------------------
  // Assignment

  /** Assigns; returns the value given to the target. */
  private assign(s: A.AssignmentStatementAst): PSValue {
    const rhs = (): PSValue => this.statementValue(s.value);
    if (s.operator === '=') {
      const v = rhs();
      this.assignTo(s.target, v);
      return v;
    }
    const appended = this.appendInPlace(s);
    if (appended) return appended;
    const current = this.evalExpr(s.target.type === 'ConvertExpression' ? s.target.operand : s.target);
    if (s.operator === '??=') {
      if (current !== null) return current;
      const v = rhs();
      this.assignTo(s.target, v);
      return v;
    }
    const op = s.operator.slice(0, 1);
    const v = binaryOperator(op, current, rhs(), this.operatorContext);
    this.assignTo(s.target, v);
    if (op === '+' && Array.isArray(v) && v !== current && s.target.type === 'Variable' && !s.target.scope) {
      // The array is new and only the variable holds it: the next `+=` may append in place (append.ts).
      const entry = this.scope.getLocal(s.target.name);
      if (entry && !entry.typeConstraint && !entry.getter && !entry.options && Object.getOwnPropertyDescriptor(entry, 'value')?.value === v) this.appendWatch.watch(entry, v);
    }
    return v;
  }

  /** `$a += x` on an array that only `$a` holds (append.ts): appends in place; null when it cannot. */
  private appendInPlace(s: A.AssignmentStatementAst): PSValue[] | null {
    if (s.operator !== '+=' || s.target.type !== 'Variable' || s.target.scope) return null;
    const entry = this.scope.getLocal(s.target.name);
    const owned = entry ? this.appendWatch.owned(entry) : null;
    if (!entry || !owned) return null;
    const r = this.statementValue(s.value);
    if (this.appendWatch.owned(entry) !== owned) {
      // The right-hand side read or set the variable: add to the array it held before, as pwsh would.
      const v = binaryOperator('+', owned, r, this.operatorContext) as PSValue[];
      this.assignTo(s.target, v);
      return v;
    }
    if (Array.isArray(r)) for (const x of r) owned.push(x);
    else owned.push(r);
    return owned;
  }

  private readonly appendWatch = new AppendWatch();

  assignTo(target: A.ExpressionAst, value: PSValue): void {
    switch (target.type) {
      case 'Variable':
        this.setVariable(target, value);
        return;
      case 'ConvertExpression': {
        if (target.operand.type !== 'Variable') break;
        const conv = target.typeName.toLowerCase() === 'pscustomobject' ? toCustomObject(value) : value;
        this.setVariable(target.operand, conv, target.typeName);
        return;
      }
      case 'ArrayLiteral': {
        // `$a, $b = 1, 2, 3`: the last variable takes the rest.
        const values = Array.isArray(value) ? value : [value];
        target.elements.forEach((el, i) => {
          const last = i === target.elements.length - 1;
          const v = last ? (values.length - i > 1 ? values.slice(i) : (values[i] ?? null)) : (values[i] ?? null);
          this.assignTo(el, v);
        });
        return;
      }
      case 'ParenExpression': {
        const inner = isPureExpressionStatement(target.pipeline);
        if (inner) return this.assignTo(inner, value);
        break;
      }
      case 'MemberExpression': {
        const name = this.memberName(target.member);
        if (target.static) {
          const typeName = target.target.type === 'TypeExpression' ? target.target.typeName : toStr(this.evalExpr(target.target));
          if (setStaticMember(typeName, name, value, this)) return;
          break;
        }
        const obj = this.evalExpr(target.target);
        if (obj === null) throw this.at(runtimeError('PropertyAssignmentNull', [name], 'InvalidOperation'), target);
        if (!setProperty(obj, name, value)) {
          // pwsh 7.6: a [pscustomobject] fails inside its setter (SetValueInvocationException,
          // `Exception setting "X": "..."`); other objects have no such property to set.
          const custom = typeNamesOf(obj)[0] === 'System.Management.Automation.PSCustomObject';
          const record = custom
            ? new ErrorRecord({ exception: new ExceptionObject('System.Management.Automation.SetValueInvocationException', `Exception setting "${name}": "${formatMessage('PropertyNotFound', name)}"`), errorId: 'ExceptionWhenSetting', category: 'NotSpecified' })
            : recordFromCatalogue('PropertyNotFound', [name], { exceptionType: 'System.Management.Automation.RuntimeException', category: 'InvalidOperation', targetObject: null, errorId: 'PropertyAssignmentException' });
          throw this.at(new PSRuntimeError(record), target);
        }
        return;
      }
      case 'IndexExpression': {
        const obj = this.evalExpr(target.target);
        const idx = this.evalExpr(target.index);
        if (obj instanceof PSHashtable) {
          obj.set(idx, value);
          return;
        }
        const dims = Array.isArray(obj) ? typedArrayElement(obj)?.dimensions : undefined;
        if (Array.isArray(obj) && dims) {
          // `$a[1,1] = v` in a multi-dimensional array.
          const at = multiDimOffset(dims, (Array.isArray(idx) ? idx : [idx]).map((x) => toNumber(x)));
          if (at === undefined) throw this.at(runtimeError('ArgumentOutOfRange', [], 'InvalidOperation', 'System.IndexOutOfRangeException'), target);
          obj[at] = typedArrayElement(obj)!.convert(value);
          return;
        }
        if (Array.isArray(obj)) {
          let i = toNumber(idx);
          if (i < 0) i += obj.length;
          if (i < 0 || i >= obj.length) throw this.at(isArrayList(obj) ? listIndexOutOfRange() : indexOutOfBounds(), target);
          // An element of a typed array ([int[]]) is converted to the element type.
          const el = typedArrayElement(obj);
          obj[i] = el ? el.convert(value) : value;
          return;
        }
        if (obj instanceof PSObject) {
          if (!setProperty(obj, toStr(idx), value)) obj.addNoteProperty(toStr(idx), value);
          return;
        }
        if (obj === null) throw this.at(runtimeError('IndexNull', [], 'InvalidOperation'), target);
        break;
      }
    }
    throw this.at(runtimeError('InvalidLeftHandSide', [], 'InvalidOperation'), target);
  }

  private at(e: PSRuntimeError, node: { extent: A.Extent }): PSRuntimeError {
    return this.withPosition(e, node) as PSRuntimeError;
  }

  // -------------------------------------------------------------------------------------------
  // Expressions

  readonly operatorContext = {
    setMatches: (m: PSHashtable) => this.scope.setLocal('Matches', m),
    invoke: (sb: ScriptBlock, dollarUnder: PSValue) => unwrap(this.invokeBlock(sb, { dollarUnder })),
  };

  memberName(m: A.ExpressionAst): string {
    if (m.type === 'StringConstant') return m.value;
    return toStr(this.evalExpr(m));
  }

  evalExpr(e: A.ExpressionAst): PSValue {
    switch (e.type) {
      case 'ErrorExpression':
        // Only a script with parse errors holds one, and such a script never runs.
        throw new Error('internal: an ErrorExpression (parse error) reached the evaluator');
      case 'Constant':
        return constantValue(e);
      case 'StringConstant':
        return e.value;
      case 'ExpandableString':
        return this.expandString(e);
      case 'Variable': {
        const v = this.getVariable(e);
        // $input / $foreach / $switch as a value: what is left of the enumeration.
        return v instanceof PSEnumerator ? v.drain() : v;
      }
      case 'ArrayLiteral':
        return e.elements.map((x) => this.evalExpr(x));
      case 'ArrayExpression': {
        const out: PSValue[] = [];
        this.runStatements(e.statements, (v) => out.push(v));
        return out;
      }
      case 'SubExpression': {
        const out: PSValue[] = [];
        this.runStatements(e.statements, (v) => out.push(v));
        return unwrap(out);
      }
      case 'ParenExpression': {
        const pure = isPureExpressionStatement(e.pipeline);
        if (pure) return this.evalExpr(pure);
        if (e.pipeline.type === 'Assignment') {
          this.execStatement(e.pipeline, () => undefined);
          return this.evalExpr(e.pipeline.target.type === 'ConvertExpression' ? e.pipeline.target.operand : e.pipeline.target);
        }
        return unwrap(this.collect(e.pipeline));
      }
      case 'Hashtable': {
        const h = new PSHashtable();
        for (const pair of e.pairs) {
          const k = this.evalExpr(pair.key);
          if (h.has(k)) throw this.at(runtimeError('DuplicateKeyInLiteral', [toStr(k)], 'ParserError'), pair.key);
          h.set(k, this.statementValue(pair.value));
        }
        return h;
      }
      case 'ScriptBlockExpression':
        return new ScriptBlock(e.scriptBlock, this.source);
      case 'BinaryExpression':
        return this.evalBinary(e);
      case 'UnaryExpression':
        return this.evalUnary(e);
      case 'ConvertExpression':
        return this.evalConvert(e);
      case 'TypeExpression': {
        const t = resolveTypeName(e.typeName);
        if (!t) throw this.at(runtimeError('TypeNotFound', [e.typeName], 'InvalidOperation', 'System.Management.Automation.RuntimeException', e.typeName), e);
        return t.info.fullName;
      }
      case 'MemberExpression':
        return this.evalMember(e);
      case 'InvokeMemberExpression':
        return this.evalInvokeMember(e);
      case 'IndexExpression':
        return this.evalIndex(e);
      case 'TernaryExpression':
        return toBool(this.evalExpr(e.condition)) ? this.evalExpr(e.ifTrue) : this.evalExpr(e.ifFalse);
    }
  }

  expandString(e: A.ExpandableStringExpressionAst): string {
    const ofsVar = this.scope.lookup('OFS');
    const ofs = ofsVar && ofsVar.value !== null ? toStr(ofsVar.value) : ' ';
    let out = '';
    for (const part of e.parts) {
      if (typeof part === 'string') out += part;
      else out += expansionText(this.evalExpr(part), ofs);
    }
    return out;
  }

  /**
   * `a..b` where pwsh enumerates a range lazily (its RangeEnumerator: the first element of a pipeline,
   * a foreach loop's collection): the ends of a numeric range, counted later one number at a time, never
   * the array. A character range (or ends that are not finite) comes as its items. Null for any other expression.
   */
  lazyRange(e: A.ExpressionAst): { from: number; to: number } | { items: PSValue[] } | null {
    if (e.type !== 'BinaryExpression' || e.operator !== '..') return null;
    try {
      const left = this.evalExpr(e.left);
      const right = this.evalExpr(e.right);
      try {
        if (!isCharRange(left, right)) {
          const { a, b } = numericRangeBounds(left, right);
          if (Number.isFinite(a) && Number.isFinite(b)) return { from: a, to: b };
        }
        return { items: binaryOperator('..', left, right, this.operatorContext) as PSValue[] };
      } catch (opErr) {
        if (opErr instanceof PSRuntimeError && opErr.record.exception.typeName === 'System.Management.Automation.PSInvalidCastException') throw wrappedInRuntimeException(opErr);
        throw opErr;
      }
    } catch (err) {
      throw this.atSequencePoint(err, e);
    }
  }

  /** Sends a lazy range's numbers one by one (polling for Ctrl+C: nothing downstream may do it, as with `| Out-Null`). */
  emitRange(r: { from: number; to: number } | { items: PSValue[] }, emit: Emit): void {
    if ('items' in r) {
      for (const x of r.items) emit(x);
      return;
    }
    const step = r.from <= r.to ? 1 : -1;
    for (let i = r.from, n = 1; ; i += step, n++) {
      emit(i);
      if (i === r.to) return;
      if ((n & 0x3ff) === 0) this.checkStop();
    }
  }

  private evalBinary(e: A.BinaryExpressionAst): PSValue {
    const op = e.operator.toLowerCase();
    try {
      if (op === '-and') return toBool(this.evalExpr(e.left)) && toBool(this.evalExpr(e.right));
      if (op === '-or') return toBool(this.evalExpr(e.left)) || toBool(this.evalExpr(e.right));
      if (op === '??') {
        const l = this.evalExpr(e.left);
        return l !== null ? l : this.evalExpr(e.right);
      }
      const left = this.evalExpr(e.left);
      let right: PSValue;
      if ((op === '-is' || op === '-isnot' || op === '-as') && e.right.type === 'TypeExpression') right = e.right.typeName;
      else right = this.evalExpr(e.right);
      try {
        return binaryOperator(op, left, right, this.operatorContext);
      } catch (opErr) {
        // pwsh 7.6: an operand's failed conversion (`1 + 'x'`) is a RuntimeException around the cast's.
        if (opErr instanceof PSRuntimeError && opErr.record.exception.typeName === 'System.Management.Automation.PSInvalidCastException') throw wrappedInRuntimeException(opErr);
        throw opErr;
      }
    } catch (err) {
      throw this.atSequencePoint(err, e);
    }
  }

  private incDec(e: A.UnaryExpressionAst, returnValue: boolean): PSValue {
    const current = this.evalExpr(e.operand);
    const next = add(current === null ? 0 : current, e.operator === '++' ? 1 : -1);
    this.assignTo(e.operand, next);
    if (!returnValue) return null;
    return e.postfix ? (current === null ? 0 : current) : next;
  }

  private evalUnary(e: A.UnaryExpressionAst): PSValue {
    if (e.operator === '++' || e.operator === '--') return this.incDec(e, true);
    if (e.operator === ',') return [this.evalExpr(e.operand)];
    try {
      return unaryOperator(e.operator.toLowerCase(), this.evalExpr(e.operand));
    } catch (err) {
      throw this.atSequencePoint(err, e);
    }
  }

  private evalConvert(e: A.ConvertExpressionAst): PSValue {
    const t = e.typeName.toLowerCase();
    if (t === 'ordered' && e.operand.type === 'Hashtable') {
      const h = new PSHashtable(true);
      for (const pair of e.operand.pairs) h.set(this.evalExpr(pair.key), this.statementValue(pair.value));
      return h;
    }
    let v = this.evalExpr(e.operand);
    // A [char] is held as a one-character string; cast on to a number it is its code point, as a
    // System.Char converts (pwsh 7.6: [int][char]'Z' is 90).
    if (isCharCast(e.operand) && typeof v === 'string' && v.length === 1 && NUMERIC_CAST.test(t)) v = v.charCodeAt(0);
    try {
      if (t === 'pscustomobject' || t === 'system.management.automation.pscustomobject') return toCustomObject(v);
      if (t === 'scriptblock' && typeof v === 'string') throw runtimeError('InvalidCast', [v, 'System.String', 'System.Management.Automation.ScriptBlock'], 'InvalidArgument', 'System.Management.Automation.PSInvalidCastException');
      if (t === 'void') return null;
      if (t === 'array' || t === 'object[]' || t === 'system.object[]') return Array.isArray(v) ? v : v === null ? [] : [v];
      if (t === 'system.collections.arraylist' || t === 'collections.arraylist') return makeArrayList(Array.isArray(v) ? [...v] : v === null ? [] : [v]);
      return convertTo(v, e.typeName);
    } catch (err) {
      const wrapped = err instanceof PSRuntimeError && err.record.exception.typeName === 'System.Management.Automation.PSInvalidCastException' ? wrappedInRuntimeException(err) : err;
      throw this.atSequencePoint(wrapped, e);
    }
  }

  /** A type literal's name, once it resolves (TypeNotFound at the literal otherwise). */
  private knownTypeLiteral(e: A.TypeExpressionAst): string {
    if (!resolveTypeName(e.typeName)) throw this.at(runtimeError('TypeNotFound', [e.typeName], 'InvalidOperation', 'System.Management.Automation.RuntimeException', e.typeName), e);
    return e.typeName;
  }

  private evalMember(e: A.MemberExpressionAst): PSValue {
    const name = this.memberName(e.member);
    try {
      if (e.static) {
        // An unknown type literal fails at the literal itself (pwsh 7.6 underlines `[Nope]` in `[Nope]::new()`).
        const typeName = e.target.type === 'TypeExpression' ? this.knownTypeLiteral(e.target) : toStr(this.evalExpr(e.target));
        const v = getStaticMember(typeName, name, this) ?? staticMethodReference(typeName, name, this);
        return v === undefined ? null : v;
      }
      const target = this.memberTarget(e.target);
      if (target instanceof PSEnumerator) return name.toLowerCase() === 'current' ? target.current : getProperty(target.drain(), name);
      if (target === null) {
        if (/^(count|length)$/i.test(name)) return 0;
        if (this.scope.effectiveStrictMode() >= 2 && !e.nullConditional) throw runtimeError('PropertyNotFoundStrict', [name], 'InvalidOperation', 'System.Management.Automation.PropertyNotFoundException', null);
        return null;
      }
      if (this.scope.effectiveStrictMode() >= 2 && !hasProperty(target, name)) {
        throw runtimeError('PropertyNotFoundStrict', [name], 'InvalidOperation', 'System.Management.Automation.PropertyNotFoundException', null);
      }
      return getProperty(target, name);
    } catch (err) {
      throw this.atSequencePoint(err, e);
    }
  }

  private evalInvokeMember(e: A.InvokeMemberExpressionAst): PSValue {
    const name = this.memberName(e.member);
    try {
      const args = e.arguments.map((a) => this.evalExpr(a));
      this.voidResult = false;
      if (e.static) {
        // An unknown type literal fails at the literal itself (pwsh 7.6 underlines `[Nope]` in `[Nope]::new()`).
        const typeName = e.target.type === 'TypeExpression' ? this.knownTypeLiteral(e.target) : toStr(this.evalExpr(e.target));
        const result = invokeStaticMethod(typeName, name, args, this);
        this.voidResult = isVoidStaticMethod(typeName, name);
        return result;
      }
      const target = this.memberTarget(e.target);
      if (target === null && e.nullConditional) return null;
      if (name.toLowerCase() === 'foreach' && e.arguments[0]?.type === 'TypeExpression') {
        // `.ForEach([datetime])` converts each item (a type literal evaluates to its name here).
        const typeName = toStr(args[0]);
        return intrinsicCollection((target === null ? [] : Array.isArray(target) ? target : [target]).map((x) => convertTo(x, typeName)));
      }
      return this.callMethod(target, name, args);
    } catch (err) {
      throw this.atSequencePoint(err, e);
    }
  }

  /**
   * `.Where({..}, mode, count)` (about_Arrays): Default, First, Last, SkipUntil, Until, Split; a count of 0 is
   * no limit (First and Last default to 1). The result is a Collection`1 as in pwsh 7.6; Split gives two.
   */
  private intrinsicWhere(items: PSValue[], args: PSValue[]): PSValue {
    const sb = args[0] as ScriptBlock;
    const modeText = args.length > 1 && args[1] !== null ? toStr(args[1]).trim() : 'Default';
    const mode = WHERE_MODES.find((x) => x.toLowerCase() === modeText.toLowerCase());
    if (!mode) {
      const message = `Cannot convert value "${modeText}" to type "System.Management.Automation.WhereOperatorSelectionMode". Error: "Unable to match the identifier name ${modeText} to a valid enumerator name. Specify one of the following enumerator names and try again:\n${WHERE_MODES.join(', ')}"`;
      throw new PSRuntimeError(new ErrorRecord({ exception: new ExceptionObject('System.Management.Automation.PSInvalidCastException', message), errorId: 'SubstringDisambiguationEnumParseThrewAnException', category: 'InvalidArgument', targetObject: args[1] }));
    }
    const n = args.length > 2 ? Math.trunc(toNumber(args[2])) : 0;
    const test = (x: PSValue) => toBool(unwrap(this.invokeBlock(sb, { dollarUnder: x, dotSource: false })));
    const limit = (list: PSValue[]) => (n > 0 ? list.slice(0, n) : list);
    const out: PSValue[] = [];
    switch (mode) {
      case 'Default':
      case 'First': {
        const max = n > 0 ? n : mode === 'First' ? 1 : Infinity;
        for (const x of items) {
          if (out.length >= max) break;
          if (test(x)) out.push(x);
        }
        return intrinsicCollection(out);
      }
      case 'Last': {
        const hits = items.filter(test);
        return intrinsicCollection(hits.slice(Math.max(0, hits.length - (n > 0 ? n : 1))));
      }
      case 'SkipUntil': {
        const at = items.findIndex(test);
        return intrinsicCollection(at < 0 ? [] : limit(items.slice(at)));
      }
      case 'Until': {
        const at = items.findIndex(test);
        return intrinsicCollection(limit(at < 0 ? items : items.slice(0, at)));
      }
      default: {
        const hits: PSValue[] = [];
        const rest: PSValue[] = [];
        for (const x of items) (test(x) && (n <= 0 || hits.length < n) ? hits : rest).push(x);
        return intrinsicCollection([intrinsicCollection(hits), intrinsicCollection(rest)]);
      }
    }
  }

  /**
   * `.ForEach(...)` (about_Arrays): a script block (extra arguments as $args), a type (each item converted),
   * or a member name: a method is called with the arguments, a property read (or set with one argument).
   */
  private intrinsicForEach(items: PSValue[], args: PSValue[]): PSValue {
    const [what, ...rest] = args;
    const out: PSValue[] = [];
    if (what instanceof ScriptBlock) {
      for (const x of items) out.push(...this.invokeBlock(what, { dollarUnder: x, args: rest }));
      return intrinsicCollection(out);
    }
    if (what instanceof PSObject && what.psTypeNames[0] === 'System.RuntimeType') {
      const typeName = toStr(getProperty(what, 'FullName'));
      for (const x of items) out.push(convertTo(x, typeName));
      return intrinsicCollection(out);
    }
    const name = toStr(what);
    for (const x of items) {
      if (x !== null && hasProperty(x, name)) {
        if (rest.length === 0) out.push(getProperty(x, name));
        else setProperty(x, name, rest.length === 1 ? rest[0] : rest);
        continue;
      }
      if (rest.length > 0 || x !== null) {
        try {
          const r = invokeMethod(x, name, rest, this);
          if (r !== null || rest.length > 0) {
            if (r !== null) out.push(r);
            continue;
          }
        } catch (err) {
          if (!(err instanceof PSRuntimeError && err.record.errorId === 'MethodNotFound')) throw err;
          if (rest.length > 0) throw new PSRuntimeError(recordFromCatalogue('ForEachMemberNotFound', [name], { exceptionType: 'System.Management.Automation.RuntimeException', category: 'InvalidOperation', errorId: 'ForEachNonexistentMemberReference' }));
        }
      }
      // pwsh 7.6: a missing property yields $null for that item.
      out.push(null);
    }
    return intrinsicCollection(out);
  }

  /** The object a member is read from: `$input.MoveNext()` reaches the enumerator itself. */
  private memberTarget(e: A.ExpressionAst): PSValue {
    // `[int].IsPrimitive`: a type literal's own members are those of its System.Type object.
    if (e.type === 'TypeExpression') return runtimeType(toStr(this.evalExpr(e)));
    return e.type === 'Variable' ? this.getVariable(e) : this.evalExpr(e);
  }

  /** Methods with engine knowledge (script blocks, .Where/.ForEach) before the .NET allow-list. */
  callMethod(target: PSValue, name: string, args: PSValue[]): PSValue {
    const m = name.toLowerCase();
    if (target instanceof PSEnumerator) {
      if (m === 'movenext' && args.length === 0) return target.moveNext();
      if (m === 'reset' && args.length === 0) {
        target.reset();
        return null;
      }
      if (m === 'gettype' && args.length === 0) return typeObject(target.psTypeNames[0]);
      return this.callMethod(target.drain(), name, args);
    }
    if (target instanceof ScriptBlock && (m === 'invoke' || m === 'invokereturnasis')) return unwrap(this.invokeBlock(target, { args }));
    if (target instanceof ScriptBlock && m === 'getnewclosure') return target;
    if ((m === 'where' && args[0] instanceof ScriptBlock) || (m === 'foreach' && args.length > 0)) {
      // The intrinsic .Where()/.ForEach(): on $null (no items), a scalar (one item) or a collection.
      const items = target === null ? [] : Array.isArray(target) ? target : [target];
      return m === 'where' ? this.intrinsicWhere(items, args) : this.intrinsicForEach(items, args);
    }
    try {
      const result = invokeMethod(target, name, args, this);
      this.voidResult = isVoidInstanceMethod(target, name);
      return result;
    } catch (err) {
      // Method enumeration: `$names.ToUpper()` calls the method on each element.
      if (Array.isArray(target) && err instanceof PSRuntimeError && err.record.errorId === 'MethodNotFound' && target.length > 0) {
        return unwrap(target.map((x) => invokeMethod(x, name, args, this)));
      }
      throw err;
    }
  }

  private evalIndex(e: A.IndexExpressionAst): PSValue {
    const target = this.evalExpr(e.target);
    const idx = this.evalExpr(e.index);
    if (target === null) {
      if (e.nullConditional) return null;
      throw this.atSequencePoint(runtimeError('IndexNull', [], 'InvalidOperation'), e);
    }
    return this.index(target, idx);
  }

  index(target: PSValue, idx: PSValue): PSValue {
    if (target instanceof PSHashtable) {
      // pwsh 7.6: [ordered]'s OrderedDictionary has an Int32 indexer: `$h[0]` is the first value.
      const one = (k: PSValue) => (target.ordered && typeof k === 'number' && Number.isInteger(k) && !target.has(k) ? (target.entries()[k]?.[1] ?? null) : (target.get(k) ?? null));
      if (Array.isArray(idx)) return idx.map(one);
      return one(idx);
    }
    if (target instanceof PSObject) return Array.isArray(idx) ? idx.map((k) => getProperty(target, toStr(k))) : getProperty(target, toStr(idx));
    if (Array.isArray(target) && memberCollections.has(target) && typeof idx === 'string') {
      const name = idx.toLowerCase();
      return target.find((p) => p instanceof PSObject && toStr(p.get('Name') ?? null).toLowerCase() === name) ?? null;
    }
    const seq: PSValue[] | string | Uint8Array | null = Array.isArray(target) ? target : typeof target === 'string' ? target : target instanceof Uint8Array ? target : null;
    if (seq === null) {
      // A scalar indexes like a one-element array; with a list of indices it gives $null (pwsh 7.6: (2)[0,0]).
      if (Array.isArray(idx)) return null;
      if (toNumber(idx) === 0 || toNumber(idx) === -1) return target;
      return null;
    }
    if (Array.isArray(seq) && typeof idx === 'string') {
      const g = groupByName(seq, idx);
      if (g !== undefined) return g;
    }
    const dims = Array.isArray(seq) ? typedArrayElement(seq)?.dimensions : undefined;
    if (dims && Array.isArray(seq)) {
      // `$a[1,1]` in a multi-dimensional array is one element; out of range is $null.
      const offset = multiDimOffset(dims, (Array.isArray(idx) ? idx : [idx]).map((x) => toNumber(x)));
      return offset === undefined ? null : seq[offset];
    }
    const at = (i: number): PSValue => {
      const n = i < 0 ? seq.length + i : i;
      if (n < 0 || n >= seq.length) return null;
      const v = seq[n];
      return v === undefined ? null : (v as PSValue);
    };
    if (Array.isArray(idx)) return idx.map((i) => at(toNumber(i))).filter((v) => v !== null);
    return at(toNumber(idx));
  }

  /** `-is` helper kept here for switch and catch. */
  isType(v: PSValue, typeName: string): boolean {
    return isOfType(v, typeName);
  }

  constructObject(typeName: string, args: PSValue[]): PSValue {
    return construct(typeName, args, this);
  }
}

/** The source text of a bare numeric argument whose text says more than its value (`1d`, `2GB`, `0x10`). */
function literalText(el: A.ExpressionAst): string | undefined {
  return el.type === 'Constant' && el.text !== String(el.value) ? el.text : undefined;
}

/** `$l[5] = 1` past an ArrayList's or List<T>'s end: the list's ArgumentOutOfRangeException as it is (pwsh 7.6: `OperationStopped:`). */
function listIndexOutOfRange(): PSRuntimeError {
  const ex = argumentOutOfRange('index', 'Index was out of range. Must be non-negative and less than the size of the collection.');
  return new PSRuntimeError(new ErrorRecord({ exception: new ExceptionObject(ex.typeName, ex.message), errorId: ex.typeName, category: 'OperationStopped' }));
}

/** `$a[5] = 1` past an array's end: .NET's IndexOutOfRangeException as it is (pwsh 7.6: `OperationStopped: Index was outside the bounds of the array.`). */
function indexOutOfBounds(): PSRuntimeError {
  return new PSRuntimeError(new ErrorRecord({ exception: new ExceptionObject('System.IndexOutOfRangeException', 'Index was outside the bounds of the array.'), errorId: 'System.IndexOutOfRangeException', category: 'OperationStopped' }));
}

/**
 * A numeric literal's value, as the tokenizer computed it (scanNumber): an integral literal from
 * 1E+15 on is an exact bigint (pwsh 7.6: `9007199254740993` is an Int64 and prints all its digits).
 */
function constantValue(e: A.ConstantExpressionAst): PSValue {
  return e.value;
}

const WHERE_MODES = ['Default', 'First', 'Last', 'SkipUntil', 'Until', 'Split'];

/** pwsh 7.6: .Where()/.ForEach() return System.Collections.ObjectModel.Collection`1[PSObject]. */
function intrinsicCollection(items: PSValue[]): PSValue[] {
  return makeArrayList(items, 'System.Collections.ObjectModel.Collection`1[[System.Management.Automation.PSObject, System.Management.Automation, Version=7.6.0.500, Culture=neutral, PublicKeyToken=31bf3856ad364e35]]');
}

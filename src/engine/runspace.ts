/**
 * The runspace: the public face of the engine. Holds the session state (scopes, commands, $Error,
 * $env:), parses and runs scripts, and sends output, errors and other streams to the host in order
 * (about_Automatic_Variables, about_Preference_Variables, about_Output_Streams).
 */
import { parse } from '../language/parser';
import type { ParameterAst, ParseError, ScriptBlockAst, TrapStatementAst } from '../language/ast';
import { PSEnumValue, PSHashtable, PSObject, stringOf, type PSValue } from './values';
import type { CmdletDefinition, CmdletMetadata, CmdletServices, CommandInfo, HistoryEntry, SessionApi } from './cmdlet';
import type { Host } from './host';
import { Scope } from './scope';
import { ScriptBlock } from './scriptblock';
import { CommandTable } from './commands';
import { BreakSignal, ContinueSignal, StopRequestedSignal, ErrorRecord, ExceptionObject, ExitSignal, PSRuntimeError, ReturnSignal, recordFromCatalogue } from './errors';
import { Interpreter } from './evaluator/interpreter';
import type { OutDefaultTarget, RunspaceCore } from './runspace-core';
import type { StreamHandlers } from './streams';
import { validateCmdletMetadata } from './metadata';
import { convertTo, makeArrayList, toBool } from './conversion';
import { DEFAULT_LIMITS, RunGuard, RunStoppedSignal, pipelineStopped, setActiveGuard, type EngineLimits, type InterruptOptions } from './limits';

export interface RunspaceOptions {
  host: Host;
  /** fs, clock, random, get(name). */
  services: CmdletServices;
  /** Registered at creation (core cmdlets are always registered). */
  cmdlets?: CmdletDefinition[];
  /** Called around each begin/process/end call of a cmdlet (the world wraps it in a transaction). */
  aroundCmdletCall?: (cmdlet: CmdletMetadata, call: () => void) => void;
  /** Out-Default for top-level output when invoke(..., {outDefault:true}); set by the session wiring to the formatter. */
  outDefault?: (values: PSValue[], host: Host, target?: OutDefaultTarget) => void;
  /**
   * Opens one Out-Default for a whole invoke, as pwsh wraps a command line in `| Out-Default`: a table
   * started by one statement goes on with the next statement's objects of the same shape. When absent,
   * `outDefault` is called once per statement.
   */
  openOutDefault?: (host: Host) => OutDefaultSink;
  /** Renders an ErrorRecord for display (ConciseView); set by the session wiring to the formatter. */
  renderError?: (record: ErrorRecord) => string;
  /** Initial $env: variables (defaults describe a Windows admin session). */
  environment?: Record<string, string>;
  /** Call depth, string and array size, allocations per command, wall time (src/engine/limits.ts). */
  limits?: Partial<EngineLimits>;
}

/** What one invoke may be given: output to Out-Default, the script's arguments, a time limit, an abort signal. */
export interface RunspaceInvokeOptions extends InterruptOptions {
  outDefault?: boolean;
  args?: PSValue[];
}

/** A running Out-Default: takes each statement's output, then closes (printing what it still holds). */
export interface OutDefaultSink {
  write(values: PSValue[]): void;
  close(): void;
  /** Takes objects one at a time as they are written, as pwsh's Out-Default does (else a statement's at its end). */
  streaming?: boolean;
  /** Host text that belongs among the output (errors: pwsh merges them into Out-Default's input). */
  hostText?(stream: 'error', text: string): void;
  /** The command line ended in a terminating error: what Out-Default holds is never printed. */
  abandon?(): void;
}

export interface InvokeResult {
  output: PSValue[];
  errors: ErrorRecord[];
  warnings: string[];
  verbose: string[];
  debug: string[];
  information: PSValue[];
  parseErrors: ParseError[];
  /** $? of the last statement. */
  success: boolean;
  hadErrors: boolean;
  exitCode?: number;
  /** True when the user stopped the run (Ctrl+C). */
  stopped?: boolean;
}

/** Until the formatter is wired in: one line per object, as its string form. */
export function fallbackOutDefault(values: PSValue[], host: Host): void {
  // $null (and a void method's result) prints nothing, as Out-Default does.
  for (const v of values) if (v !== null) host.write('output', stringOf(v) + '\n');
}

/** Until the formatter is wired in: the message, then the FullyQualifiedErrorId's position text. */
export function fallbackRenderError(record: ErrorRecord): string {
  const cmd = record.commandName ? `${record.commandName}: ` : '';
  return `${cmd}${record.message}`;
}

const DEFAULT_ENV: Record<string, string> = {
  COMPUTERNAME: 'EXO-ADMIN01',
  USERNAME: 'Administrator',
  USERDOMAIN: 'CONTOSO',
  USERPROFILE: 'C:\\Users\\Administrator',
  HOMEDRIVE: 'C:',
  HOMEPATH: '\\Users\\Administrator',
  TEMP: 'C:\\Users\\Administrator\\AppData\\Local\\Temp',
  TMP: 'C:\\Users\\Administrator\\AppData\\Local\\Temp',
  OS: 'Windows_NT',
  SystemRoot: 'C:\\Windows',
  windir: 'C:\\Windows',
  PATH: 'C:\\Program Files\\PowerShell\\7;C:\\Windows\\system32;C:\\Windows',
  PSModulePath: 'C:\\Users\\Administrator\\Documents\\PowerShell\\Modules;C:\\Program Files\\PowerShell\\Modules',
  PROCESSOR_ARCHITECTURE: 'AMD64',
};

function versionObject(major: number, minor: number, patch: number): PSObject {
  const v = PSObject.fromRecord({ Major: major, Minor: minor, Patch: patch, PreReleaseLabel: null, BuildLabel: null }, ['System.Management.Automation.SemanticVersion', 'System.Object']);
  v.toStringOverride = () => `${major}.${minor}.${patch}`;
  return v;
}

/** A parse error's extent as its record carries it (pwsh underlines the error's own extent). */
function parseErrorExtent(pe: ParseError): { start: number; end: number; line: number; column: number } {
  return { start: pe.offset, end: pe.endOffset ?? pe.offset + 1, line: pe.line, column: pe.column };
}

/** Cmdlet definitions whose metadata has passed validateCmdletMetadata (definitions are not changed after registration). */
const VALIDATED = new WeakSet<CmdletDefinition>();

/** The cmdlet list the last new runspace registered, and the command table it gave (copied by the next runspace given the same list). */
let registered: { defs: CmdletDefinition[]; table: CommandTable } | null = null;

/** A new runspace's command table: its cmdlets registered (validated once per definition), or a copy of the last one when the list is the same. */
function commandTableOf(defs: CmdletDefinition[]): CommandTable {
  // Every session registers the same list of module-level definitions: copying the table is cheaper than filling it.
  if (registered && registered.defs.length === defs.length && registered.defs.every((d, i) => d === defs[i])) return new CommandTable(registered.table);
  const table = new CommandTable();
  for (const def of defs) {
    validateOnce(def);
    table.addCmdlet(def);
  }
  registered = { defs: [...defs], table: new CommandTable(table) };
  return table;
}

function validateOnce(def: CmdletDefinition): void {
  if (VALIDATED.has(def)) return;
  validateCmdletMetadata(def);
  VALIDATED.add(def);
}

export class Runspace implements SessionApi {
  private readonly core: RunspaceCore & { session: SessionApi };
  private readonly interp: Interpreter;
  private readonly renderError: (record: ErrorRecord) => string;

  constructor(readonly options: RunspaceOptions) {
    const globalScope = new Scope(null, 'global');
    const noStreams: StreamHandlers = { error: () => undefined, warning: () => undefined, verbose: () => undefined, debug: () => undefined, information: () => undefined };
    this.core = {
      host: options.host,
      services: options.services,
      commands: commandTableOf(options.cmdlets ?? []),
      globalScope,
      env: new Map(),
      errorList: makeArrayList([]),
      baseStreams: noStreams,
      aroundCmdletCall: options.aroundCmdletCall,
      outDefault: options.outDefault ?? fallbackOutDefault,
      session: this,
    };
    this.renderError = options.renderError ?? fallbackRenderError;
    for (const [k, v] of Object.entries({ ...DEFAULT_ENV, ...(options.environment ?? {}) })) this.core.env.set(k.toLowerCase(), { name: k, value: v });
    this.interp = new Interpreter(this.core);
    this.defineAutomaticVariables();
  }

  private defineAutomaticVariables(): void {
    const g = this.core.globalScope;
    const host = this.options.host;
    const pref = (name: string, value: string, n: number) => g.define({ name, value: new PSEnumValue('System.Management.Automation.ActionPreference', value, n) });
    pref('ErrorActionPreference', 'Continue', 2);
    pref('WarningPreference', 'Continue', 2);
    pref('VerbosePreference', 'SilentlyContinue', 0);
    pref('DebugPreference', 'SilentlyContinue', 0);
    pref('InformationPreference', 'SilentlyContinue', 0);
    pref('ProgressPreference', 'Continue', 2);
    g.define({ name: 'ConfirmPreference', value: new PSEnumValue('System.Management.Automation.ConfirmImpact', 'High', 3) });
    g.define({ name: 'WhatIfPreference', value: false });
    g.define({ name: 'FormatEnumerationLimit', value: 4 });
    g.define({ name: 'Error', value: this.core.errorList, options: 'Constant' });
    g.define({ name: '?', value: true });
    g.define({ name: 'HOME', value: 'C:\\Users\\Administrator' });
    g.define({ name: 'PSEdition', value: 'Core' });
    g.define({ name: 'PSCulture', value: 'en-US' });
    g.define({ name: 'PSUICulture', value: 'en-US' });
    g.define({ name: 'ShellId', value: 'Microsoft.PowerShell' });
    g.define({ name: 'PSHOME', value: 'C:\\Program Files\\PowerShell\\7' });
    g.define({ name: 'PID', value: 4242 });
    g.define({ name: 'IsWindows', value: true, options: 'Constant' });
    g.define({ name: 'IsLinux', value: false, options: 'Constant' });
    g.define({ name: 'IsMacOS', value: false, options: 'Constant' });
    g.define({ name: 'IsCoreCLR', value: true, options: 'Constant' });
    g.define({ name: 'MaximumHistoryCount', value: 4096 });
    g.define({ name: 'NestedPromptLevel', value: 0 });
    // pwsh 7.6: $PSDefaultParameterValues starts empty; $OutputEncoding is UTF-8 without a BOM.
    g.define({ name: 'PSDefaultParameterValues', value: new PSHashtable() });
    const utf8 = new PSObject(['System.Text.UTF8Encoding+UTF8EncodingSealed', 'System.Text.UTF8Encoding', 'System.Text.Encoding', 'System.Object']);
    const encodingProps: [string, PSValue][] = [
      ['Preamble', []], ['BodyName', 'utf-8'], ['EncodingName', 'Unicode (UTF-8)'], ['HeaderName', 'utf-8'], ['WebName', 'utf-8'],
      ['WindowsCodePage', 1200], ['IsBrowserDisplay', true], ['IsBrowserSave', true], ['IsMailNewsDisplay', true], ['IsMailNewsSave', true],
      ['IsSingleByte', false], ['EncoderFallback', 'System.Text.EncoderReplacementFallback'], ['DecoderFallback', 'System.Text.DecoderReplacementFallback'],
      ['IsReadOnly', true], ['CodePage', 65001],
    ];
    for (const [name, value] of encodingProps) utf8.addProperty({ name, value, memberType: 'Property' });
    g.define({ name: 'OutputEncoding', value: utf8 });
    const table = new PSHashtable(true);
    table.set('PSVersion', versionObject(7, 4, 6));
    table.set('PSEdition', 'Core');
    table.set('GitCommitId', '7.4.6');
    table.set('OS', 'Microsoft Windows 10.0.20348');
    table.set('Platform', 'Win32NT');
    table.set('PSCompatibleVersions', ['1.0', '2.0', '3.0', '4.0', '5.0', '5.1', '6.0', '7.0']);
    table.set('PSRemotingProtocolVersion', '2.3');
    table.set('SerializationVersion', '1.1.0.1');
    table.set('WSManStackVersion', '3.0');
    g.define({ name: 'PSVersionTable', value: table, options: 'ReadOnly' });
    const size = () => {
      const s = PSObject.fromRecord({ Width: host.width(), Height: 50 }, ['System.Management.Automation.Host.Size', 'System.ValueType', 'System.Object']);
      s.toStringOverride = () => `${host.width()},50`;
      return s;
    };
    const rawUI = new PSObject(['System.Management.Automation.Internal.Host.InternalHostRawUserInterface', 'System.Object']);
    rawUI.addProperty({ name: 'BufferSize', getter: size, memberType: 'Property' });
    rawUI.addProperty({ name: 'WindowSize', getter: size, memberType: 'Property' });
    rawUI.addProperty({ name: 'ForegroundColor', value: 'Gray', memberType: 'Property' });
    rawUI.addProperty({ name: 'BackgroundColor', value: 'Black', memberType: 'Property' });
    const ui = PSObject.fromRecord({ RawUI: rawUI }, ['System.Management.Automation.Internal.Host.InternalHostUserInterface', 'System.Object']);
    const hostObj = PSObject.fromRecord({ Name: host.name, Version: versionObject(7, 4, 6), InstanceId: '6f0b7bb4-5f8e-4c5a-9d36-2a1e6c1d8a11', UI: ui, CurrentCulture: 'en-US', CurrentUICulture: 'en-US' }, ['System.Management.Automation.Internal.Host.InternalHost', 'System.Object']);
    g.define({ name: 'Host', value: hostObj, options: 'Constant' });
    g.define({
      name: 'PWD',
      value: null,
      getter: () => {
        const path = this.options.services.fs.getLocation();
        const o = PSObject.fromRecord({ Drive: path.slice(0, 1), Provider: 'Microsoft.PowerShell.Core\\FileSystem', ProviderPath: path, Path: path }, ['System.Management.Automation.PathInfo', 'System.Object']);
        o.toStringOverride = () => path;
        return o;
      },
    });
  }

  registerCmdlet(def: CmdletDefinition): void {
    // A definition is validated once per process, not once per runspace: every session registers the
    // same ~hundreds of module-level definitions, and validating them was most of a session's creation.
    validateOnce(def);
    this.core.commands.addCmdlet(def);
  }

  /**
   * Does Get-Command find this name from the global scope (a cmdlet, a global function or alias)?
   * ConciseView asks it when it shows an error, to name the error after its command.
   */
  commandVisibleGlobally(name: string): boolean {
    let n = name;
    for (let i = 0; i < 10; i++) {
      const alias = this.core.commands.alias(n);
      if (!alias) break;
      n = alias.definition;
    }
    return !!this.core.globalScope.lookupFunction(n) || !!this.core.commands.cmdlet(n);
  }

  /** Removes a cmdlet added at run time (Disconnect-ExchangeOnline, Remove-PSSession). */
  unregisterCmdlet(name: string): boolean {
    return this.core.commands.removeCmdlet(name);
  }

  get host(): Host {
    return this.options.host;
  }

  getVariable(name: string): PSValue | undefined {
    const v = this.interp.scope.lookup(name);
    if (!v) return undefined;
    return v.getter ? v.getter() : v.value;
  }

  setVariable(name: string, value: PSValue): void {
    this.interp.scope.setLocal(name, value);
  }

  listVariables(): { name: string; value: PSValue; options?: string; description?: string }[] {
    return this.interp.scope.visibleVariables().map((v) => ({ name: v.name, value: v.getter ? v.getter() : v.value, options: v.options, description: v.description }));
  }

  removeVariable(name: string): boolean {
    let s: Scope | null = this.interp.scope;
    while (s) {
      if (s.getLocal(name)) return s.remove(name);
      s = s.parent;
    }
    return false;
  }

  defineVariable(name: string, value: PSValue, options: { option?: string; description?: string; scope?: string } = {}): void {
    const sc = options.scope?.toLowerCase();
    const target = sc === 'global' ? this.core.globalScope : sc === 'script' ? this.interp.scope.script : this.interp.scope;
    const existing = target.getLocal(name);
    if (existing && (existing.options === 'ReadOnly' || existing.options === 'Constant') && options.option?.toLowerCase() !== 'force') {
      throw new PSRuntimeError(recordFromCatalogue('ReadOnlyVariable', [name], { exceptionType: 'System.Management.Automation.SessionStateUnauthorizedAccessException', category: 'WriteError', targetObject: name }));
    }
    const opt = options.option && options.option !== 'None' && options.option.toLowerCase() !== 'force' ? (options.option as 'ReadOnly' | 'Constant' | 'Private' | 'AllScope') : existing?.options;
    target.define({ name, value, options: opt, description: options.description ?? existing?.description });
  }

  setStrictMode(version: number): void {
    this.interp.scope.strictMode = version;
  }

  invokeInChildScope(block: PSValue, args: PSValue[], input?: PSValue[]): PSValue[] {
    if (!(block instanceof ScriptBlock)) return [];
    return this.interp.invokeBlock(block, { args, input });
  }

  invokeWithThis(block: PSValue, self: PSValue, args: PSValue[]): PSValue[] {
    if (!(block instanceof ScriptBlock)) return [];
    return this.interp.invokeBlock(block, { args, variables: { this: self } });
  }

  /** Invoke-Expression: the text parsed and run in the caller's scope; its first parse error is thrown as pwsh's ParseException. */
  invokeText(text: string): PSValue[] {
    const parsed = parse(text) as { ast: ScriptBlockAst; errors: ParseError[] };
    const pe = parsed.errors[0];
    if (pe) {
      throw new PSRuntimeError(new ErrorRecord({ exception: new ExceptionObject('System.Management.Automation.ParseException', pe.message), errorId: pe.errorId, category: 'ParserError', targetObject: null, invocation: { commandName: null, extent: parseErrorExtent(pe), source: text } }));
    }
    return this.interp.invokeBlock(new ScriptBlock(parsed.ast, text), { dotSource: true });
  }

  private readonly historyEntries: HistoryEntry[] = [];

  history(): readonly HistoryEntry[] {
    return this.historyEntries;
  }

  /** Runs a script (see runScript); a command line typed at the prompt (outDefault) joins the session's history. */
  invoke(script: string, options: RunspaceInvokeOptions = {}): InvokeResult {
    // A runspace built with partial services (tests) has no clock: its history times are 0.
    const clock = this.options.services?.clock as { now(): number } | undefined;
    const start = clock?.now() ?? 0;
    const r = this.runScript(script, options);
    if (options.outDefault && script.trim() !== '') {
      const last = this.historyEntries[this.historyEntries.length - 1];
      this.historyEntries.push({ id: (last?.id ?? 0) + 1, commandLine: script.replace(/\r?\n$/, ''), executionStatus: r.stopped ? 'Stopped' : r.parseErrors.length ? 'Failed' : 'Completed', start, end: clock?.now() ?? 0 });
    }
    return r;
  }

  listCommands(): CommandInfo[] {
    const out: CommandInfo[] = [];
    for (const a of this.core.commands.aliases.values()) {
      const target = this.core.commands.cmdlet(a.definition);
      out.push({ name: a.name, commandType: 'Alias', source: target?.source ?? '', definition: a.definition, metadata: target });
    }
    for (const f of this.interp.scope.visibleFunctions()) out.push({ name: f.name, commandType: f.isFilter ? 'Filter' : 'Function', source: '', definition: f.body.toString() });
    for (const c of this.core.commands.cmdlets.values()) out.push({ name: c.name, commandType: 'Cmdlet', source: c.source, metadata: c });
    return out;
  }

  resolveCommand(name: string): CommandInfo | undefined {
    const alias = this.core.commands.alias(name);
    if (alias) {
      const target = this.core.commands.cmdlet(alias.definition);
      return { name: alias.name, commandType: 'Alias', source: target?.source ?? '', definition: alias.definition, metadata: target };
    }
    const fn = this.interp.findFunction(name);
    if (fn) return { name: fn.name, commandType: fn.isFilter ? 'Filter' : 'Function', source: '', definition: fn.body.toString() };
    const c = this.core.commands.cmdlet(name);
    if (c) return { name: c.name, commandType: 'Cmdlet', source: c.source, metadata: c };
    return undefined;
  }

  /**
   * A script's own `param()` block (exo-shell -File script.ps1 -Name x 42): `-Name value` pairs bind
   * by name (unique prefixes accepted), the rest by position, switches by presence; unbound
   * parameters take their default values. What no parameter takes stays in $args.
   */
  private bindScriptParameters(params: ParameterAst[], args: PSValue[]): void {
    const interp = this.interp;
    const scope = this.core.globalScope;
    const values = new Map<string, PSValue>();
    const rest: PSValue[] = [];
    const isSwitch = (p: ParameterAst) => /^(switch|System\.Management\.Automation\.SwitchParameter)$/i.test(p.typeName ?? '');
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      const m = typeof a === 'string' ? /^-([A-Za-z_][\w]*)(:?)$/.exec(a) : null;
      const matches = m ? params.filter((p) => p.name.toLowerCase().startsWith(m[1].toLowerCase())) : [];
      const exact = m ? params.find((p) => p.name.toLowerCase() === m[1].toLowerCase()) : undefined;
      const p = exact ?? (matches.length === 1 ? matches[0] : undefined);
      if (!p) {
        rest.push(a);
        continue;
      }
      if (isSwitch(p) && !m![2]) values.set(p.name, true);
      else values.set(p.name, i + 1 < args.length ? args[++i] : null);
    }
    const positional = rest.slice();
    const missing: string[] = [];
    for (const p of params) {
      let v: PSValue;
      if (values.has(p.name)) v = values.get(p.name)!;
      else if (!isSwitch(p) && positional.length) v = positional.shift()!;
      else if (isMandatory(interp, p) && this.options.host.interactive) {
        const line = this.options.host.readLine(`${p.name}: `);
        if (line === null) missing.push(p.name);
        v = line;
      } else if (isMandatory(interp, p)) {
        missing.push(p.name);
        v = null;
      } else if (p.defaultValue) v = interp.evalExpr(p.defaultValue);
      else v = isSwitch(p) ? false : null;
      scope.setLocal(p.name, p.typeName && !isSwitch(p) && v !== null ? convertTo(v, p.typeName) : v);
    }
    scope.setLocal('args', positional);
    if (missing.length) {
      // pwsh 7.6 (-NonInteractive): the script does not run; the error names no command (`: Cannot process...`).
      const err = new PSRuntimeError(recordFromCatalogue('MissingMandatoryParameter', [missing.join(' ')], { exceptionType: 'System.Management.Automation.ParameterBindingException', category: 'InvalidArgument', commandName: '' }));
      // It is not kept in $Error (the script never started).
      err.recorded = true;
      throw err;
    }
  }

  /** Runs a script. Top-level output is returned (and sent to outDefault when asked). Never throws for script errors. */
  private runScript(script: string, options: RunspaceInvokeOptions = {}): InvokeResult {
    // One guard per run (depth, allocations, deadline, signal); a run inside a cmdlet (another
    // session's) keeps its own and gives this one back when it ends.
    const interp = this.interp;
    const savedGuard = interp.guard;
    const guard = new RunGuard(this.limits, options.signal, options.timeout, () => this.options.host.stopRequested?.() ?? false);
    interp.guard = guard;
    const savedActive = setActiveGuard(guard);
    try {
      // Already aborted: nothing runs.
      if (options.signal?.aborted) return this.stoppedResult(options, 'aborted');
      return this.runScriptGuarded(script, options);
    } finally {
      interp.guard = savedGuard;
      setActiveGuard(savedActive);
    }
  }

  /** The limits this runspace runs scripts with. */
  get limits(): EngineLimits {
    return { ...DEFAULT_LIMITS, ...this.options.limits };
  }

  /** A run stopped by its signal or time limit: pwsh's PipelineStoppedException, $? False. */
  private stoppedResult(options: RunspaceInvokeOptions, _reason: string, result?: InvokeResult): InvokeResult {
    const r: InvokeResult = result ?? { output: [], errors: [], warnings: [], verbose: [], debug: [], information: [], parseErrors: [], success: false, hadErrors: true };
    const record = pipelineStopped();
    r.errors.push(record);
    r.hadErrors = true;
    r.success = false;
    r.stopped = true;
    this.interp.recordError(record);
    if (options.outDefault) this.options.host.write('error', this.renderError(record) + '\n');
    this.core.globalScope.setLocal('?', false);
    return r;
  }

  private runScriptGuarded(script: string, options: RunspaceInvokeOptions): InvokeResult {
    const result: InvokeResult = { output: [], errors: [], warnings: [], verbose: [], debug: [], information: [], parseErrors: [], success: true, hadErrors: false };
    const host = this.options.host;
    const show = !!options.outDefault;
    const parsed = parse(script) as { ast: ScriptBlockAst; errors: ParseError[] };
    if (parsed.errors.length) {
      result.parseErrors = parsed.errors;
      result.success = false;
      result.hadErrors = true;
      parsed.errors.forEach((pe, i) => {
        const record = new ErrorRecord({ exception: new ExceptionObject('System.Management.Automation.ParseException', pe.message), errorId: pe.errorId, category: 'ParserError', targetObject: null, invocation: { commandName: null, extent: parseErrorExtent(pe), source: script } });
        this.interp.recordError(record);
        result.errors.push(record);
        // The console shows one ParseException: the first error's position and message (pwsh 7.6).
        if (show && i === 0) host.write('error', this.renderError(record) + '\n');
      });
      this.core.globalScope.setLocal('?', false);
      return result;
    }
    // Out-Default for this command line (opened below); errors go through it, in their place among the output.
    let sink: OutDefaultSink | null = null;
    let flushPending: (() => void) | null = null;
    this.core.baseStreams = {
      error: (record) => {
        result.errors.push(record);
        result.hadErrors = true;
        if (!show) return;
        const text = this.renderError(record) + '\n';
        // The console merges errors into Out-Default: a streaming one holds the error in its place among
        // the output (pwsh 7.6); otherwise the statement's output so far prints first.
        if (sink?.hostText) sink.hostText('error', text);
        else {
          flushPending?.();
          host.write('error', text);
        }
      },
      warning: ({ message }) => {
        result.warnings.push(message);
        if (show) host.write('warning', `WARNING: ${message}\n`);
      },
      verbose: ({ message }) => {
        result.verbose.push(message);
        if (show) host.write('verbose', `VERBOSE: ${message}\n`);
      },
      debug: ({ message }) => {
        result.debug.push(message);
        if (show) host.write('debug', `DEBUG: ${message}\n`);
      },
      information: (record, hostText) => {
        result.information.push(record.messageData);
        if (hostText) host.write('host', hostText.text + (hostText.options?.noNewline ? '' : '\n'), hostText.options);
      },
    };
    const interp = this.interp;
    let stoppedBy: RunStoppedSignal | null = null;
    interp.streams = this.core.baseStreams;
    interp.scope = this.core.globalScope;
    interp.tryDepth = 0;
    interp.source = script;
    if (options.args) this.core.globalScope.setLocal('args', options.args);
    const ast = parsed.ast;
    if (ast.paramBlock) {
      try {
        this.bindScriptParameters(ast.paramBlock.parameters, options.args ?? []);
      } catch (e) {
        const err = interp.toPSError(e);
        if (!err) throw e;
        interp.reportTerminating(err);
        result.success = false;
        return result;
      }
    }
    const statements = [...(ast.begin?.statements ?? []), ...(ast.process?.statements ?? []), ...(ast.end?.statements ?? [])];
    sink = !show
      ? null
      : this.options.openOutDefault
        ? this.options.openOutDefault(host)
        : { write: (values) => this.core.outDefault(values, host), close: () => undefined };
    const out = sink;
    const traps = statements.filter((s): s is TrapStatementAst => s.type === 'Trap');
    try {
      for (const s of statements) {
        const chunk: PSValue[] = [];
        try {
          const flush = () => {
            result.output.push(...chunk);
            if (out && chunk.length) out.write(chunk.splice(0));
            else chunk.length = 0;
          };
          // A streaming Out-Default takes each object as it is written (pwsh: `1..3 | % { $_; Write-Host "h$_" }` prints 1, h1, 2...).
          const emit = out?.streaming
            ? (v: PSValue) => {
                result.output.push(v);
                out.write([v]);
              }
            : (v: PSValue) => void chunk.push(v);
          flushPending = flush;
          interp.runStatementTrapped(s, traps, emit, flush);
        } finally {
          flushPending = null;
          result.output.push(...chunk);
          if (out && chunk.length) out.write(chunk);
        }
      }
    } catch (e) {
      if (e instanceof RunStoppedSignal) {
        out?.abandon?.();
        stoppedBy = e;
      } else if (e instanceof StopRequestedSignal) {
        // pwsh prints nothing for Ctrl+C; the line just ends and $? is False.
        this.core.globalScope.setLocal('?', false);
        result.stopped = true;
      } else if (e instanceof ExitSignal) {
        result.exitCode = e.code;
        this.core.globalScope.setLocal('LASTEXITCODE', e.code);
      } else if (e instanceof PSRuntimeError) {
        out?.abandon?.();
        interp.reportTerminating(e);
      } else if (!(e instanceof BreakSignal || e instanceof ContinueSignal || e instanceof ReturnSignal)) {
        const err = interp.toPSError(e);
        if (!err) throw e;
        out?.abandon?.();
        interp.reportTerminating(err);
      }
    } finally {
      interp.scope = this.core.globalScope;
      interp.streams = this.core.baseStreams;
      try {
        out?.close();
      } catch (e) {
        // Out-Default failing as it ends (a format record out of sequence): its error, and nothing more.
        const err = interp.toPSError(e);
        if (!err) throw e;
        out?.abandon?.();
        interp.reportTerminating(err);
      }
    }
    if (stoppedBy) return this.stoppedResult(options, stoppedBy.reason, result);
    const q = this.core.globalScope.getLocal('?');
    result.success = q ? q.value === true : true;
    return result;
  }
}

/** `[Parameter(Mandatory)]` / `[Parameter(Mandatory = $true)]` on a script parameter. */
function isMandatory(interp: Interpreter, p: ParameterAst): boolean {
  return p.attributes.some((a) => {
    if (!/^(System\.Management\.Automation\.)?Parameter(Attribute)?$/i.test(a.typeName)) return false;
    const m = a.namedArguments.find((x) => x.name.toLowerCase() === 'mandatory');
    return !!m && (m.value === null || toBool(interp.evalExpr(m.value)));
  });
}

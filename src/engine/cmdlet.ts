/**
 * How a cmdlet is declared: metadata as plain data (validated against
 * src/engine/cmdlet-metadata.schema.json) plus behaviour functions over a CmdletContext.
 * Binding, errors, -WhatIf/-Confirm, formatting and help all come from the shared machinery
 * reading this metadata; a cmdlet module never parses arguments or prints text itself.
 * (about_Parameters, about_Parameter_Sets, about_CommonParameters)
 */
import type { PSValue } from './values';
import type { ErrorRecord } from './errors';
import type { Host, ProgressRecord } from './host';
import type { Clock, FileSystem, Random } from './services';

export type ConfirmImpact = 'None' | 'Low' | 'Medium' | 'High';

/** The name pwsh gives the implicit set every parameter without a set belongs to. */
export const ALL_PARAMETER_SETS = '__AllParameterSets';

export interface ParameterSetMembership {
  /** 0-based position for positional binding; absent = named only. */
  position?: number;
  mandatory?: boolean;
  valueFromPipeline?: boolean;
  valueFromPipelineByPropertyName?: boolean;
  valueFromRemainingArguments?: boolean;
  helpMessage?: string;
}

export interface ParameterDeclaration {
  name: string;
  /**
   * The parameter's type as the reference SYNTAX shows it, which selects the conversion the binder
   * applies: 'String', 'String[]', 'Int32', 'Int64', 'Boolean', 'SwitchParameter', 'DateTime',
   * 'TimeSpan', 'SecureString', 'PSCredential', 'Byte[]', 'Object', 'Object[]', 'PSObject',
   * 'ScriptBlock', 'Hashtable', 'Unlimited', 'MultiValuedProperty', an enum type listed in
   * `enumValues`, or an Exchange identity parameter type ('MigrationBatchIdParameter', ...) which
   * accepts a string or the object itself.
   */
  type: string;
  aliases?: string[];
  /** Set name -> membership. Omitted means every set ('__AllParameterSets'), optional, named only. */
  sets?: Record<string, ParameterSetMembership>;
  /** For enum types: the valid names (binding is case-insensitive; the error lists these). */
  enumValues?: string[];
  /**
   * The parameter's full .NET type when `type` is a short name ('System.Text.Encoding',
   * 'Microsoft.PowerShell.Commands.BaseCsvWritingCommand+QuoteKind'): binding errors name it as pwsh
   * does. An enum declared with it is a .NET enum pwsh converts itself (LanguagePrimitives): a
   * unique prefix of a name binds (`-ForegroundColor y`) and a bad name gets pwsh 7.6's wording.
   */
  dotNetType?: string;
  /**
   * The enum type has pwsh's EnumMultipleTypeConverter (PSMemberTypes, PSMemberViewTypes): names
   * must be exact (a comma-separated list combines them) and the error lists the values as "A,B,C".
   */
  enumMultipleConverter?: boolean;
  /**
   * The enum's numeric values, one per name of `enumValues` (a [Flags] enum such as PSMemberTypes:
   * 1, 2, 4...). A number (or a string of digits) then binds as that value, shown as .NET names it
   * (`3` is "AliasProperty, CodeProperty", `0` is "0"), and a value no flags make is pwsh's
   * EnumValuesNotValid; without them a number is a position in the list.
   */
  enumNumbers?: number[];
  validateSet?: string[];
  validatePattern?: string;
  validateRange?: [number, number];
  validateLength?: [number, number];
  validateCount?: [number, number];
  validateNotNullOrEmpty?: boolean;
  allowNull?: boolean;
  allowEmptyString?: boolean;
  /** Help text for Get-Help -Parameter. */
  description?: string;
  /** Accepted for compatibility but has no effect in the emulator: the reason (shown in docs/cmdlet-coverage.md). */
  noEffect?: string;
}

export interface HelpExample {
  title?: string;
  code: string;
  remarks?: string;
}

export interface CmdletHelp {
  synopsis: string;
  description?: string;
  examples?: HelpExample[];
  /** Reference page URL printed by Get-Help -Online. */
  onlineUri?: string;
  notes?: string;
  /**
   * The Exchange reference page a generated syntax module comes from: its description, examples and
   * parameter descriptions are kept apart (cmdlets/reference-help) and joined when help is shown.
   */
  referencePage?: string;
}

export interface CmdletMetadata {
  /** Verb-Noun. */
  name: string;
  aliases?: string[];
  /** Module shown in Get-Command's Source column: 'Microsoft.PowerShell.Utility', 'ExchangeOnlineManagement'... */
  source: string;
  /**
   * The .NET class of a pwsh cmdlet, its FullyQualifiedErrorIds' suffix, when it is not
   * `Microsoft.PowerShell.Commands.<VerbNoun>Command` (Join-String: `Microsoft.PowerShell.Commands.Utility.JoinStringCommand`).
   */
  className?: string;
  defaultParameterSet?: string;
  parameters: ParameterDeclaration[];
  supportsShouldProcess?: boolean;
  confirmImpact?: ConfirmImpact;
  /** Type names of the objects written (Get-Command's OutputType; the formatter finds views by type name). */
  outputType?: string[];
  help: CmdletHelp;
}

/** The ErrorCategory enum of System.Management.Automation, in its declared order. */
export const ERROR_CATEGORIES = [
  'NotSpecified',
  'OpenError',
  'CloseError',
  'DeviceError',
  'DeadlockDetected',
  'InvalidArgument',
  'InvalidData',
  'InvalidOperation',
  'InvalidResult',
  'InvalidType',
  'MetadataError',
  // A member of pwsh's enum (value 13; `Write-Error -Category NotImplemented` accepts it), not a stub.
  'NotImplemented',
  'NotInstalled',
  'ObjectNotFound',
  'OperationStopped',
  'OperationTimeout',
  'SyntaxError',
  'ParserError',
  'PermissionDenied',
  'ResourceBusy',
  'ResourceExists',
  'ResourceUnavailable',
  'ReadError',
  'WriteError',
  'FromStdErr',
  'SecurityError',
  'ProtocolError',
  'ConnectionError',
  'AuthenticationError',
  'LimitsExceeded',
  'QuotaExceeded',
  'NotEnabled',
] as const;

export type ErrorCategory = (typeof ERROR_CATEGORIES)[number];

/** What a cmdlet says about an error; the engine turns it into an ErrorRecord with invocation info. */
export interface ErrorDetails {
  message: string;
  /** The FullyQualifiedErrorId's first part; the engine appends `,<Cmdlet name>` as pwsh does. */
  errorId: string;
  category: ErrorCategory;
  targetObject?: PSValue;
  /** The .NET exception type name, for typed `catch [X]` and `$Error[0].Exception.GetType()`. */
  exceptionType?: string;
  recommendedAction?: string;
  /** ErrorDetails.Message: the text pwsh prints when it differs from the exception's `message`. */
  errorDetailsMessage?: string;
}

/** Everything a cmdlet's behaviour may do. One context per command invocation in a pipeline. */
export interface CmdletContext {
  /** Bound parameters keyed by their declared name; switches are booleans. Pipeline-bound values are updated per input object. */
  readonly params: Readonly<Record<string, PSValue>>;
  /** True when the parameter was bound (by name, position, pipeline or splat) for the current input. */
  bound(name: string): boolean;
  readonly parameterSetName: string;
  /** The current pipeline input object (`$_`), or undefined when the command has no pipeline input. */
  readonly inputObject: PSValue | undefined;
  readonly expectingInput: boolean;
  /** Scratch space kept from begin through process to end of this invocation (Sort-Object's buffer...). */
  readonly state: Record<string, unknown>;

  /** Sends an object down the pipeline; an array is sent as one object unless `enumerate` is true. */
  writeObject(value: PSValue, enumerate?: boolean): void;
  /** Non-terminating error: honours -ErrorAction, $ErrorActionPreference, -ErrorVariable. */
  writeError(error: ErrorDetails): void;
  /** Non-terminating error from a ready-made record (one raised elsewhere and passed on as it is). */
  writeErrorRecord(record: ErrorRecord): void;
  /** Returns a terminating error to `throw`: stops this command (and the statement). */
  terminatingError(error: ErrorDetails): Error;
  /** Polls Ctrl+C, the run's time limit and its signal: a cmdlet's own long loop calls it (it throws to stop). */
  checkStop?(): void;
  writeWarning(message: string): void;
  writeVerbose(message: string): void;
  writeDebug(message: string): void;
  writeInformation(message: PSValue, tags?: string[]): void;
  /**
   * A progress record (Write-Progress, a long-running command): to the host unless -ProgressAction /
   * $ProgressPreference is SilentlyContinue or Ignore; Stop ends the command (ActionPreferenceStop).
   * Missing fields take Write-Progress's defaults (id 0, no parent, -1 percent and seconds, source 0).
   */
  writeProgress(record: Partial<ProgressRecord> & { activity: string }): void;
  /** Write-Host: straight to the host (the information stream in pwsh 5+). */
  writeHost(text: string, options?: { foregroundColor?: string; backgroundColor?: string; noNewline?: boolean }): void;

  /**
   * ShouldProcess: under -WhatIf prints `What if: Performing the operation "<action>" on target "<target>".`
   * and returns false; under -Confirm (or ConfirmImpact >= $ConfirmPreference) asks the host.
   * `action` defaults to the cmdlet name.
   */
  shouldProcess(target: string, action?: string): boolean;
  /**
   * ShouldProcess with the cmdlet's own confirmation text, as Exchange's cmdlets ask: under -WhatIf
   * prints `What if: <message>`; under -Confirm asks "Are you sure you want to perform this action?"
   * followed by the message, offering the remote choices (no [S] Suspend: they run on the server).
   */
  shouldProcessMessage(message: string): boolean;
  /** ShouldContinue: always asks (unless -Force was given by the cmdlet's own logic). */
  shouldContinue(query: string, caption: string): boolean;

  /**
   * Invokes a script block with `$_` set (ForEach-Object, Where-Object, calculated properties).
   * With `emit`, each object goes there as the block writes it (and none is returned).
   */
  invokeScriptBlock(block: PSValue, dollarUnder?: PSValue, args?: PSValue[], emit?: (v: PSValue) => void): PSValue[];
  /**
   * Evaluates a script block as pwsh's PSPropertyExpression does (Sort-Object and Group-Object keys): a
   * statement error inside ends the block and comes back as the error, not written. Missing in test doubles.
   */
  evaluateScriptBlock?(block: PSValue, dollarUnder: PSValue): { value: PSValue[] } | { error: ErrorRecord };
  /** The name of the running cmdlet (an error it writes in its own name carries it as its activity). */
  readonly commandName?: string;

  readonly host: Host;
  readonly services: CmdletServices;
  /** The session-wide engine surface: variables, command lookup (for Get-Command, Get-Help), formatting. */
  readonly session: SessionApi;
}

export interface CmdletServices {
  fs: FileSystem;
  clock: Clock;
  random: Random;
  /** Services added by the embedding session (e.g. 'world'), looked up by name. */
  get<T = unknown>(name: string): T | undefined;
}

/** The part of the running session a cmdlet may use (implemented by the engine's Runspace). */
export interface SessionApi {
  getVariable(name: string): PSValue | undefined;
  setVariable(name: string, value: PSValue): void;
  /** All commands visible now (cmdlets, aliases, functions), for Get-Command. */
  listCommands(): CommandInfo[];
  resolveCommand(name: string): CommandInfo | undefined;
  /** Variables visible from the caller's scope (Get-Variable), nearest first. */
  listVariables?(): { name: string; value: PSValue; options?: string; description?: string }[];
  /** Removes a variable from the caller's scope chain (Remove-Variable); false when not found. */
  removeVariable?(name: string): boolean;
  /** Defines a variable in the caller's scope with options (New-Variable / Set-Variable -Option). */
  defineVariable?(name: string, value: PSValue, options?: { option?: string; description?: string; scope?: string }): void;
  /** Set-StrictMode for the caller's scope (0 = off). */
  setStrictMode?(version: number): void;
  /** Runs a script block in a new child scope (Invoke-Command, & { }). */
  invokeInChildScope?(block: PSValue, args: PSValue[], input?: PSValue[]): PSValue[];
  /** Runs a script block in a new child scope with `$this` set (ScriptProperty / ScriptMethod members). */
  invokeWithThis?(block: PSValue, self: PSValue, args: PSValue[]): PSValue[];
  /** Parses PowerShell text and runs it in the caller's scope, as Invoke-Expression does; parse errors throw as pwsh reports them. */
  invokeText?(text: string): PSValue[];
  /** The session's command history, oldest first (Get-History). */
  history?(): readonly HistoryEntry[];
}

/** One command line the session ran (Get-History's HistoryInfo). */
export interface HistoryEntry {
  id: number;
  commandLine: string;
  executionStatus: 'Completed' | 'Failed' | 'Stopped';
  start: number;
  end: number;
}

export interface CommandInfo {
  name: string;
  commandType: 'Cmdlet' | 'Function' | 'Alias' | 'Filter';
  source: string;
  /** For aliases: the command it resolves to. */
  definition?: string;
  metadata?: CmdletMetadata;
}

/** A cmdlet: metadata plus behaviour. `process` runs once per pipeline input (or once with no input). */
export interface CmdletDefinition extends CmdletMetadata {
  begin?(ctx: CmdletContext): void;
  process?(ctx: CmdletContext): void;
  end?(ctx: CmdletContext): void;
}

/** Identity helper for cmdlet modules: `export default defineCmdlet({...})` keeps the literal typed. */
export function defineCmdlet(def: CmdletDefinition): CmdletDefinition {
  return def;
}

/**
 * ErrorRecord and the engine's exceptions (about_Try_Catch_Finally, about_Throw, about_Automatic_Variables $Error).
 * An ErrorRecord is a PSObject so scripts read it as pwsh's: `$_.Exception.Message`,
 * `$_.CategoryInfo.Reason`, `$_.FullyQualifiedErrorId`, `$Error[0] | Format-List * -Force`.
 */
import { PSObject, stringOf, typeNamesOf, type PSValue } from './values';
import type { ErrorCategory } from './cmdlet';
import { MESSAGES, formatMessage, type MessageKey } from './messages';
import type { Extent } from '../language/ast';

/** Base types of the exceptions the engine raises, for typed `catch [X]` (most specific first). */
const EXCEPTION_BASES: Record<string, string[]> = {
  'System.Management.Automation.RuntimeException': ['System.SystemException', 'System.Exception'],
  'System.Management.Automation.ParameterBindingException': ['System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
  'System.Management.Automation.ParameterBindingValidationException': ['System.Management.Automation.ParameterBindingException', 'System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
  'System.Management.Automation.ParameterBindingArgumentTransformationException': ['System.Management.Automation.ParameterBindingException', 'System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
  'System.Management.Automation.CommandNotFoundException': ['System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
  'System.Management.Automation.ItemNotFoundException': ['System.Management.Automation.SessionStateException', 'System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
  'System.Management.Automation.MethodInvocationException': ['System.Management.Automation.MethodException', 'System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
  'System.Management.Automation.PSInvalidCastException': ['System.InvalidCastException', 'System.SystemException', 'System.Exception'],
  'System.Management.Automation.PSInvalidOperationException': ['System.InvalidOperationException', 'System.SystemException', 'System.Exception'],
  'System.Management.Automation.ActionPreferenceStopException': ['System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
  'System.Management.Automation.SessionStateUnauthorizedAccessException': ['System.Management.Automation.SessionStateException', 'System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
  'System.Management.Automation.PSArgumentException': ['System.ArgumentException', 'System.SystemException', 'System.Exception'],
  'Microsoft.PowerShell.Commands.WriteErrorException': ['System.SystemException', 'System.Exception'],
  'System.Management.Automation.Host.HostException': ['System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
  'System.DivideByZeroException': ['System.ArithmeticException', 'System.SystemException', 'System.Exception'],
  'System.ArgumentException': ['System.SystemException', 'System.Exception'],
  'System.IO.IOException': ['System.SystemException', 'System.Exception'],
  'System.IO.FileNotFoundException': ['System.IO.IOException', 'System.SystemException', 'System.Exception'],
};

/** Full exception type names with their base chain; unknown names derive from System.Exception. */
export function exceptionTypeChain(typeName: string): string[] {
  const bases = EXCEPTION_BASES[typeName];
  if (bases) return [typeName, ...bases, 'System.Object'];
  if (typeName === 'System.Exception') return ['System.Exception', 'System.Object'];
  return [typeName, 'System.Exception', 'System.Object'];
}

/** Last dotted segment: `System.Management.Automation.RuntimeException` -> `RuntimeException`. */
export function shortTypeName(name: string): string {
  const i = name.lastIndexOf('.');
  return i >= 0 ? name.slice(i + 1) : name;
}

/** A .NET-like exception object: Message, type name (GetType()), InnerException, ErrorRecord. */
export class ExceptionObject extends PSObject {
  constructor(
    readonly typeName: string,
    readonly message: string,
    inner: PSValue = null,
  ) {
    super(exceptionTypeChain(typeName));
    this.addProperty({ name: 'Message', value: message, memberType: 'Property', typeName: 'string' });
    this.addProperty({ name: 'InnerException', value: inner, memberType: 'Property' });
    this.addProperty({ name: 'HResult', value: -2146233087, memberType: 'Property', typeName: 'int' });
    this.addProperty({ name: 'Source', value: null, memberType: 'Property' });
    this.addProperty({ name: 'StackTrace', value: null, memberType: 'Property' });
    this.addProperty({ name: 'Data', value: null, memberType: 'Property' });
    this.toStringOverride = () => `${typeName}: ${message}`;
  }
}

export interface InvocationDetails {
  commandName: string | null;
  extent?: Extent;
  /** The whole script text, to take the line from. */
  source?: string;
  scriptName?: string;
}

/** The text pwsh shows under an error: `At line:1 char:1` + the line + the underline. */
export function positionMessage(inv: InvocationDetails): string {
  if (!inv.extent || inv.source === undefined) return '';
  const lines = inv.source.split(/\r?\n/);
  const lineText = lines[inv.extent.line - 1] ?? '';
  const len = Math.max(1, Math.min(inv.extent.end - inv.extent.start, lineText.length - (inv.extent.column - 1)));
  return `At line:${inv.extent.line} char:${inv.extent.column}\n+ ${lineText}\n+ ${' '.repeat(inv.extent.column - 1)}${'~'.repeat(len)}`;
}

export interface ErrorRecordInit {
  exception: ExceptionObject;
  errorId: string;
  category: ErrorCategory;
  targetObject?: PSValue;
  /** The command the error belongs to (its name goes in CategoryInfo.Activity). */
  commandName?: string | null;
  /** Suffix of the FullyQualifiedErrorId after the comma (a cmdlet's type name or the command name). */
  fqidSuffix?: string | null;
  invocation?: InvocationDetails;
  recommendedAction?: string;
  /** CategoryInfo.Activity when it differs from the command shown (Write-Error inside a function). */
  activity?: string;
}

/**
 * pwsh's ErrorRecord. FullyQualifiedErrorId is `<id>,<command type name>` for command errors and
 * the bare id for script errors (e.g. `throw 'x'` gives the id `x`).
 */
export class ErrorRecord extends PSObject {
  readonly exception: ExceptionObject;
  readonly errorId: string;
  readonly fullyQualifiedErrorId: string;
  readonly category: ErrorCategory;
  readonly targetObject: PSValue;
  readonly commandName: string | null;
  readonly invocation: InvocationDetails;
  readonly categoryInfo: PSObject;
  readonly invocationInfo: PSObject;
  scriptStackTrace = '';

  constructor(init: ErrorRecordInit) {
    super(['System.Management.Automation.ErrorRecord', 'System.Object']);
    this.exception = init.exception;
    this.errorId = init.errorId;
    this.category = init.category;
    this.targetObject = init.targetObject ?? null;
    this.commandName = init.commandName ?? null;
    this.invocation = init.invocation ?? { commandName: this.commandName };
    this.fullyQualifiedErrorId = init.fqidSuffix ? `${init.errorId},${init.fqidSuffix}` : init.errorId;
    const target = this.targetObject;
    const reason = shortTypeName(this.exception.typeName);
    const targetType = target === null ? '' : shortTypeName(typeNamesOf(target)[0] ?? '');
    const activity = init.activity ?? this.commandName ?? '';
    const ci = new PSObject(['System.Management.Automation.ErrorCategoryInfo', 'System.Object']);
    ci.addProperty({ name: 'Category', value: this.category, memberType: 'Property' });
    ci.addProperty({ name: 'Activity', value: activity, memberType: 'Property' });
    ci.addProperty({ name: 'Reason', value: reason, memberType: 'Property' });
    ci.addProperty({ name: 'TargetName', value: stringOf(target), memberType: 'Property' });
    ci.addProperty({ name: 'TargetType', value: targetType, memberType: 'Property' });
    ci.toStringOverride = () => `${this.category}: (${stringOf(target)}:${targetType}) [${activity}], ${reason}`;
    this.categoryInfo = ci;
    const inv = new PSObject(['System.Management.Automation.InvocationInfo', 'System.Object']);
    const ext = this.invocation.extent;
    const lineText = ext && this.invocation.source !== undefined ? (this.invocation.source.split(/\r?\n/)[ext.line - 1] ?? '') : '';
    inv.addProperty({ name: 'MyCommand', value: this.invocation.commandName ?? null, memberType: 'Property' });
    inv.addProperty({ name: 'ScriptName', value: this.invocation.scriptName ?? '', memberType: 'Property' });
    inv.addProperty({ name: 'ScriptLineNumber', value: ext?.line ?? 0, memberType: 'Property' });
    inv.addProperty({ name: 'OffsetInLine', value: ext?.column ?? 0, memberType: 'Property' });
    inv.addProperty({ name: 'Line', value: lineText, memberType: 'Property' });
    inv.addProperty({ name: 'PositionMessage', value: positionMessage(this.invocation), memberType: 'Property' });
    inv.addProperty({ name: 'InvocationName', value: this.invocation.commandName ?? '', memberType: 'Property' });
    this.invocationInfo = inv;
    this.addProperty({ name: 'Exception', value: this.exception, memberType: 'Property' });
    this.addProperty({ name: 'TargetObject', value: this.targetObject, memberType: 'Property' });
    this.addProperty({ name: 'CategoryInfo', value: ci, memberType: 'Property' });
    this.addProperty({ name: 'FullyQualifiedErrorId', value: this.fullyQualifiedErrorId, memberType: 'Property' });
    this.addProperty({ name: 'ErrorDetails', value: init.recommendedAction ? PSObject.fromRecord({ Message: null, RecommendedAction: init.recommendedAction }) : null, memberType: 'Property' });
    this.addProperty({ name: 'InvocationInfo', value: inv, memberType: 'Property' });
    this.addProperty({ name: 'ScriptStackTrace', getter: () => this.scriptStackTrace, memberType: 'Property' });
    this.addProperty({ name: 'PipelineIterationInfo', value: [], memberType: 'Property' });
    this.exception.addProperty({ name: 'ErrorRecord', value: this, memberType: 'Property' });
    this.toStringOverride = () => this.exception.message;
  }

  get message(): string {
    return this.exception.message;
  }
}

/** A terminating error travelling as a JS exception (pwsh's RuntimeException carrying its ErrorRecord). */
export class PSRuntimeError extends Error {
  /** Set when the error has already been written to $Error (so catch/rethrow does not add it twice). */
  recorded = false;
  /** `throw` and -ErrorAction Stop end the whole script; other terminating errors end one statement. */
  scriptTerminating = false;
  /** A command halted by a Stop preference: reported uncaught, it goes to $Error a second time (pwsh 7.6). */
  recordAgain = false;
  constructor(readonly record: ErrorRecord) {
    super(record.message);
    this.name = 'PSRuntimeError';
  }
}

/** Builds an ErrorRecord from a catalogue entry. */
export function recordFromCatalogue(
  key: MessageKey,
  args: (string | number)[],
  options: {
    exceptionType: string;
    category: ErrorCategory;
    targetObject?: PSValue;
    commandName?: string | null;
    fqidSuffix?: string | null;
    invocation?: InvocationDetails;
    errorId?: string;
  },
): ErrorRecord {
  const message = formatMessage(key, ...args);
  return new ErrorRecord({
    exception: new ExceptionObject(options.exceptionType, message),
    errorId: options.errorId ?? MESSAGES[key].id,
    category: options.category,
    targetObject: options.targetObject,
    commandName: options.commandName,
    fqidSuffix: options.fqidSuffix,
    invocation: options.invocation,
  });
}

/** Shorthand for a script-level RuntimeException from the catalogue (id without command suffix). */
export function runtimeError(key: MessageKey, args: (string | number)[] = [], category: ErrorCategory = 'InvalidOperation', exceptionType = 'System.Management.Automation.RuntimeException', targetObject: PSValue = null): PSRuntimeError {
  return new PSRuntimeError(recordFromCatalogue(key, args, { exceptionType, category, targetObject }));
}

// Control flow travels as JS exceptions so it unwinds through pipelines and nested script blocks.
export class BreakSignal {
  constructor(readonly label: string | null) {}
}
export class ContinueSignal {
  constructor(readonly label: string | null) {}
}
export class ReturnSignal {}
export class ExitSignal {
  constructor(readonly code: number) {}
}
/** Stops upstream commands quietly (Select-Object -First): not an error. */
export class PipelineStoppedSignal {}
/**
 * The user pressed Ctrl+C (host.stopRequested()): the whole command line stops, no script can catch
 * it, and the cmdlet call in progress is rolled back with its transaction.
 */
export class StopRequestedSignal {}

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
  'System.Management.Automation.SetValueInvocationException': ['System.Management.Automation.SetValueException', 'System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
  'System.Management.Automation.ArgumentTransformationMetadataException': ['System.Management.Automation.MetadataException', 'System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
  'System.Management.Automation.ParentContainsErrorRecordException': ['System.SystemException', 'System.Exception'],
  'System.OutOfMemoryException': ['System.SystemException', 'System.Exception'],
  'System.Management.Automation.PipelineStoppedException': ['System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
  'System.Management.Automation.ScriptCallDepthException': ['System.SystemException', 'System.Exception'],
  'System.DivideByZeroException': ['System.ArithmeticException', 'System.SystemException', 'System.Exception'],
  'System.ArgumentException': ['System.SystemException', 'System.Exception'],
  'System.ArgumentOutOfRangeException': ['System.ArgumentException', 'System.SystemException', 'System.Exception'],
  'System.Text.RegularExpressions.RegexParseException': ['System.ArgumentException', 'System.SystemException', 'System.Exception'],
  'System.NotSupportedException': ['System.SystemException', 'System.Exception'],
  'System.FormatException': ['System.SystemException', 'System.Exception'],
  'System.OverflowException': ['System.ArithmeticException', 'System.SystemException', 'System.Exception'],
  'System.IndexOutOfRangeException': ['System.SystemException', 'System.Exception'],
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

  /**
   * RuntimeException.WasThrownFromThrowStatement: set by the `throw` statement. ConciseView then
   * names the error `Exception:` rather than after its command or category.
   */
  wasThrownFromThrowStatement = false;

  /** Whether this is a RuntimeException (or derives from one), the type `throw` marks. */
  get isRuntimeException(): boolean {
    return exceptionTypeChain(this.typeName).includes('System.Management.Automation.RuntimeException');
  }
}

export interface InvocationDetails {
  /** InvocationInfo.MyCommand's name (null for script statements and unknown commands). */
  commandName: string | null;
  /** InvocationInfo.InvocationName when it differs from the command name: `&` / `.` or the name typed for a command not found. */
  invocationName?: string;
  extent?: Extent;
  /** The invocation has no position by nature (the typed command line's own $MyInvocation): none is attached later. */
  noPosition?: boolean;
  /** MyCommand is the running script itself: a typed command line is named by its text (the activity), a script file by its file name. */
  scriptCommand?: boolean;
  /** The whole script text, to take the line from. */
  source?: string;
  scriptName?: string;
}

/** InvocationInfo.MyCommand: the command's CommandInfo (its Name; prints as the name). */
function commandInfoOf(name: string): PSObject {
  const o = new PSObject(['System.Management.Automation.CommandInfo', 'System.Object']);
  o.addProperty({ name: 'Name', value: name, memberType: 'Property' });
  o.toStringOverride = () => name;
  return o;
}

/** The longest source excerpt PositionMessage shows (pwsh 7.6: 69 characters after `+ `). */
const EXCERPT_WIDTH = 69;

export interface PositionExcerpt {
  /** The line as shown: tabs expanded to 4 spaces, `… ` / ` …` where it was cut. */
  text: string;
  /** 0-based start of the underline in `text`, and its length (at least 1). */
  offset: number;
  length: number;
}

/**
 * The source line and underline of InvocationInfo.PositionMessage (what ConciseView's `Line |`
 * block shows). Facts measured on pwsh 7.6: trailing blanks are dropped; tabs become 4 spaces; an
 * extent running past its line is underlined to the line's end; a line longer than 69 characters
 * is cut to a 69-character window that keeps up to 8 characters after the extent and as many
 * before it as fit (at least 12 when the extent is long), marked `… ` at the start and ` …` at
 * the end where text was dropped.
 */
export function positionExcerpt(lineText: string, column: number, length: number): PositionExcerpt {
  const raw = lineText.replace(/\s+$/, '');
  const start0 = Math.max(0, column - 1);
  const len0 = Math.max(0, Math.min(length, raw.length - start0));
  const expand = (t: string) => t.replace(/\t/g, '    ');
  // A position past the trimmed line's end (an error after trailing blanks) keeps its column.
  const before = expand(raw.slice(0, start0)) + ' '.repeat(Math.max(0, start0 - raw.length));
  const extent = expand(raw.slice(start0, start0 + len0));
  const line = expand(raw);
  const s = before.length;
  const len = extent.length;
  if (line.length <= EXCERPT_WIDTH) return { text: line, offset: s, length: Math.max(1, len) };
  const keptAfter = Math.max(0, Math.min(line.length - (s + len), 8));
  const keptBefore = Math.min(s, Math.max(12, EXCERPT_WIDTH - len - keptAfter));
  const from = s - keptBefore;
  const to = Math.min(line.length, from + EXCERPT_WIDTH);
  const lead = from > 0 ? '\u2026 ' : '';
  const text = lead + line.slice(from, to) + (to < line.length ? ' \u2026' : '');
  return { text, offset: lead.length + keptBefore, length: Math.max(1, Math.min(s + len, to) - s) };
}

/** The text pwsh shows under an error: `At line:1 char:1` + the line + the underline. */
export function positionMessage(inv: InvocationDetails): string {
  if (!inv.extent || inv.source === undefined) return '';
  const lines = inv.source.split(/\r?\n/);
  const lineText = lines[inv.extent.line - 1] ?? '';
  const x = positionExcerpt(lineText, inv.extent.column, inv.extent.end - inv.extent.start);
  const where = inv.scriptName ? `${inv.scriptName}:${inv.extent.line}` : `line:${inv.extent.line}`;
  return `At ${where} char:${inv.extent.column}\n+ ${x.text}\n+ ${' '.repeat(x.offset)}${'~'.repeat(x.length)}`;
}

/** An InvocationInfo as scripts read it (`$_.InvocationInfo.ScriptLineNumber`, `.Line`, `.PositionMessage`). */
export function invocationInfoObject(invocation: InvocationDetails): PSObject {
  const inv = new PSObject(['System.Management.Automation.InvocationInfo', 'System.Object']);
  const ext = invocation.extent;
  const lineText = ext && invocation.source !== undefined ? (invocation.source.split(/\r?\n/)[ext.line - 1] ?? '') : '';
  inv.addProperty({ name: 'MyCommand', value: invocation.commandName ? commandInfoOf(invocation.commandName) : null, memberType: 'Property' });
  inv.addProperty({ name: 'ScriptName', value: invocation.scriptName ?? '', memberType: 'Property' });
  inv.addProperty({ name: 'ScriptLineNumber', value: ext?.line ?? 0, memberType: 'Property' });
  inv.addProperty({ name: 'OffsetInLine', value: ext?.column ?? 0, memberType: 'Property' });
  inv.addProperty({ name: 'Line', value: lineText, memberType: 'Property' });
  inv.addProperty({ name: 'PositionMessage', value: positionMessage(invocation), memberType: 'Property' });
  inv.addProperty({ name: 'InvocationName', value: invocation.invocationName ?? invocation.commandName ?? '', memberType: 'Property' });
  return inv;
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
  /** ErrorDetails.Message: what pwsh prints (and ToString gives) instead of the exception's message. */
  errorDetailsMessage?: string;
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
  /** CategoryInfo.Activity: the cmdlet that wrote the error (Write-Error's -CategoryActivity), '' for script errors. */
  readonly activity: string;
  readonly recommendedAction: string | undefined;
  readonly invocationInfo: PSObject;
  scriptStackTrace = '';
  /**
   * The exception type ConciseView names when nothing else names the error: a trap's `break` rethrows the
   * error as pwsh's RuntimeException, whose record holds a ParentContainsErrorRecordException.
   */
  shownExceptionType?: string;
  /** Raised by a `throw` statement, whatever the exception's type (RuntimeException marks only its own). */
  fromThrowStatement = false;
  /** The activity set apart from the command (CategoryInfo.Activity's override). */
  readonly activityOverride?: string;
  /** The record this one stands for as a ParentContainsErrorRecordException copy (asParentContainer): the same .NET exception to $Error. */
  containerOf: ErrorRecord | null = null;

  constructor(init: ErrorRecordInit) {
    super(['System.Management.Automation.ErrorRecord', 'System.Object']);
    this.exception = init.exception;
    this.errorId = init.errorId;
    this.category = init.category;
    this.targetObject = init.targetObject ?? null;
    this.commandName = init.commandName ?? null;
    this.invocation = init.invocation ?? { commandName: this.commandName };
    // An empty id leaves the command's type name alone (pwsh: Send-MailMessage's missing-server error).
    this.fullyQualifiedErrorId = init.fqidSuffix ? (init.errorId ? `${init.errorId},${init.fqidSuffix}` : init.fqidSuffix) : init.errorId;
    const target = this.targetObject;
    const reason = shortTypeName(this.exception.typeName);
    const targetType = target === null ? '' : shortTypeName(typeNamesOf(target)[0] ?? '');
    // pwsh: CategoryInfo.Activity is the override, else InvocationInfo.MyCommand's name.
    const activity = init.activity ?? this.commandName ?? this.invocation.commandName ?? '';
    this.activity = activity;
    this.activityOverride = init.activity;
    this.recommendedAction = init.recommendedAction;
    const ci = new PSObject(['System.Management.Automation.ErrorCategoryInfo', 'System.Object']);
    ci.addProperty({ name: 'Category', value: this.category, memberType: 'Property' });
    ci.addProperty({ name: 'Activity', value: activity, memberType: 'Property' });
    ci.addProperty({ name: 'Reason', value: reason, memberType: 'Property' });
    ci.addProperty({ name: 'TargetName', value: stringOf(target), memberType: 'Property' });
    ci.addProperty({ name: 'TargetType', value: targetType, memberType: 'Property' });
    ci.toStringOverride = () => `${this.category}: (${stringOf(target)}:${targetType}) [${activity}], ${reason}`;
    this.categoryInfo = ci;
    const inv = invocationInfoObject(this.invocation);
    this.invocationInfo = inv;
    this.addProperty({ name: 'Exception', value: this.exception, memberType: 'Property' });
    this.addProperty({ name: 'TargetObject', value: this.targetObject, memberType: 'Property' });
    this.addProperty({ name: 'CategoryInfo', value: ci, memberType: 'Property' });
    this.addProperty({ name: 'FullyQualifiedErrorId', value: this.fullyQualifiedErrorId, memberType: 'Property' });
    this.errorDetailsMessage = init.errorDetailsMessage;
    const details = init.recommendedAction || init.errorDetailsMessage ? PSObject.fromRecord({ Message: init.errorDetailsMessage ?? null, RecommendedAction: init.recommendedAction ?? null }) : null;
    if (details) details.toStringOverride = () => init.errorDetailsMessage ?? '';
    this.addProperty({ name: 'ErrorDetails', value: details, memberType: 'Property' });
    this.addProperty({ name: 'InvocationInfo', value: inv, memberType: 'Property' });
    this.addProperty({ name: 'ScriptStackTrace', getter: () => this.scriptStackTrace, memberType: 'Property' });
    this.addProperty({ name: 'PipelineIterationInfo', value: [], memberType: 'Property' });
    this.exception.addProperty({ name: 'ErrorRecord', value: this, memberType: 'Property' });
    this.toStringOverride = () => this.message;
  }

  readonly errorDetailsMessage: string | undefined;

  /** The message pwsh shows: ErrorDetails.Message when set, else the exception's. */
  get message(): string {
    return this.errorDetailsMessage ?? this.exception.message;
  }

  /**
   * The record an exception object carries when it is thrown again (`throw $_.Exception`, or `throw`
   * alone after a script error): pwsh 7.6 shows the exception's own ErrorRecord, whose Exception is a
   * ParentContainsErrorRecordException and which names no command (ConciseView:
   * `ParentContainsErrorRecordException: ...`, or the category when it is not NotSpecified).
   */
  asParentContainer(invocation: InvocationDetails = this.invocation): ErrorRecord {
    const comma = this.fullyQualifiedErrorId.indexOf(',');
    const copy = new ErrorRecord({
      exception: new ExceptionObject('System.Management.Automation.ParentContainsErrorRecordException', this.exception.message),
      errorId: this.errorId,
      category: this.category,
      targetObject: this.targetObject,
      commandName: null,
      fqidSuffix: comma >= 0 ? this.fullyQualifiedErrorId.slice(comma + 1) : null,
      invocation: { ...invocation, commandName: null },
      activity: '',
    });
    // The exception object the script holds still leads to its record.
    this.exception.addProperty({ name: 'ErrorRecord', value: this, memberType: 'Property' });
    copy.containerOf = this.containerOf ?? this;
    return copy;
  }

  /** The same error attributed to a command's activity (CategoryInfo.Activity; ConciseView's leading word). */
  withActivity(activity: string): ErrorRecord {
    const copy = new ErrorRecord({ exception: this.exception, errorId: this.errorId, category: this.category, targetObject: this.targetObject, commandName: this.commandName, invocation: this.invocation, recommendedAction: this.recommendedAction, activity, fqidSuffix: this.fullyQualifiedErrorId.includes(',') ? this.fullyQualifiedErrorId.slice(this.fullyQualifiedErrorId.indexOf(',') + 1) : null });
    copy.scriptStackTrace = this.scriptStackTrace;
    return copy;
  }

  /** The same error with another InvocationInfo (and optionally the command it is attributed to). */
  withInvocation(invocation: InvocationDetails, commandName: string | null = this.commandName, fqidSuffix?: string | null): ErrorRecord {
    const comma = this.fullyQualifiedErrorId.indexOf(',');
    const copy = new ErrorRecord({
      exception: this.exception,
      errorId: this.errorId,
      category: this.category,
      targetObject: this.targetObject,
      commandName,
      fqidSuffix: fqidSuffix !== undefined ? fqidSuffix : comma >= 0 ? this.fullyQualifiedErrorId.slice(comma + 1) : null,
      invocation,
      recommendedAction: this.recommendedAction,
      activity: this.activityOverride,
    });
    copy.scriptStackTrace = this.scriptStackTrace;
    return copy;
  }
}

/**
 * A .NET exception raised inside a method the engine emulates ('abc'.Substring(5)). The method
 * call turns it into pwsh's MethodInvocationException (see methodInvocationError).
 */
export class DotNetException extends Error {
  constructor(
    readonly typeName: string,
    message: string,
  ) {
    super(message);
    this.name = 'DotNetException';
  }
}

/** ArgumentOutOfRangeException's message as .NET 9 words it: `<text> (Parameter '<name>')`, then `Actual value was <v>.` when given. */
export function argumentOutOfRange(parameter: string, text: string, actual?: string | number): DotNetException {
  return new DotNetException('System.ArgumentOutOfRangeException', `${text} (Parameter '${parameter}')${actual === undefined ? '' : `\nActual value was ${actual}.`}`);
}

/**
 * pwsh 7.6 wraps an exception thrown by a .NET method: MethodInvocationException, message
 * `Exception calling "<Method>" with "<n>" argument(s): "<inner message>"`, error id the inner
 * exception's short type name, category NotSpecified, the inner exception as InnerException.
 */
export function methodInvocationError(method: string, argCount: number, inner: DotNetException): PSRuntimeError {
  const innerEx = new ExceptionObject(inner.typeName, inner.message);
  const message = `Exception calling "${method}" with "${argCount}" argument(s): "${inner.message}"`;
  return new PSRuntimeError(new ErrorRecord({ exception: new ExceptionObject('System.Management.Automation.MethodInvocationException', message, innerEx), errorId: shortTypeName(inner.typeName), category: 'NotSpecified' }));
}

/** A terminating error travelling as a JS exception (pwsh's RuntimeException carrying its ErrorRecord). */
export class PSRuntimeError extends Error {
  /** Set when the error has already been written to $Error (so catch/rethrow does not add it twice). */
  recorded = false;
  /** `throw` and -ErrorAction Stop end the whole script; other terminating errors end one statement. */
  scriptTerminating = false;
  /** A command halted by a Stop preference: reported uncaught, it goes to $Error a second time (pwsh 7.6). */
  recordAgain = false;
  /**
   * An Inquire prompt on a terminating error failed (no console): the error leaves the script block's
   * statements and its caller's command reports it, as pwsh does with the PSInvalidOperationException
   * its host throws (not a RuntimeException, so no statement handler stops it).
   */
  promptFailed = false;
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
    /** The .NET exception the RuntimeException wraps (its InnerException), with the same message. */
    innerType?: string;
  },
): ErrorRecord {
  const message = formatMessage(key, ...args);
  return new ErrorRecord({
    exception: new ExceptionObject(options.exceptionType, message, options.innerType ? new ExceptionObject(options.innerType, message) : null),
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

/** pwsh's WildcardPatternException for a pattern it cannot compile (`[c-a]`, an unclosed `[`): id RuntimeException, NotSpecified. */
export function invalidWildcardPattern(pattern: string): PSRuntimeError {
  return runtimeError('InvalidWildcardPattern', [pattern], 'NotSpecified', 'System.Management.Automation.WildcardPatternException');
}

/**
 * A typed variable's failed conversion (`[int]$n = 8; $n = "Hello"`, `[int]$k = [int]::MaxValue; $k++`):
 * pwsh 7.6 raises the variable's ArgumentTransformationMetadataException with the cast's message,
 * id RuntimeException, category MetadataError, no target; the cast's exception is its InnerException.
 */
export function transformationMetadataError(err: PSRuntimeError): PSRuntimeError {
  const r = err.record;
  const exception = new ExceptionObject('System.Management.Automation.ArgumentTransformationMetadataException', r.exception.message, r.exception);
  const wrapped = new PSRuntimeError(new ErrorRecord({ exception, errorId: 'RuntimeException', category: 'MetadataError', targetObject: null, invocation: r.invocation }));
  wrapped.scriptTerminating = err.scriptTerminating;
  return wrapped;
}

/**
 * pwsh wraps an exception raised while evaluating an expression (a cast's PSInvalidCastException, a
 * division's DivideByZeroException) in a RuntimeException with the same message, id and category;
 * the original is its InnerException (`catch [InvalidCastException]` still matches, by the inner).
 */
export function wrappedInRuntimeException(err: PSRuntimeError): PSRuntimeError {
  const r = err.record;
  if (r.exception.typeName === 'System.Management.Automation.RuntimeException') return err;
  const exception = new ExceptionObject('System.Management.Automation.RuntimeException', r.exception.message, r.exception);
  const fqid = r.fullyQualifiedErrorId;
  const wrapped = new PSRuntimeError(new ErrorRecord({ exception, errorId: r.errorId, category: r.category, targetObject: r.targetObject, commandName: r.commandName, fqidSuffix: fqid.includes(',') ? fqid.slice(fqid.indexOf(',') + 1) : null, invocation: r.invocation }));
  wrapped.scriptTerminating = err.scriptTerminating;
  return wrapped;
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

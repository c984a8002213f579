/**
 * Internal defects (issue #17): a JavaScript error escaping the emulator's own code (a TypeError, a
 * ReferenceError, a failed assertion thrown as a plain `Error`) is never shown in JavaScript's words
 * as if PowerShell had said it. It becomes an ErrorRecord with the id `InternalError` whose message
 * says it is a defect of exo-emulator and what to file; the JavaScript error (name, message, stack)
 * stays reachable as `$Error[0].Exception.InnerException` for whoever files it.
 *
 * Domain errors (WorldError, MigrationError, ExchangeCmdletError... all subclasses of Error) are not
 * defects: they keep the path they have. The engine's own signals are not Errors at all.
 */
import { ErrorRecord, ExceptionObject, PSRuntimeError, type InvocationDetails } from './errors';

/** The exception type of an internal defect's record (derives from System.Exception for `catch`). */
export const INTERNAL_ERROR_TYPE = 'ExoEmulator.InternalErrorException';

const JS_BUILTIN_ERRORS: Function[] = [TypeError, ReferenceError, SyntaxError, EvalError, URIError, RangeError];

/**
 * Resource exhaustion that JavaScript reports as a RangeError (a stack overflow, a string or array
 * too long): pwsh has its own records for those (the limits' work), so they are not reported as defects.
 */
function isResourceExhaustion(e: Error): boolean {
  return e instanceof RangeError && /^(Maximum call stack size exceeded|Invalid string length|Invalid array length|Array buffer allocation failed)/.test(e.message);
}

/** Whether `e` is a defect of the emulator: a built-in JavaScript error or a bare `Error` (an assertion). */
export function isInternalDefect(e: unknown): e is Error {
  if (!(e instanceof Error)) return false;
  if (isResourceExhaustion(e)) return false;
  const ctor = Object.getPrototypeOf(e)?.constructor;
  return ctor === Error || JS_BUILTIN_ERRORS.includes(ctor) || (typeof AggregateError !== 'undefined' && ctor === AggregateError);
}

/** The command line (or command) named in the message: one line, cut to a readable length. */
function shown(text: string): string {
  const one = text.replace(/\s*\r?\n\s*/g, ' ').trim();
  return one.length > 200 ? one.slice(0, 199) + '\u2026' : one;
}

export interface InternalErrorWhere {
  /** The command whose code failed (its record then reads `<Command>: ...`), if known. */
  commandName?: string | null;
  /** The FullyQualifiedErrorId's suffix (the cmdlet's type name). */
  fqidSuffix?: string | null;
  /** The text of the command or statement being run, to file. */
  commandText?: string;
  invocation?: InvocationDetails;
}

/** The message of an InternalError: what happened, that it is the emulator's defect, what to file. */
export function internalErrorMessage(e: Error, commandText?: string): string {
  const what = `${e.name === 'Error' ? '' : e.name + ': '}${e.message}`;
  const command = commandText ? shown(commandText) : '';
  return (
    `Internal error in exo-emulator: ${what}. This is a defect of exo-emulator, not of your command. ` +
    `Please file an issue for exo-emulator with ${command ? `the command (${command})` : 'the command you ran'} and this message; ` +
    '$Error[0].Exception.InnerException holds the details.'
  );
}

/** The InternalError record for a defect; the JavaScript error is its exception's InnerException (StackTrace included). */
export function internalErrorRecord(e: Error, where: InternalErrorWhere = {}): ErrorRecord {
  const inner = new ExceptionObject(`JavaScript.${e.name || 'Error'}`, e.message);
  inner.set('StackTrace', e.stack ?? null);
  const exception = new ExceptionObject(INTERNAL_ERROR_TYPE, internalErrorMessage(e, where.commandText), inner);
  return new ErrorRecord({
    exception,
    errorId: 'InternalError',
    category: 'NotSpecified',
    targetObject: null,
    commandName: where.commandName ?? null,
    fqidSuffix: where.fqidSuffix ?? null,
    invocation: where.invocation,
  });
}

/** A defect as a terminating error (PSRuntimeError); anything else is returned as it is. */
export function asInternalError(e: unknown, where: InternalErrorWhere = {}): unknown {
  return isInternalDefect(e) ? new PSRuntimeError(internalErrorRecord(e, where)) : e;
}

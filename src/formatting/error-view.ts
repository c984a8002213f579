/**
 * How pwsh 7 prints errors and stream messages (about_Preference_Variables: $ErrorView, default
 * ConciseView). A command error is one line, `Get-Foo: <message>`. A parse error, or an error
 * raised from a script file or a later line of a multi-line script, adds the position block:
 *
 *   Get-Foo: C:\s.ps1:3          (or just `ParserError: ` for typed input)
 *   Line |
 *      3 |  Get-Foo -Bad
 *        |  ~~~~~~~~~~~~
 *        | <message>
 *
 * Line numbers are right-aligned in 4 cells; the message is word-wrapped at the window width
 * under the `     | ` prefix. Colours ($PSStyle.Formatting.Error / ErrorAccent) only when asked.
 */
import type { ParseError } from '../language/ast';
import { positionExcerpt, shortTypeName, type ErrorRecord } from '../engine/errors';

export const ANSI = {
  error: '\x1b[31;1m',
  errorAccent: '\x1b[36;1m',
  warning: '\x1b[33;1m',
  verbose: '\x1b[33;1m',
  debug: '\x1b[33;1m',
  reset: '\x1b[0m',
} as const;

/** The parts of an ErrorRecord the concise view reads (the engine adapts its ErrorRecord to this). */
export interface ErrorViewInput {
  /** A command the error belongs to that resolves when the error is shown (`Get-Mailbox`); the line starts with it. */
  commandName?: string;
  /** Overrides the leading word: `ParserError`, `Exception` (throw statement), `Error`... */
  reason?: string;
  message: string;
  /** Exception.WasThrownFromThrowStatement: the leading word is `Exception`. */
  thrownFromThrow?: boolean;
  /** InvocationInfo.MyCommand's name, and whether Get-Command finds it when the error is shown. */
  myCommand?: string;
  myCommandFound?: boolean;
  /** CategoryInfo.Activity (the cmdlet that wrote the error; Write-Error -CategoryActivity). */
  activity?: string;
  /** InvocationInfo.InvocationName (`&`, or the name typed for a command not found). */
  invocationName?: string;
  /** CategoryInfo.Category (`NotSpecified` is enum value 0, which the view passes over). */
  category?: string;
  /** CategoryInfo.Reason: the exception's short type name (`RuntimeException`). */
  exceptionReason?: string;
  /** Script file the error came from (`C:\scripts\migrate.ps1`). */
  scriptName?: string;
  /** Text of the source line and the 1-based position/length of the failing extent in it. */
  line?: string;
  lineNumber?: number;
  column?: number;
  length?: number;
  isParseError?: boolean;
  /** ErrorDetails.RecommendedAction: printed as `  Recommendation: ...` under the error. */
  recommendedAction?: string;
}

export interface RenderOptions {
  /** Window width for wrapping the message of a positioned error (default 120). */
  width?: number;
  color?: boolean;
}

/** Cuts `s` to at most `length` chars before its last whitespace (the view's Get-TruncatedString). */
function truncateAtWhitespace(s: string, length: number): string {
  if (s.length <= length) return s;
  const cut = s.slice(0, length);
  const i = cut.search(/\s\S*$/);
  return i >= 0 ? cut.slice(0, i) : cut;
}

function wrapMessage(message: string, prefix: string, width: number): string[] {
  let rest = message.replace(/\r?\n|\t/g, ' ');
  if (width <= 0 || prefix.length + rest.length <= width) return [prefix + rest];
  const lines: string[] = [];
  // The first line carries the prefix inside the measured text, as the view does.
  const first = truncateAtWhitespace(prefix + rest, width);
  lines.push(first);
  rest = rest.slice(first.length - prefix.length).trim();
  while (prefix.length + rest.length > width) {
    const chunk = truncateAtWhitespace(prefix + rest, width);
    // No break in the text after the prefix: the rest goes on one line.
    if (chunk.length <= prefix.length) break;
    lines.push(chunk);
    rest = rest.slice(chunk.length - prefix.length).trim();
  }
  lines.push(prefix + rest);
  return lines;
}

/**
 * The word before the colon (pwsh 7.6 ConciseView): `Exception` for a throw statement; else the
 * command when Get-Command still finds it; else CategoryInfo.Activity; else MyCommand;
 * else InvocationName; else the category (NotSpecified, enum value 0, is passed over); else the
 * exception's short type name; else `Error`.
 */
export function conciseReason(e: ErrorViewInput): string {
  if (e.reason !== undefined) return e.reason;
  if (e.thrownFromThrow) return 'Exception';
  if (e.commandName) return e.commandName;
  if (e.myCommand && e.myCommandFound) return e.myCommand;
  if (e.activity) return e.activity;
  if (e.myCommand) return e.myCommand;
  if (e.invocationName) return e.invocationName;
  if (e.isParseError) return 'ParserError';
  if (e.category && e.category !== 'NotSpecified') return e.category;
  if (e.exceptionReason) return e.exceptionReason;
  return 'Error';
}

function hasPosition(e: ErrorViewInput): boolean {
  if (e.line === undefined || e.lineNumber === undefined) return false;
  return !!e.isParseError || !!e.scriptName || e.lineNumber > 1;
}

/**
 * ConciseView text of one error, lines joined with `\n`, no final newline. The message of an error
 * from a script file or of a parse error is word-wrapped at the width; other positioned errors keep
 * the message as it is. (The view ends the wrapped message with a newline, which the console host
 * does not show as an empty line: checked on pwsh 7.6 for `pwsh -File` and typed parse errors.)
 */
export function renderErrorConcise(e: ErrorViewInput, options: RenderOptions = {}): string {
  const c = options.color ? ANSI : { error: '', errorAccent: '', reset: '' };
  const reason = conciseReason(e);
  let text: string;
  if (!hasPosition(e)) {
    text = `${c.error}${reason}: ${e.message}${c.reset}`;
  } else {
    const n = String(e.lineNumber);
    const headerWs = ' '.repeat(Math.max(0, n.length - 4));
    const lineWs = ' '.repeat(Math.max(0, 4 - n.length));
    const x = positionExcerpt(e.line!.replace(/\r?\n$/, ''), Math.max(1, e.column ?? 1), Math.max(1, e.length ?? 1));
    const prefix = `${headerWs}     | `;
    const out: string[] = [];
    out.push(`${c.error}${reason}: ${c.reset}${e.scriptName ? `${e.scriptName}:${e.lineNumber}` : ''}`);
    out.push(`${c.errorAccent}${headerWs}Line |`);
    let shown = x.text;
    if (options.color && x.length < x.text.length) {
      shown = x.text.slice(0, x.offset) + c.errorAccent + x.text.slice(x.offset, x.offset + x.length) + c.reset + x.text.slice(x.offset + x.length);
    }
    out.push(`${c.errorAccent}${lineWs}${n} | ${c.reset} ${shown}`);
    out.push(`${c.errorAccent}${prefix}${c.error} ${' '.repeat(x.offset)}${'~'.repeat(x.length)}`);
    const wrap = !!e.scriptName || !!e.isParseError;
    const msgLines = wrap ? wrapMessage(e.message, prefix, options.width ?? 120) : [prefix + e.message];
    for (const l of msgLines) out.push(options.color && l ? `${c.errorAccent}${prefix}${c.error}${l.slice(prefix.length)}` : l);
    text = out.join('\n') + c.reset;
  }
  if (e.recommendedAction && e.recommendedAction.trim() !== '') text += `\n${c.error}  Recommendation: ${e.recommendedAction}${c.reset}`;
  return text;
}

/** A parse error as pwsh prints it for the given source text (`ParserError: ` + position block). */
export function renderParseError(source: string, error: ParseError, options: RenderOptions & { scriptName?: string } = {}): string {
  const lines = source.split(/\r?\n/);
  return renderErrorConcise(
    {
      isParseError: true,
      message: error.message,
      scriptName: options.scriptName,
      line: lines[error.line - 1] ?? '',
      lineNumber: error.line,
      column: error.column,
      length: Math.max(1, (error.endOffset ?? error.offset) - error.offset),
    },
    options,
  );
}

export type StreamKind = 'warning' | 'verbose' | 'debug';

const STREAM_PREFIX: Record<StreamKind, string> = { warning: 'WARNING: ', verbose: 'VERBOSE: ', debug: 'DEBUG: ' };

/** `WARNING: text` / `VERBOSE: text` / `DEBUG: text`, coloured with $PSStyle.Formatting's colour when asked. */
export function renderStreamMessage(kind: StreamKind, text: string, options: { color?: boolean } = {}): string {
  const line = STREAM_PREFIX[kind] + text;
  return options.color ? `${ANSI[kind]}${line}${ANSI.reset}` : line;
}

export interface ErrorViewOptions {
  /** Script file the session runs (exo-shell -File), when the record does not name one. */
  scriptName?: string;
  /** Get-Command at the time the error is shown (global scope): does this command name resolve? */
  commandExists?: (name: string) => boolean;
}

/** The parts of an ErrorRecord the concise view needs. */
export function errorViewOf(record: ErrorRecord, options: ErrorViewOptions = {}): ErrorViewInput {
  const inv = record.invocation;
  const ext = inv.extent;
  const myCommand = inv.commandName ?? undefined;
  const input: ErrorViewInput = {
    message: record.message,
    thrownFromThrow: record.exception.wasThrownFromThrowStatement,
    myCommand,
    myCommandFound: myCommand !== undefined && (options.commandExists ? options.commandExists(myCommand) : true),
    activity: record.activity || undefined,
    invocationName: inv.invocationName ?? myCommand,
    category: record.category,
    exceptionReason: shortTypeName(record.shownExceptionType ?? record.exception.typeName),
    isParseError: record.category === 'ParserError',
    recommendedAction: record.recommendedAction,
  };
  // A script's own parameter binding (a typed `param(...)` missing a mandatory argument): MyCommand is
  // the nameless script, so pwsh 7.6 prints `: Cannot process command because of ...`.
  if (inv.commandName === '') input.reason = '';
  // The running script as the command (a failed Inquire prompt, pwsh 7.6): a script file by its file name.
  if (inv.scriptCommand && (inv.scriptName || options.scriptName)) input.activity = (inv.scriptName || options.scriptName)!.split(/[\\/]/).pop();
  if (ext && inv.source !== undefined) {
    const lineText = inv.source.split(/\r?\n/)[ext.line - 1] ?? '';
    input.line = lineText;
    input.lineNumber = ext.line;
    input.column = ext.column;
    input.length = Math.max(1, ext.end - ext.start);
    const scriptName = inv.scriptName || options.scriptName;
    if (scriptName) input.scriptName = scriptName;
  }
  return input;
}

export function renderErrorRecord(record: ErrorRecord, options: RenderOptions = {}): string {
  return renderErrorConcise(errorViewOf(record), options);
}

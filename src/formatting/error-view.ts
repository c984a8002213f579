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
import type { ErrorRecord } from '../engine/errors';

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
  /** The command that failed (`Get-Mailbox`); the line starts with it. */
  commandName?: string;
  /** Overrides the leading word: `ParserError`, `Exception` (throw statement), `Error`... */
  reason?: string;
  message: string;
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

/** Cuts `s` to at most `length` chars at the last whitespace (the view's Get-TruncatedString). */
function truncateAtWhitespace(s: string, length: number): string {
  if (s.length <= length) return s;
  const cut = s.slice(0, length);
  const i = cut.search(/\s\S*$/);
  return i > 0 ? cut.slice(0, i) : cut;
}

function wrapMessage(message: string, prefix: string, width: number): string[] {
  let rest = message.replace(/\r?\n|\t/g, ' ');
  if (width <= 0 || prefix.length + rest.length <= width) return [prefix + rest];
  const lines: string[] = [];
  // The first line carries the prefix inside the measured text, as the view does.
  let first = truncateAtWhitespace(prefix + rest, width);
  lines.push(first);
  rest = rest.slice(first.length - prefix.length).trim();
  while (prefix.length + rest.length > width) {
    const chunk = truncateAtWhitespace(prefix + rest, width);
    if (chunk.length <= prefix.length) break;
    lines.push(chunk);
    rest = rest.slice(chunk.length - prefix.length).trim();
    first = chunk;
  }
  lines.push(prefix + rest);
  return lines;
}

function hasPosition(e: ErrorViewInput): boolean {
  if (e.line === undefined || e.lineNumber === undefined) return false;
  return !!e.isParseError || !!e.scriptName || e.lineNumber > 1;
}

/** ConciseView text of one error, lines joined with `\n`, no final newline. */
export function renderErrorConcise(e: ErrorViewInput, options: RenderOptions = {}): string {
  const c = options.color ? ANSI : { error: '', errorAccent: '', reset: '' };
  const reason = e.reason ?? (e.isParseError ? 'ParserError' : (e.commandName ?? 'Error'));
  let text: string;
  if (!hasPosition(e)) {
    text = `${c.error}${reason}: ${e.message}${c.reset}`;
  } else {
    const n = String(e.lineNumber);
    const headerWs = ' '.repeat(Math.max(0, n.length - 4));
    const lineWs = ' '.repeat(Math.max(0, 4 - n.length));
    const col = Math.max(1, e.column ?? 1);
    const len = Math.max(1, e.length ?? 1);
    const source = e.line!.replace(/\r?\n$/, '');
    const prefix = `${headerWs}     | `;
    const out: string[] = [];
    out.push(`${c.error}${reason}: ${c.reset}${e.scriptName ? `${e.scriptName}:${e.lineNumber}` : ''}`);
    out.push(`${c.errorAccent}${headerWs}Line |`);
    let shown = source;
    if (options.color && len < source.length) {
      const start = col - 1;
      shown = source.slice(0, start) + c.errorAccent + source.slice(start, start + len) + c.reset + source.slice(start + len);
    }
    out.push(`${c.errorAccent}${lineWs}${n} | ${c.reset} ${shown}`);
    out.push(`${c.errorAccent}${prefix}${c.error} ${' '.repeat(col - 1)}${'~'.repeat(len)}`);
    const plainPrefix = prefix;
    const msgLines = wrapMessage(e.message, plainPrefix, options.width ?? 120);
    for (const l of msgLines) out.push(options.color ? `${c.errorAccent}${plainPrefix}${c.error}${l.slice(plainPrefix.length)}` : l);
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
      length: 1,
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

/** The parts of an ErrorRecord the concise view needs. */
export function errorViewOf(record: ErrorRecord): ErrorViewInput {
  const inv = record.invocation;
  const ext = inv.extent;
  const input: ErrorViewInput = {
    message: record.message,
    commandName: record.commandName ?? inv.commandName ?? undefined,
    isParseError: record.category === 'ParserError',
  };
  if (ext && inv.source !== undefined) {
    const lineText = inv.source.split(/\r?\n/)[ext.line - 1] ?? '';
    input.line = lineText;
    input.lineNumber = ext.line;
    input.column = ext.column;
    input.length = Math.max(1, Math.min(ext.end - ext.start, lineText.length - (ext.column - 1)));
    input.scriptName = inv.scriptName || undefined;
  }
  return input;
}

export function renderErrorRecord(record: ErrorRecord, options: RenderOptions = {}): string {
  return renderErrorConcise(errorViewOf(record), options);
}

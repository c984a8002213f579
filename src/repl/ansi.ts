/**
 * Colours as pwsh 7 writes them: $PSStyle.Formatting for the streams (Error bold red, Warning,
 * Verbose and Debug bold yellow) and the ConsoleColor names Write-Host takes. Colours are used
 * only on a terminal and when NO_COLOR is unset (about_ANSI_Terminals).
 */

export const RESET = '\x1b[0m';

export const STREAM_COLORS = {
  error: '\x1b[31;1m',
  warning: '\x1b[33;1m',
  verbose: '\x1b[33;1m',
  debug: '\x1b[33;1m',
} as const;

/** ConsoleColor -> SGR foreground code (background is +10). */
const CONSOLE_COLORS: Record<string, number> = {
  black: 30, darkred: 31, darkgreen: 32, darkyellow: 33, darkblue: 34, darkmagenta: 35, darkcyan: 36, gray: 37,
  darkgray: 90, red: 91, green: 92, yellow: 93, blue: 94, magenta: 95, cyan: 96, white: 97,
};

export function consoleColorCode(name: string | undefined, background = false): string {
  if (!name) return '';
  const code = CONSOLE_COLORS[name.toLowerCase()];
  return code === undefined ? '' : `\x1b[${code + (background ? 10 : 0)}m`;
}

export function stripAnsi(s: string): string {
  return s.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
}

/** Wraps every line of `text` in `color` (so a reset never leaks across a newline). */
export function colorLines(text: string, color: string): string {
  if (!color) return text;
  return text.replace(/[^\n]+/g, (line) => color + line + RESET);
}

/** Colours on for a stream: a terminal, and NO_COLOR unset or empty (no-color.org). */
export function colorsEnabled(isTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>>): boolean {
  return Boolean(isTTY) && !env.NO_COLOR && env.TERM !== 'dumb';
}

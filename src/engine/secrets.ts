/**
 * Keeping secrets out of what a session writes down (docs/security.md).
 *
 * - Command lines that may hold a secret: PSReadLine's rule (PSReadLine History.cs, s_sensitivePattern
 *   `password|asplaintext|token|apikey|secret`, case-insensitive; its DefaultAddToHistoryHandler keeps such
 *   a line in memory only, never in the history file). PSReadLine then lets some matching lines through
 *   after parsing them (a `Get-Secret` call, a variable named $password assigned from a command); the
 *   emulator keeps every matching line out of the file, which skips more lines, never fewer.
 * - Transcripts and the lab's command log keep the line with its literals masked (redactCommandLine),
 *   and every text they get has the session's known secrets masked (SecretKeeper.redact).
 */
import type { SecureStringCodec } from './serialization/clixml';
import { newWorldKey, protectWithWorldKey, unprotectWithWorldKey } from './secure-string-crypto';

export const SENSITIVE_LINE = /password|asplaintext|token|apikey|secret/i;

export const MASK = '********';

/** Whether PSReadLine would keep this line out of its history file. */
export function isSensitiveLine(line: string): boolean {
  return SENSITIVE_LINE.test(line);
}

/**
 * A sensitive line with its string literals and the arguments of secret-named parameters masked:
 * `ConvertTo-SecureString 'x' -AsPlainText -Force` -> `ConvertTo-SecureString '********' -AsPlainText -Force`.
 * Other lines are returned as they are.
 */
export function redactCommandLine(text: string): string {
  // Line by line: in a script, only the lines that may hold a secret are touched, and a quote never
  // masks past its own line (an apostrophe in a comment would otherwise hide the commands after it).
  return text
    .split('\n')
    .map((line) =>
      !isSensitiveLine(line)
        ? line
        : line
            .replace(/'(?:[^'\n]|'')*'?/g, `'${MASK}'`)
            .replace(/"(?:[^"`\n]|`.|"")*"?/g, `"${MASK}"`)
            // A bare argument after a parameter or variable named like a secret (-Password x, $token = x).
            .replace(/([-$][\w:]*(?:password|token|apikey|secret)\w*\s*[:=]?\s*)(?![-'"$(@{]|\s)(\S+)/gi, `$1${MASK}`),
    )
    .join('\n');
}

/** The session's secrets: the world's SecureString key and the plain texts it has seen (memory only). */
export interface SecretKeeper extends SecureStringCodec {
  /** The world's key (hex), created and saved with the world on first use when `create`. */
  worldKey(create: boolean): string | null;
  /** A plain secret the session has seen (ConvertTo-SecureString -AsPlainText, a password prompt). */
  remember(plain: string): void;
  /** The text with every remembered secret masked. */
  redact(text: string): string;
}

/** Secrets shorter than this are not masked in free text (a one-letter "password" would mask every such letter). */
const MIN_REDACTED_LENGTH = 4;

export class SecretMemory {
  private readonly known = new Set<string>();
  remember(plain: string): void {
    if (plain.length >= MIN_REDACTED_LENGTH) this.known.add(plain);
  }
  redact(text: string): string {
    let out = text;
    for (const s of this.known) if (out.includes(s)) out = out.split(s).join(MASK);
    return out;
  }
}

let processKey: string | null = null;
/**
 * The keeper of a runspace that has no session around it (unit tests of a cmdlet): its key lives as long
 * as the process, in memory only.
 */
export const PROCESS_SECRET_KEEPER: SecretKeeper = {
  worldKey: () => (processKey ??= newWorldKey()),
  protect: (plain) => protectWithWorldKey(plain, (processKey ??= newWorldKey())),
  unprotect: (blob) => unprotectWithWorldKey(blob, processKey),
  remember: () => {},
  redact: (t) => t,
};

/** The session's keeper, or the process's when the runspace has none. */
export function secretKeeperOf(services: { get<T>(name: string): T | undefined }): SecretKeeper {
  return services.get<SecretKeeper>('secrets') ?? PROCESS_SECRET_KEEPER;
}

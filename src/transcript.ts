/**
 * Start-Transcript / Stop-Transcript: a record of the session's input and output in a text file of
 * the virtual file system (or a mounted host folder), as pwsh's transcription writes it
 * (Microsoft.PowerShell.Host: header of `*` lines, each command after its prompt, the output).
 * The host is wrapped so everything written while transcribing is also kept, and the text reaches
 * the file at the end of each command and when the transcript stops.
 */
import { ForwardingHost, type Host, type HostStream, type ProgressRecord } from './engine/host';
import type { Clock, FileSystem } from './engine/services';
import { redactCommandLine } from './engine/secrets';

const RULE = '**********************';

function stamp(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
}

export class TranscriptError extends Error {
  constructor(
    readonly errorId: string,
    message: string,
  ) {
    super(message);
  }
}

export interface TranscriptStart {
  path?: string;
  append?: boolean;
  noClobber?: boolean;
  minimalHeader?: boolean;
}

/** The transcription state of one session (pwsh keeps a stack; one level covers the documented use). */
export class Transcriber {
  private path: string | null = null;
  private pending = '';

  constructor(
    private readonly fs: FileSystem,
    private readonly clock: Clock,
    private readonly machine: () => string,
    private readonly randomId: () => string,
    /** Masks secrets in what reaches the file (the session's SecretKeeper). */
    private readonly redact: (text: string) => string = (t) => t,
  ) {}

  get active(): boolean {
    return this.path !== null;
  }

  /** Starts transcribing; returns the file's full path. */
  start(options: TranscriptStart): string {
    if (this.path) this.stop();
    const now = this.clock.now();
    const path = this.fs.resolve(
      options.path ?? `~\\Documents\\PowerShell_transcript.${this.machine()}.${this.randomId()}.${stamp(now)}.txt`,
    );
    if (options.noClobber && this.fs.exists(path)) {
      throw new TranscriptError('NoClobber', `The file '${path}' already exists.`);
    }
    if (this.fs.isDirectory(path)) {
      throw new TranscriptError('CannotStartTranscription', `Transcription cannot be started due to the error: Access to the path '${path}' is denied.`);
    }
    const header = options.minimalHeader
      ? `${RULE}\nPowerShell transcript start\nStart time: ${stamp(now)}\n${RULE}\n`
      : [
          RULE,
          'PowerShell transcript start',
          `Start time: ${stamp(now)}`,
          'Username: CONTOSO\\Administrator',
          'RunAs User: CONTOSO\\Administrator',
          'Configuration Name: ',
          `Machine: ${this.machine()} (Microsoft Windows NT 10.0.20348.0)`,
          'Host Application: C:\\Program Files\\PowerShell\\7\\pwsh.dll',
          'Process ID: 4242',
          'PSVersion: 7.4.6',
          'PSEdition: Core',
          'OS: Microsoft Windows 10.0.20348',
          RULE,
          '',
        ].join('\n');
    const folder = path.slice(0, path.lastIndexOf('\\'));
    if (folder && !this.fs.exists(folder)) this.fs.createDirectory(folder);
    this.fs.writeText(path, header, { append: !!options.append && this.fs.exists(path) });
    this.path = path;
    this.pending = '';
    return path;
  }

  /** Stops transcribing; returns the file's path. */
  stop(): string {
    if (!this.path) throw new TranscriptError('InvalidOperation', 'An error occurred stopping transcription: The host is not currently transcribing.');
    const path = this.path;
    this.pending += `${RULE}\nPowerShell transcript end\nEnd time: ${stamp(this.clock.now())}\n${RULE}\n`;
    this.flush();
    this.path = null;
    return path;
  }

  /** The prompt and command line, as the transcript shows interactive input. */
  recordInput(location: string, script: string): void {
    // A line that may hold a secret is kept with its literals masked (secrets.ts).
    if (this.path) this.pending += `PS ${location}> ${redactCommandLine(script)}\n`;
  }

  record(text: string): void {
    if (this.path) this.pending += text;
  }

  flush(): void {
    if (!this.path || !this.pending) return;
    this.fs.writeText(this.path, this.redact(this.pending), { append: true });
    this.pending = '';
  }
}

/** A host that also hands everything written to the transcriber. */
export class TranscribingHost extends ForwardingHost {
  constructor(
    inner: Host,
    private readonly transcriber: () => Transcriber | null,
    /** Sees each progress record before the host (the library's progress event); transcripts keep no progress. */
    private readonly onProgress?: (record: ProgressRecord) => void,
  ) {
    super(inner);
  }

  override write(stream: HostStream, text: string, options?: { foregroundColor?: string; backgroundColor?: string }): void {
    this.inner.write(stream, text, options);
    const prefix = stream === 'warning' && !text.startsWith('WARNING: ') ? 'WARNING: ' : '';
    // eslint-disable-next-line no-control-regex
    this.transcriber()?.record(prefix + text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, ''));
  }
  override readLine(prompt: string): string | null {
    const line = this.inner.readLine(prompt);
    this.transcriber()?.record(prompt + (line ?? '') + '\n');
    return line;
  }
  override readSecret(prompt: string): string | null {
    const secret = this.inner.readSecret(prompt);
    this.transcriber()?.record(prompt + '\n');
    return secret;
  }
  override progress(record: ProgressRecord): void {
    this.onProgress?.(record);
    this.inner.progress?.(record);
  }
}


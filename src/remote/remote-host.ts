/**
 * The server session's host: nobody sits at it, so prompts fail as under -NonInteractive (the client
 * asks for confirmation before it sends a request), and the text written to the host (Write-Host,
 * `What if:` lines) is kept per request and sent back as Host records.
 */
import type { ChoiceDescription, Host, HostStream } from '../engine/host';

export class RemoteHost implements Host {
  readonly name = 'ServerRemoteHost';
  readonly interactive = false;
  private texts: string[] | null = null;

  constructor(private readonly columns = 120) {}

  width(): number {
    return this.columns;
  }

  /** Starts keeping host text for one request. */
  begin(): void {
    this.texts = [];
  }

  /** The host text written since begin(), each write without its final newline. */
  end(): string[] {
    const t = this.texts ?? [];
    this.texts = null;
    return t.map((s) => s.replace(/\r?\n$/, ''));
  }

  write(stream: HostStream, text: string): void {
    // The other streams come back from the run's own records (warnings, verbose...), not as text.
    if (stream === 'host' && this.texts) this.texts.push(text);
  }

  readLine(): string | null {
    return null;
  }

  readSecret(): string | null {
    return null;
  }

  promptForChoice(_caption: string, _message: string, _choices: ChoiceDescription[], _defaultChoice: number): number {
    return -1;
  }
}

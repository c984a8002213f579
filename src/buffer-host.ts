/**
 * The library's default host: keeps everything written as one transcript (what a terminal would
 * show, without colours) and answers prompts from a queue of lines given up front, as
 * `pwsh -NonInteractive` with redirected input would. Browser-safe.
 */
import type { ChoiceDescription, Host, HostStream } from './engine/host';

export class BufferHost implements Host {
  readonly name = 'exo-emulator';
  private transcript = '';

  constructor(
    private readonly input: string[] = [],
    private readonly columns = 120,
  ) {}

  /** Prompts can be answered while queued answers remain; otherwise they fail as under -NonInteractive. */
  get interactive(): boolean {
    return this.input.length > 0;
  }

  width(): number {
    return this.columns;
  }

  write(_stream: HostStream, text: string): void {
    this.transcript += text;
  }

  /** Queues more answers for later prompts. */
  answer(...lines: string[]): void {
    this.input.push(...lines);
  }

  readLine(prompt: string): string | null {
    this.transcript += prompt;
    const line = this.input.shift();
    if (line === undefined) return null;
    this.transcript += line + '\n';
    return line;
  }

  readSecret(prompt: string): string | null {
    this.transcript += prompt;
    const line = this.input.shift();
    if (line === undefined) return null;
    this.transcript += '*'.repeat(line.length) + '\n';
    return line;
  }

  promptForChoice(caption: string, message: string, choices: ChoiceDescription[], defaultChoice: number): number {
    const hot = choices.map((c) => {
      const i = c.label.indexOf('&');
      return i >= 0 ? c.label[i + 1].toUpperCase() : c.label[0].toUpperCase();
    });
    const labels = choices.map((c, i) => `[${hot[i]}] ${c.label.replace('&', '')}`);
    this.transcript += `${caption}\n${message}\n${labels.join('  ')}  [?] Help (default is "${hot[defaultChoice] ?? 'Y'}"): `;
    const line = this.input.shift();
    if (line === undefined) return -1;
    this.transcript += line + '\n';
    if (line.trim() === '') return defaultChoice;
    const idx = hot.indexOf(line.trim().toUpperCase());
    return idx;
  }

  /** Position in the transcript, for `textSince`. */
  mark(): number {
    return this.transcript.length;
  }

  textSince(mark: number): string {
    return this.transcript.slice(mark);
  }

  text(): string {
    return this.transcript;
  }
}

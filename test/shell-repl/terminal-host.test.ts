import { describe, expect, it } from 'vitest';
import { parseChoice, TerminalHost, type OutputSink } from '../../shell/terminal-host';
import { SyncInput } from '../../shell/repl/input';
import { colorsEnabled } from '../../src/repl/ansi';
import type { ProgressRecord } from '../../src/engine/host';
import { StopRequestedSignal } from '../../src/engine/errors';

function sink(isTTY: boolean, columns?: number): OutputSink & { text: string } {
  const s = { text: '', isTTY, write: (t: string) => void (s.text += t), columns: () => columns };
  return s;
}

const pipedInput = (text: string) => SyncInput.fromText(text);

describe('TerminalHost.write', () => {
  const tty = () => {
    const out = sink(true, 90);
    const err = sink(true);
    return { out, err, host: new TerminalHost({ stdout: out, stderr: err, env: {}, input: pipedInput('') }) };
  };

  it.each([
    ['warning', 'careful\n', '\x1b[33;1mWARNING: careful\x1b[0m\n'],
    ['warning', 'WARNING: careful\n', '\x1b[33;1mWARNING: careful\x1b[0m\n'],
    ['verbose', 'VERBOSE: step\n', '\x1b[33;1mVERBOSE: step\x1b[0m\n'],
    ['debug', 'DEBUG: x\n', '\x1b[33;1mDEBUG: x\x1b[0m\n'],
    ['output', 'plain\n', 'plain\n'],
    ['information', 'info\n', 'info\n'],
  ] as const)('%s %j on a terminal', (stream, text, expected) => {
    const { out, host } = tty();
    host.write(stream, text);
    expect(out.text).toBe(expected);
  });

  it('writes errors to stderr in red, line by line', () => {
    const { out, err, host } = tty();
    host.write('error', 'Get-X: bad\nsecond\n');
    expect(err.text).toBe('\x1b[31;1mGet-X: bad\x1b[0m\n\x1b[31;1msecond\x1b[0m\n');
    expect(out.text).toBe('');
  });

  it('colours Write-Host text by ConsoleColor names', () => {
    const { out, host } = tty();
    host.write('host', 'hi\n', { foregroundColor: 'Green', backgroundColor: 'DarkBlue' });
    expect(out.text).toBe('\x1b[92m\x1b[44mhi\x1b[0m\n');
  });

  it('writes no colour when piped or with NO_COLOR, and strips colours already in the text', () => {
    const out = sink(false);
    const host = new TerminalHost({ stdout: out, stderr: sink(false), env: {}, input: pipedInput('') });
    host.write('warning', 'careful\n');
    host.write('output', '\x1b[32;1mName\x1b[0m\n');
    expect(out.text).toBe('WARNING: careful\nName\n');
    expect(colorsEnabled(true, { NO_COLOR: '1' })).toBe(false);
    expect(colorsEnabled(true, {})).toBe(true);
    expect(colorsEnabled(false, {})).toBe(false);
  });

  it('takes its width from the terminal, else 120', () => {
    expect(tty().host.width()).toBe(90);
    expect(new TerminalHost({ stdout: sink(false), stderr: sink(false), input: pipedInput('') }).width()).toBe(120);
  });
});

describe('TerminalHost prompts with piped input', () => {
  function piped(lines: string) {
    const out = sink(false);
    return { out, host: new TerminalHost({ stdout: out, stderr: sink(false), env: {}, input: pipedInput(lines) }) };
  }

  it('reads the user name and the password as two lines', () => {
    const { out, host } = piped('alice\r\nsecret\n');
    expect(host.readLine('User: ')).toBe('alice');
    expect(host.readSecret('Password for user alice: ')).toBe('secret');
    expect(host.readLine('More: ')).toBeNull();
    expect(out.text).toBe('User: \nPassword for user alice: \nMore: \n');
  });

  it('PromptForChoice: default on empty, hot key, full label, help, end of input', () => {
    const choices = [{ label: '&Yes', help: 'Do it' }, { label: 'Yes to &All' }, { label: '&No' }];
    const { out, host } = piped('\na\n?\nno\n');
    expect(host.promptForChoice('Confirm', 'Sure?', choices, 0)).toBe(0);
    expect(host.promptForChoice('', '', choices, 0)).toBe(1);
    expect(host.promptForChoice('', '', choices, 0)).toBe(2);
    expect(host.promptForChoice('', '', choices, 0)).toBe(-1);
    const line = '[Y] Yes  [A] Yes to All  [N] No  [?] Help (default is "Y"): ';
    expect(out.text).toBe(
      `Confirm\nSure?\n${line}\n${line}\n${line}\nY - Do it\nA - Yes to All\nN - No\n${line}\n${line}\n`,
    );
  });

  it('parses hot keys', () => {
    expect(parseChoice({ label: 'Yes to &All' })).toEqual({ hotKey: 'A', text: 'Yes to All' });
    expect(parseChoice({ label: 'Suspend' })).toEqual({ hotKey: 'S', text: 'Suspend' });
  });
});

describe('TerminalHost progress (pwsh 7.6 Minimal view at the cursor)', () => {
  const rec = (activity: string, over: Partial<ProgressRecord> = {}): ProgressRecord => ({
    activityId: 0, parentActivityId: -1, activity, statusDescription: 'Processing', currentOperation: null,
    percentComplete: -1, secondsRemaining: -1, recordType: 'Processing', sourceId: 0, ...over,
  });
  const setup = (isTTY = true) => {
    let t = 0;
    const out = sink(isTTY, 80);
    const host = new TerminalHost({ stdout: out, stderr: sink(isTTY), env: {}, input: pipedInput(''), now: () => t });
    return { out, host, tick: (ms: number) => (t += ms) };
  };
  const line = (activity: string, status: string, bar: number) => `\x1b[33;1m${activity} [\x1b[7m${status}${' '.repeat(bar - status.length - 1)}\x1b[27m]\x1b[0m`;

  it('draws the activity line at the cursor and returns to its start', () => {
    const { out, host } = setup();
    host.progress(rec('A', { statusDescription: 'S' }));
    expect(out.text).toBe(line('A', 'S', 75) + '\r');
  });

  it('output erases the display, is written, and the display comes back below it', () => {
    const { out, host } = setup();
    host.progress(rec('A', { statusDescription: 'S' }));
    out.text = '';
    host.write('output', 'out 1\n');
    expect(out.text).toBe('\r\x1b[J' + 'out 1\n' + line('A', 'S', 75) + '\r');
  });

  it('-Completed and the end of the command line clear it', () => {
    const { out, host } = setup();
    host.progress(rec('A'));
    out.text = '';
    host.progress(rec('A', { recordType: 'Completed' }));
    expect(out.text).toBe('\r\x1b[J');
    host.progress(rec('B'));
    out.text = '';
    host.resetProgress();
    expect(out.text).toBe('\r\x1b[J');
    host.write('output', 'x\n');
    expect(out.text).toBe('\r\x1b[Jx\n');
  });

  it('several activities take a line each; the cursor goes back up to the first', () => {
    const { out, host } = setup();
    host.progress(rec('Outer', { activityId: 1 }));
    out.text = '';
    host.progress(rec('Inner', { activityId: 2, parentActivityId: 1 }));
    expect(out.text).toMatch(/^\r\x1b\[J\x1b\[33;1mOuter \[.*\n  \x1b\[33;1mInner \[.*\x1b\[1A\r$/);
  });

  it('updates of the same activity are redrawn at most every 50 ms (of real time)', () => {
    const { out, host, tick } = setup();
    host.progress(rec('A', { statusDescription: '1' }));
    host.progress(rec('A', { statusDescription: '2' }));
    expect(out.text).not.toContain(line('A', '2', 75));
    tick(50);
    host.progress(rec('A', { statusDescription: '3' }));
    expect(out.text.endsWith(line('A', '3', 75) + '\r')).toBe(true);
  });

  it('shows nothing when output is redirected (not a terminal)', () => {
    const { out, host } = setup(false);
    host.progress(rec('A'));
    host.write('output', 'x\n');
    host.resetProgress();
    expect(out.text).toBe('x\n');
  });

  it('waits for a line left open by Write-Host -NoNewline', () => {
    const { out, host } = setup();
    host.write('host', 'partial');
    host.progress(rec('A', { statusDescription: 'S' }));
    expect(out.text).toBe('partial');
    host.write('host', ' end\n');
    expect(out.text).toBe('partial end\n' + line('A', 'S', 75) + '\r');
  });
});

describe('TerminalHost under the supervisor (shell/supervisor.ts): its control pipe read next to the keyboard', () => {
  /** A supervisor channel that delivers the queued messages, one per read. */
  function channel(...messages: { interrupt?: boolean; quit?: boolean }[]) {
    return { read: () => ({ interrupt: false, quit: false, ...(messages.shift() ?? {}) }) };
  }
  const notTty = { isTTY: false, setRawMode: () => undefined };

  it('an interrupt (SIGINT) is a Ctrl+C for the running command, once', () => {
    const input = new SyncInput(-1, notTty, channel({}, { interrupt: true }));
    const host = new TerminalHost({ input, stdout: sink(false), stderr: sink(false) });
    expect(host.stopRequested()).toBe(false);
    expect(host.stopRequested()).toBe(true);
    expect(host.stopRequested()).toBe(false);
    expect(input.quitRequested).toBe(false);
  });

  it('a quit (SIGTERM/SIGHUP, or the supervisor gone) stops the command, then the input ends', () => {
    const input = new SyncInput(-1, notTty, channel({ quit: true }));
    input.unread('type-ahead\r');
    const host = new TerminalHost({ input, stdout: sink(false), stderr: sink(false) });
    expect(host.stopRequested()).toBe(true);
    expect(input.quitRequested).toBe(true);
    expect(input.readChunk()).toBeNull();
    expect(input.readLine()).toBeNull();
    // Every later look stops again: a command that went on (a Read-Host answered null) stops at its next poll.
    expect(host.stopRequested()).toBe(true);
    // A prompt (Read-Host, Get-Credential) stops the command line as Ctrl+C does, rather than answer null.
    expect(() => host.readLine('Name: ')).toThrow(StopRequestedSignal);
    expect(() => host.readSecret('Password: ')).toThrow(StopRequestedSignal);
  });
});

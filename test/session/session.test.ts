import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/session';
import { parseDuration } from '../../src/duration';
import { BufferHost } from '../../src/buffer-host';

describe('createSession().run', () => {
  it('returns objects, the text the shell prints and success', () => {
    const s = createSession();
    const r = s.run('[pscustomobject]@{a=1;b="x"}');
    expect(r.success).toBe(true);
    expect(r.output).toHaveLength(1);
    expect(r.text).toBe('\na b\n- -\n1 x\n\n');
  });

  it('reports an unknown command as pwsh does and marks the run failed', () => {
    const s = createSession();
    const r = s.run('Get-Foo');
    expect(r.success).toBe(false);
    expect(r.errors[0].fullyQualifiedErrorId).toBe('CommandNotFoundException');
    expect(r.text).toBe(
      "Get-Foo: The term 'Get-Foo' is not recognized as a name of a cmdlet, function, script file, or executable program.\n" +
        'Check the spelling of the name, or if a path was included, verify that the path is correct and try again.\n',
    );
  });

  it('a parameter line cut off from its command (no backtick) is a command named after the parameter', () => {
    // Doc blocks such as "Set-UMMailboxPolicy -Identity X\n-MaxLogonAttempts 5": pwsh runs the
    // second line as a command `-MaxLogonAttempts`, which does not exist.
    const s = createSession({ scenario: 'contoso' });
    const r = s.run('Get-AcceptedDomain | Out-Null\n-MaxLogonAttempts 5 -MinPINLength 9');
    expect(r.errors.map((e) => String(e.targetObject))).toEqual(['-MaxLogonAttempts']);
    // Raised on line 2 of the command line: ConciseView shows the Line block (checked against pwsh 7.6).
    expect(r.text).toBe(
      '-MaxLogonAttempts: \nLine |\n   2 |  -MaxLogonAttempts 5 -MinPINLength 9\n     |  ~~~~~~~~~~~~~~~~~\n' +
        "     | The term '-MaxLogonAttempts' is not recognized as a name of a cmdlet, function, script file, or executable program.\n" +
        'Check the spelling of the name, or if a path was included, verify that the path is correct and try again.\n',
    );
  });

  it('renders parse errors with the line and a marker under the column', () => {
    const r = createSession().run('Get-Mailbox -Identity <identity>');
    expect(r.success).toBe(false);
    expect(r.text).toContain("The '<' operator is reserved for future use.");
    expect(r.text.startsWith('ParserError: \nLine |\n   1 |  Get-Mailbox -Identity <identity>\n')).toBe(true);
  });

  it('answers prompts from the input queue (Get-Credential reads user then password)', () => {
    const s = createSession({ input: ['CONTOSO\\administrator', 'P@ssw0rd!'] });
    const r = s.run('$c = Get-Credential; $c.UserName');
    expect(r.output).toEqual(['CONTOSO\\administrator']);
    expect(r.text).not.toContain('P@ssw0rd!');
  });

  it('moves the virtual clock and reads it back through Get-Date', () => {
    const s = createSession();
    const before = s.now().getTime();
    s.advance('1d12h');
    expect(s.now().getTime() - before).toBe(36 * 3600 * 1000);
    const r = s.run('(Get-Date).Day');
    expect(r.output[0]).toBe(s.now().getUTCDate());
  });

  it('restores a snapshot, undoing what scripts changed in the world', () => {
    const s = createSession();
    const snap = s.snapshot();
    s.run("Set-Content -Path C:\\Users\\Administrator\\Desktop\\note.txt -Value 'hi'");
    expect(s.run('Test-Path C:\\Users\\Administrator\\Desktop\\note.txt').output).toEqual([true]);
    s.restore(snap);
    expect(s.run('Test-Path C:\\Users\\Administrator\\Desktop\\note.txt').output).toEqual([false]);
  });

  it('formats objects as the shell would print them', () => {
    const s = createSession();
    expect(s.format([1, 'two'])).toBe('1\ntwo\n');
  });
});

describe('parseDuration', () => {
  it.each([
    ['3d', 3 * 86400000],
    ['90m', 90 * 60000],
    ['1.5h', 5400000],
    ['1d12h', 36 * 3600000],
    ['500ms', 500],
    ['2w', 14 * 86400000],
    ['00:30:00', 1800000],
    ['1.02:03:04', 93784000],
  ])('%s', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['', 'soon', '3 days', '1x'])('rejects %j with a clear message', (text) => {
    expect(() => parseDuration(text)).toThrow(/Cannot convert .* to a duration/);
  });
});

describe('one Out-Default per command line', () => {
  it('continues a table started by one statement with the next statement of the same shape', () => {
    const r = createSession().run('[pscustomobject]@{a=1}; [pscustomobject]@{a=2}');
    expect(r.text).toBe('\na\n-\n1\n2\n\n');
  });

  it('prints a scalar after a table without closing lines in between, as pwsh does', () => {
    const r = createSession().run("[pscustomobject]@{a=1}; 'x'");
    expect(r.text).toBe('\na\n-\n1\nx\n\n');
  });
});

describe('Ctrl+C (host.stopRequested)', () => {
  class StoppingHost extends BufferHost {
    polls = 0;
    constructor(private readonly stopAfter: number) {
      super();
    }
    stopRequested(): boolean {
      return ++this.polls > this.stopAfter;
    }
  }

  it('stops an endless loop and the rest of the line, without an error record', () => {
    const host = new StoppingHost(1000);
    const s = createSession({ host });
    const r = s.run('$n = 0; while ($true) { $n++ }; "after"');
    expect(r.success).toBe(false);
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual([]);
    expect(s.runspace.getVariable('n')).toBeGreaterThan(0);
  });

  it('cannot be caught by try/catch in the script', () => {
    const host = new StoppingHost(5);
    const s = createSession({ host });
    const r = s.run('try { foreach ($i in 1..100) { Write-Output $i } } catch { "caught" } finally { }');
    expect(r.output).not.toContain('caught');
  });
});

describe("a script's own param() block", () => {
  it('applies defaults when nothing is passed', () => {
    const r = createSession().run('Param($Path = "C:\\Temp", [int]$Count = 3)\n"[$Path] [$Count]"');
    expect(r.output).toEqual(['[C:\\Temp] [3]']);
  });

  it('binds -Name value pairs, prefixes, switches and positions, leaving the rest in $args', () => {
    const s = createSession();
    const r = s.run('param([string]$Name, [int]$Size, [switch]$Force)\n"$Name|$Size|$Force|$($args -join \',\')"', {
      args: ['-Si', '42', 'Cutover', '-Force', 'extra'],
    });
    expect(r.output).toEqual(['Cutover|42|True|extra']);
  });
});

describe('errors merged into Out-Default (pwsh 7.6.10 oracle)', () => {
  it('a statement\'s output so far prints before its error; an open table goes on after it', () => {
    expect(createSession().run("& { [pscustomobject]@{a=1}; Write-Error 'x'; [pscustomobject]@{a=2} }; & { 'str'; Write-Error 'y'; 'two' }").text).toBe('\na\n-\n1\nWrite-Error: x\n2\nstr\nWrite-Error: y\ntwo\n\n');
  });
  it('a runtime error stopped by the Stop preference shows as ParentContainsErrorRecordException', () => {
    expect(createSession().run("$ErrorActionPreference='Stop'; & { 'a'; 1/0 }").text).toBe('a\nParentContainsErrorRecordException: Attempted to divide by zero.\n');
  });
});

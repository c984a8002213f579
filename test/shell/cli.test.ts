/**
 * exo-shell run non-interactively, as a user or CI would: -Command, -File with $args, a script on
 * standard input, prompts answered from piped input, -NonInteractive, -State persistence, exit codes.
 * The CLI is bundled once with esbuild (dependencies stay external) and spawned with node.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleCli } from './bundled-cli';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let cli = '';
let dir = '';

beforeAll(() => {
  cli = bundleCli('exo-shell-cli');
  dir = mkdtempSync(join(tmpdir(), 'exo-shell-run-'));
}, 60000);

function shell(args: string[], input = '') {
  const r = spawnSync(process.execPath, [cli, ...args], { input, cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 30000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('exo-shell -Command / -File', () => {
  it('prints the output and exits 0', () => {
    expect(shell(['-Command', '1+1; "hello $env:USERNAME"'])).toEqual({ code: 0, out: '2\nhello Administrator\n', err: '' });
  });

  it('exits 1 when the last statement failed, with the error on stderr', () => {
    const r = shell(['-Command', 'Get-Foo']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain("Get-Foo: The term 'Get-Foo' is not recognized as a name of a cmdlet");
  });

  it('exits 0 when an earlier statement failed but the last succeeded, as pwsh does', () => {
    expect(shell(['-Command', "Get-Foo; 'ok'"]).code).toBe(0);
  });

  it('passes `exit N` through as the exit code', () => {
    expect(shell(['-Command', 'exit 7']).code).toBe(7);
  });

  it('reports a parse error as ParserError and exits 1', () => {
    const r = shell(['-Command', 'Get-Mailbox -Identity <identity>']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('ParserError:');
    expect(r.err).toContain("The '<' operator is reserved for future use.");
  });

  it('runs a .ps1 file with its arguments in $args', () => {
    const path = join(dir, 'args.ps1');
    writeFileSync(path, '"count: $($args.Count)"\n$args[1]\n');
    expect(shell(['-File', path, 'one', 'two'])).toEqual({ code: 0, out: 'count: 2\ntwo\n', err: '' });
  });

  it('reads a script from standard input with -Command -', () => {
    expect(shell(['-Command', '-'], '$x = 20\n$x + 1\n').out).toBe('21\n');
  });

  it('answers Get-Credential from piped input (user, then password) and never echoes the password', () => {
    const r = shell(['-Command', '$c = Get-Credential; $c.UserName'], 'CONTOSO\\administrator\nP@ssw0rd!\n');
    expect(r.code).toBe(0);
    expect(r.out).toContain('CONTOSO\\administrator\n');
    expect(r.out + r.err).not.toContain('P@ssw0rd!');
  });

  it('fails prompts under -NonInteractive', () => {
    const r = shell(['-NonInteractive', '-Command', 'Get-Credential'], 'user\npass\n');
    expect(r.code).toBe(1);
    expect(r.err).toContain('PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.');
  });

  it('starts on another scenario with -Scenario and refuses an unknown one clearly', () => {
    expect(shell(['-Scenario', 'contoso-selfsigned-cert', '-Command', '(Get-LabScenario -Current).Name']).out).toBe('contoso-selfsigned-cert\n');
    const bad = shell(['-Scenario', 'nowhere', '-Command', '1']);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('nowhere');
  });

  it('keeps the world in a -State file across runs', () => {
    const state = join(dir, 'lab.json');
    expect(shell(['-State', state, '-Command', "Set-Content C:\\Users\\Administrator\\Desktop\\n.txt 'persisted'"]).code).toBe(0);
    expect(existsSync(state)).toBe(true);
    expect(readFileSync(state, 'utf8')).not.toContain('P@ssw0rd!');
    expect(shell(['-State', state, '-Command', 'Get-Content C:\\Users\\Administrator\\Desktop\\n.txt']).out).toBe('persisted\n');
  });

  it('prints its flags with --help and rejects unknown ones', () => {
    expect(shell(['--help']).out).toContain('-Command');
    const r = shell(['-Bogus']);
    expect(r.code).toBe(64);
    expect(r.err).toContain("The argument '-Bogus' is not recognized");
  });
});

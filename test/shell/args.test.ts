import { describe, expect, it } from 'vitest';
import { CliError, cliHelp, parseCliArgs } from '../../shell/args';

describe('exo-shell command line (pwsh-style flags)', () => {
  it.each([
    [['-Command', 'Get-MigrationBatch'], 'Get-MigrationBatch'],
    [['-command', 'Get-MigrationBatch', '|', 'fl'], 'Get-MigrationBatch | fl'],
    [['-c', '1+1'], '1+1'],
    [['-NoProfile', '-COMMAND', '$x = 1; $x'], '$x = 1; $x'],
    [['--Command', 'dir'], 'dir'],
  ])('%j runs the rest of the line as the command', (argv, command) => {
    expect(parseCliArgs(argv).command).toBe(command);
  });

  it('takes -Command - as a script on standard input', () => {
    const o = parseCliArgs(['-Command', '-']);
    expect(o.commandFromStdin).toBe(true);
    expect(o.command).toBeNull();
  });

  it('gives -File the path and the rest as script arguments', () => {
    const o = parseCliArgs(['-nop', '-File', 'lab.ps1', 'a', '-b', '3']);
    expect(o.file).toBe('lab.ps1');
    expect(o.fileArgs).toEqual(['a', '-b', '3']);
    expect(o.noProfile).toBe(true);
  });

  it('treats a bare first argument as a script file, as pwsh does', () => {
    expect(parseCliArgs(['script.ps1', 'x']).file).toBe('script.ps1');
  });

  it('reads scenario, state, seed and switches case-insensitively', () => {
    const o = parseCliArgs(['-scenario', 'contoso-selfsigned-cert', '-STATE', 'lab.json', '-seed', '42', '-noni', '-NoConnect']);
    expect(o).toMatchObject({ scenario: 'contoso-selfsigned-cert', state: 'lab.json', seed: 42, nonInteractive: true, noConnect: true });
  });

  it('accepts -Name:value', () => {
    expect(parseCliArgs(['-Scenario:contoso']).scenario).toBe('contoso');
  });

  it('routes replay to its own subcommand', () => {
    expect(parseCliArgs(['replay', 'x.jsonl', '--parse-only']).subcommand).toEqual({ name: 'replay', args: ['x.jsonl', '--parse-only'] });
  });

  it.each([
    [['-Bogus'], "The argument '-Bogus' is not recognized as the name of a command-line parameter. Run 'exo-shell --help' for the list."],
    [['-No'], "Parameter '-No' is ambiguous. Possible matches include: -NoConnect -NoProfile -NoLogo -NonInteractive."],
    [['-Command'], "Missing an argument for parameter 'Command'. Specify a parameter of type 'System.String' and try again."],
  ])('%j fails clearly', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(CliError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });

  it('lists every flag in --help', () => {
    const help = cliHelp();
    for (const name of ['-Command', '-File', '-Scenario', '-State', '-NoConnect', '-NonInteractive']) expect(help).toContain(name);
  });
});

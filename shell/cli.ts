/**
 * exo-shell: the command-line entry. Reads pwsh-style flags (shell/args.ts), then runs a script
 * non-interactively (-Command, -File, standard input), replays the doc corpus, or starts the REPL.
 */
import { readFileSync } from 'node:fs';
import { isatty } from 'node:tty';
import { CliError, cliHelp, parseCliArgs } from './args';
import { CONTROL_FD_ENV, NO_SUPERVISOR_ENV, superviseRepl } from './supervisor';

async function main(argv: string[]): Promise<number> {
  let opts;
  try {
    opts = parseCliArgs(argv);
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(e.message + '\n');
      return 64;
    }
    throw e;
  }
  if (opts.subcommand?.name === 'replay') {
    const { replayMain } = await import('./replay');
    return replayMain(opts.subcommand.args);
  }
  if (opts.subcommand?.name === 'lab') {
    const { labMain } = await import('./lab');
    return labMain(opts.subcommand.args);
  }
  if (opts.subcommand?.name === 'serve' || opts.subcommand?.name === 'export-module') {
    const { remoteMain } = await import('./remote-cli');
    return remoteMain(opts.subcommand.name, opts.subcommand.args);
  }
  if (opts.help) {
    process.stdout.write(cliHelp());
    return 0;
  }
  if (opts.version) {
    process.stdout.write(`exo-shell ${readVersion()}\n`);
    return 0;
  }
  if (opts.command !== null || opts.commandFromStdin || opts.file !== null) {
    let script: string;
    let scriptPath: string | null = null;
    if (opts.file !== null) {
      scriptPath = opts.file;
      try {
        script = readFileSync(opts.file, 'utf8').replace(/^\uFEFF/, '');
      } catch {
        process.stderr.write(`The argument '${opts.file}' is not recognized as the name of a script file. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.\n`);
        return 64;
      }
    } else if (opts.commandFromStdin) {
      script = readFileSync(0, 'utf8');
    } else {
      script = opts.command!;
    }
    const { runScriptNonInteractive } = await import('./run');
    return runScriptNonInteractive(script, { ...opts, scriptPath });
  }
  // On a terminal the REPL runs in a child process under a supervisor (shell/supervisor.ts) that acts on
  // signals and restores the terminal however the REPL ends; scripts and piped input stay in one process.
  // EXO_SHELL_NO_SUPERVISOR=1 keeps the REPL in this process (no signal handling; bench/startup.ts compares).
  if (isatty(0) && process.env[CONTROL_FD_ENV] === undefined && !process.env[NO_SUPERVISOR_ENV]) return superviseRepl(argv);
  const { startRepl } = await import('./run');
  return startRepl(opts);
}

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return 'unknown';
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    // The last resort: a defect of exo-emulator outside any command. No stack trace unless asked (EXO_DEBUG=1).
    const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    process.stderr.write(
      `exo-shell: internal error: ${what}\nThis is a defect of exo-emulator. Please file an issue for exo-emulator with the command line you ran and this message` +
        (process.env.EXO_DEBUG ? `:\n${e instanceof Error ? e.stack : ''}\n` : ' (EXO_DEBUG=1 adds the stack trace).\n'),
    );
    process.exitCode = 70;
  },
);

/**
 * exo-shell's command line, read the way pwsh reads its own: single-dash long names, case-insensitive,
 * any unique prefix (`-c`, `-nop`, `-noni`), `-Command` taking the rest of the line and `-File` taking a
 * path followed by the script's own arguments (about_Pwsh). yargs-parser does the parsing once the
 * names are canonical.
 */
import yargsParser from 'yargs-parser';

export interface CliOptions {
  command: string | null;
  /** `-Command -`: read the script from standard input. */
  commandFromStdin: boolean;
  file: string | null;
  fileArgs: string[];
  scenario: string | null;
  state: string | null;
  seed: number | null;
  noConnect: boolean;
  noProfile: boolean;
  noLogo: boolean;
  nonInteractive: boolean;
  /** `-ManualClock`: at the prompt, the virtual clock stands still between commands (as in scripts). */
  manualClock: boolean;
  help: boolean;
  version: boolean;
  /** `exo-shell replay <corpus> [--parse-only] [--errors]` */
  subcommand: { name: 'replay' | 'lab' | 'serve' | 'export-module'; args: string[] } | null;
}

export class CliError extends Error {}

interface FlagSpec {
  name: string;
  kind: 'string' | 'boolean' | 'number';
  /** pwsh's own short forms that are not plain prefixes. */
  extraAliases?: string[];
  help: string;
}

/** The flags, in the order `exo-shell --help` lists them. */
export const FLAGS: FlagSpec[] = [
  { name: 'Command', kind: 'string', help: 'Runs the rest of the line as a script and exits (`-Command -` reads the script from standard input).' },
  { name: 'File', kind: 'string', help: 'Runs a .ps1 script from the host disk; the arguments after the path go to $args.' },
  { name: 'Scenario', kind: 'string', help: 'The world to start from: a built-in scenario name or a scenario file (default: contoso).' },
  { name: 'State', kind: 'string', help: 'A state file: loaded when it exists, saved on exit (the world persists across runs).' },
  { name: 'Seed', kind: 'number', help: 'Seed for the simulated randomness (runs are reproducible).' },
  { name: 'NoConnect', kind: 'boolean', help: 'Starts disconnected from Exchange Online (use Connect-ExchangeOnline).' },
  { name: 'NoProfile', kind: 'boolean', extraAliases: ['nop'], help: 'Accepted for pwsh compatibility (no profile is ever loaded).' },
  { name: 'NoLogo', kind: 'boolean', extraAliases: ['nol'], help: 'Hides the banner.' },
  { name: 'NonInteractive', kind: 'boolean', extraAliases: ['noni'], help: 'Never prompts: a prompt fails instead.' },
  {
    name: 'ManualClock',
    kind: 'boolean',
    help: 'At the prompt, the virtual clock stands still between commands (it runs at 60x real time by default; scripts always keep it still).',
  },
  { name: 'Help', kind: 'boolean', extraAliases: ['?', 'h'], help: 'Shows this help.' },
  { name: 'Version', kind: 'boolean', extraAliases: ['v'], help: 'Prints the version.' },
];

function canonicalFlag(token: string): FlagSpec {
  const bare = token.replace(/^-{1,2}|^\//, '');
  const lower = bare.toLowerCase();
  const exact = FLAGS.find((f) => f.name.toLowerCase() === lower || f.extraAliases?.includes(lower));
  if (exact) return exact;
  const matches = FLAGS.filter((f) => f.name.toLowerCase().startsWith(lower));
  if (matches.length === 1) return matches[0];
  if (matches.length > 1) {
    throw new CliError(`Parameter '-${bare}' is ambiguous. Possible matches include: ${matches.map((m) => '-' + m.name).join(' ')}.`);
  }
  throw new CliError(`The argument '-${bare}' is not recognized as the name of a command-line parameter. Run 'exo-shell --help' for the list.`);
}

export function parseCliArgs(argv: string[]): CliOptions {
  const opts: CliOptions = {
    command: null,
    commandFromStdin: false,
    file: null,
    fileArgs: [],
    scenario: null,
    state: null,
    seed: null,
    noConnect: false,
    noProfile: false,
    noLogo: false,
    nonInteractive: false,
    manualClock: false,
    help: false,
    version: false,
    subcommand: null,
  };
  if (argv[0] === 'replay' || argv[0] === 'lab' || argv[0] === 'serve' || argv[0] === 'export-module') {
    opts.subcommand = { name: argv[0], args: argv.slice(1) };
    return opts;
  }

  // Canonicalise names; -Command and -File end option parsing (the rest belongs to the script).
  const canonical: string[] = [];
  let rest: { flag: 'Command' | 'File'; values: string[] } | null = null;
  for (let i = 0; i < argv.length; i++) {
    const tok = argv[i];
    if (/^(-{1,2}|\/)[A-Za-z?]/.test(tok) && !(tok.startsWith('/') && tok.length > 1 && tok.includes('/', 1))) {
      const [namePart, inline] = tok.split(/:(.*)/s, 2) as [string, string | undefined];
      const spec = canonicalFlag(namePart);
      if (spec.name === 'Command' || spec.name === 'File') {
        const values = inline !== undefined ? [inline, ...argv.slice(i + 1)] : argv.slice(i + 1);
        rest = { flag: spec.name, values };
        break;
      }
      canonical.push(`--${spec.name}`);
      if (inline !== undefined) canonical.push(inline);
      else if (spec.kind !== 'boolean') {
        if (i + 1 >= argv.length) {
          throw new CliError(`Missing an argument for parameter '${spec.name}'. Specify a parameter of type '${spec.kind === 'number' ? 'System.Int32' : 'System.String'}' and try again.`);
        }
        canonical.push(argv[++i]);
      }
    } else if (tok === '-') {
      throw new CliError(`Unexpected argument '-'. Use '-Command -' to read a script from standard input.`);
    } else {
      // A bare first argument is a script file, as `pwsh script.ps1` does.
      rest = { flag: 'File', values: argv.slice(i) };
      break;
    }
  }

  const parsed = yargsParser(canonical, {
    string: FLAGS.filter((f) => f.kind === 'string').map((f) => f.name),
    boolean: FLAGS.filter((f) => f.kind === 'boolean').map((f) => f.name),
    number: FLAGS.filter((f) => f.kind === 'number').map((f) => f.name),
    configuration: { 'camel-case-expansion': false, 'short-option-groups': false, 'duplicate-arguments-array': false },
  });
  opts.scenario = (parsed.Scenario as string | undefined) ?? null;
  opts.state = (parsed.State as string | undefined) ?? null;
  if (parsed.Seed !== undefined) {
    if (!Number.isFinite(parsed.Seed)) throw new CliError(`Cannot convert value to type System.Int32 for -Seed.`);
    opts.seed = parsed.Seed as number;
  }
  opts.noConnect = !!parsed.NoConnect;
  opts.noProfile = !!parsed.NoProfile;
  opts.noLogo = !!parsed.NoLogo;
  opts.nonInteractive = !!parsed.NonInteractive;
  opts.manualClock = !!parsed.ManualClock;
  opts.help = !!parsed.Help;
  opts.version = !!parsed.Version;

  if (rest?.flag === 'Command') {
    if (rest.values.length === 0) throw new CliError(`Missing an argument for parameter 'Command'. Specify a parameter of type 'System.String' and try again.`);
    if (rest.values.length === 1 && rest.values[0] === '-') opts.commandFromStdin = true;
    else opts.command = rest.values.join(' ');
  } else if (rest?.flag === 'File') {
    if (rest.values.length === 0) throw new CliError(`Missing an argument for parameter 'File'. Specify a parameter of type 'System.String' and try again.`);
    opts.file = rest.values[0];
    opts.fileArgs = rest.values.slice(1);
  }
  return opts;
}

export function cliHelp(): string {
  const width = Math.max(...FLAGS.map((f) => f.name.length + (f.kind === 'boolean' ? 0 : 8))) + 2;
  const lines = [
    'Usage: exo-shell [options]',
    '       exo-shell -Command <script> | -Command -',
    '       exo-shell -File <path.ps1> [args]',
    '       exo-shell replay <article.md> [--fill] [--scenario <name>] [--json <file>|-]   (exo-shell replay --help)',
    '       exo-shell replay <corpus.jsonl> [--errors] [--json <file>|-] [--parse-only]',
    '       exo-shell lab start <lab name or file> -State <world file>',
    '       exo-shell lab check [<lab>] -State <world file>',
    '       exo-shell lab report <lab> <world files...> [-Out <folder>]   (CSV and JSON, a row per learner)',
    '       exo-shell serve [-Scenario <name>] [-State <world file>] [-Port <n>]   (a world for pwsh and other processes)',
    '       exo-shell export-module <dir>   (the PowerShell module that talks to exo-shell serve)',
    '       exo-shell lab build <labs...> --out <folder>   (a static site: the labs in the browser, docs/labs.md)',
    '',
    'Options (single dash, case-insensitive, any unique prefix):',
  ];
  for (const f of FLAGS) {
    const left = `-${f.name}${f.kind === 'boolean' ? '' : ' <value>'}`;
    lines.push(`  ${left.padEnd(width)} ${f.help}`);
  }
  return lines.join('\n') + '\n';
}

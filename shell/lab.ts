/**
 * `exo-shell lab check <lab> -State <file>`: grades a saved world non-interactively. <lab> is a
 * built-in lab's name or a lab file (.json, .yaml). One line per step (PASS, FAIL: <message>,
 * SKIPPED), the score, then `N passed, N failed`; exit 0 only when every step passed, 1 when some
 * did not, 2 for bad input (a lab file, a state file, a usage error), with the file and place named.
 *
 * `exo-shell lab report <lab> <world files...> [-Out <dir>]`: grades a class at once. Writes
 * `<dir>/lab-report.csv` and `lab-report.json` (one row per learner, named by the file, a column per
 * step; a file that cannot be graded is a row with its error) and prints one line per learner.
 *
 * `exo-shell lab build <labs...> --out <dir>`: the labs as a static site that runs in the browser
 * (shell/lab-build.ts, docs/labs.md "Labs in the browser").
 */
import { basename, join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { createSession } from '../src/session';
import { builtInLabNames, getBuiltInLab, gradeLab, gradeReport, LabError, labOfProgress, parseLabText, sessionEvaluator, type Lab, type LabGrade } from '../src/lab';
import { WorldError } from '../src/model/messages';
import { readWorldFile } from './file-store';
import { parseCliArgs } from './args';
import { runScriptNonInteractive } from './run';
import { buildLabSite, parseBuildArgs, webAssetsDir } from './lab-build';

const USAGE =
  'Usage: exo-shell lab start <lab name or file> -State <world file>\n' +
  '       exo-shell lab check [<lab name or file>] -State <world file>\n' +
  '       exo-shell lab report <lab name or file> <world files...> [-Out <folder>]\n' +
  '       exo-shell lab build <lab names or files...> --out <folder>';

class UsageError extends Error {}

const isLabFile = (nameOrPath: string): boolean => /[\\/]|\.(json|ya?ml)$/i.test(nameOrPath);

function readLab(nameOrPath: string): Lab {
  if (isLabFile(nameOrPath)) {
    let text: string;
    try {
      text = readFileSync(nameOrPath, 'utf8');
    } catch (e) {
      throw new LabError(`The lab file '${nameOrPath}' could not be read: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : (e as Error).message}`);
    }
    return parseLabText(text, nameOrPath);
  }
  const lab = getBuiltInLab(nameOrPath);
  if (!lab) throw new LabError(`There is no built-in lab named '${nameOrPath}' (the labs: ${builtInLabNames().join(', ')}); give a lab file's path for your own.`);
  return lab;
}

function parseCheckArgs(args: string[], labRequired: boolean): { lab: string | undefined; state: string } {
  let lab: string | undefined;
  let state: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (/^--?state$/i.test(a)) {
      state = args[++i];
      if (state === undefined) throw new UsageError(`Missing the world file after ${a}.`);
    } else if (a.startsWith('-')) {
      throw new UsageError(`Unknown option '${a}'.`);
    } else if (lab === undefined) lab = a;
    else throw new UsageError(`Unexpected argument '${a}'.`);
  }
  if (lab === undefined && labRequired) throw new UsageError('Missing the lab to start.');
  if (state === undefined) throw new UsageError(labRequired ? 'Missing -State <world file>: the world the lab is kept in.' : 'Missing -State <world file>: the saved world to grade.');
  return { lab, state };
}

/** Grades one saved world against a lab; bad input is a LabError or WorldError naming the file and place. */
function gradeStateFile(given: Lab | undefined, state: string): LabGrade {
  const { world } = readWorldFile(state);
  if (!world.lab) {
    throw new LabError(`The world file '${state}' has no lab started (/world/lab is null): start it with exo-shell lab start ${given?.name ?? '<lab>'} -State ${state}.`);
  }
  let own: Lab | undefined;
  try {
    own = labOfProgress(world.lab);
  } catch (e) {
    if (!(e instanceof LabError)) throw e;
    throw new LabError(`The world file '${state}' holds a lab that is not valid: ${e.message}`);
  }
  const lab = given ?? own;
  if (!lab) throw new LabError(`The world file '${state}' holds the lab '${world.lab.name}' (/world/lab/name), which is not a built-in lab: give its lab file.`);
  if (world.lab.name !== lab.name) throw new LabError(`The world file '${state}' holds the lab '${world.lab.name}' (/world/lab/name), not '${lab.name}'.`);
  const stepIds = new Set(lab.steps.map((s) => s.id));
  const stray = world.lab.skipped.findIndex((id) => !stepIds.has(id));
  if (stray >= 0) throw new LabError(`The world file '${state}' skips a step the lab '${lab.name}' does not have: /world/lab/skipped/${stray} is '${world.lab.skipped[stray]}'.`);
  const strayPass = (world.lab.passed ?? []).findIndex((id) => !stepIds.has(id));
  if (strayPass >= 0) throw new LabError(`The world file '${state}' passes a step the lab '${lab.name}' does not have: /world/lab/passed/${strayPass} is '${world.lab.passed![strayPass]}'.`);
  return gradeLab(lab, world.lab, sessionEvaluator(createSession({ world, realTime: () => 0 })));
}

function parseReportArgs(args: string[]): { lab: string; states: string[]; out: string } {
  let lab: string | undefined;
  let out = '.';
  const states: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (/^--?out$/i.test(a)) {
      const next = args[++i];
      if (next === undefined) throw new UsageError(`Missing the folder after ${a}.`);
      out = next;
    } else if (a.startsWith('-')) throw new UsageError(`Unknown option '${a}'.`);
    else if (lab === undefined) lab = a;
    else states.push(a);
  }
  if (lab === undefined) throw new UsageError('Missing the lab to grade.');
  if (states.length === 0) throw new UsageError("Missing the learners' world files.");
  return { lab, states, out };
}

const csvField = (v: string | number): string => (typeof v === 'number' || !/[",\r\n]/.test(v) ? String(v) : `"${v.replace(/"/g, '""')}"`);

/** One row per learner: the file's name, the score, passed/failed, a column per step (PASS, FAIL: <message>, SKIPPED), or the error. */
function reportRows(lab: Lab, states: string[]): { learner: string; file: string; score: number | null; total: number | null; passed: number | null; failed: number | null; steps: Record<string, string>; error: string | null }[] {
  return states.map((file) => {
    const learner = basename(file).replace(/\.(world\.)?json$/i, '');
    try {
      const g = gradeStateFile(lab, file);
      const steps = Object.fromEntries(g.steps.map((s) => [s.step.id, s.status === 'FAIL' ? `FAIL: ${s.missing[0]}` : s.status]));
      return { learner, file, score: g.score, total: g.total, passed: g.passed, failed: g.failed, steps, error: null };
    } catch (e) {
      if (!(e instanceof LabError || e instanceof WorldError)) throw e;
      return { learner, file, score: null, total: null, passed: null, failed: null, steps: {}, error: e.message };
    }
  });
}

function labReport(args: string[], out: (text: string) => void): number {
  const { lab: labArg, states, out: folder } = parseReportArgs(args);
  const lab = readLab(labArg);
  const rows = reportRows(lab, states);
  const header = ['learner', 'file', 'score', 'total', 'passed', 'failed', ...lab.steps.map((s) => s.id), 'error'];
  const csv = [header, ...rows.map((r) => [r.learner, r.file, r.score ?? '', r.total ?? '', r.passed ?? '', r.failed ?? '', ...lab.steps.map((s) => r.steps[s.id] ?? ''), r.error ?? ''])]
    .map((cells) => cells.map(csvField).join(','))
    .join('\r\n') + '\r\n';
  writeFileSync(join(folder, 'lab-report.csv'), csv);
  writeFileSync(join(folder, 'lab-report.json'), JSON.stringify({ lab: lab.name, title: lab.title, steps: lab.steps.map((s) => ({ id: s.id, title: s.title })), learners: rows }, null, 2) + '\n');
  for (const r of rows) out(r.error ? `${r.learner}: cannot be graded: ${r.error}\n` : `${r.learner}: ${r.score}/${r.total}, ${r.passed} passed, ${r.failed} failed\n`);
  const graded = rows.filter((r) => !r.error);
  out(`${graded.length} graded, ${rows.length - graded.length} not graded; ${graded.filter((r) => r.failed === 0).length} completed the lab. Written: ${join(folder, 'lab-report.csv')}, ${join(folder, 'lab-report.json')}\n`);
  return rows.some((r) => r.error) ? 2 : graded.every((r) => r.failed === 0) ? 0 : 1;
}

/**
 * `exo-shell lab start <lab> -State <file>`: starts a lab in a world file (created from the lab's
 * scenario). A lab file of the trainer's own is read from the host disk and kept in the world, so
 * the learner goes on with `exo-shell -State <file>` and `lab check -State <file>` grades it.
 */
function labStart(args: string[]): number {
  const { lab: labArg, state } = parseCheckArgs(args, true);
  const lab = readLab(labArg!);
  const opts = { ...parseCliArgs([]), state, nonInteractive: true, scriptPath: null };
  if (!isLabFile(labArg!)) return runScriptNonInteractive(`Start-Lab -Name '${lab.name.replace(/'/g, "''")}'`, opts);
  return runScriptNonInteractive('Start-Lab -Definition $args[0]', { ...opts, fileArgs: [JSON.stringify(lab)] });
}

function labBuild(args: string[], out: (text: string) => void): number {
  let parsed: { labs: string[]; out: string };
  try {
    parsed = parseBuildArgs(args);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const labs = parsed.labs.map((l) => ({ lab: readLab(l), builtIn: !isLabFile(l) }));
  const names = new Set<string>();
  for (const { lab } of labs) {
    if (names.has(lab.name)) throw new LabError(`The lab '${lab.name}' is given twice.`);
    names.add(lab.name);
  }
  const assets = webAssetsDir();
  if (!assets) throw new LabError("The browser lab's files are missing (dist/web): build them with npm run build.");
  const site = buildLabSite(labs, parsed.out, assets);
  out(`Wrote the lab site to ${site.outDir} (${labs.map((l) => l.lab.name).join(', ')}). Serve the folder with any web server; see docs/labs.md, "Labs in the browser".\n`);
  return 0;
}

export function labMain(args: string[], out: (text: string) => void = (t) => process.stdout.write(t), err: (text: string) => void = (t) => process.stderr.write(t)): number {
  const command = args[0];
  if (command !== 'check' && command !== 'report' && command !== 'start' && command !== 'build') {
    err(`exo-shell lab: ${command === undefined ? 'missing the command' : `unknown command '${command}'`}.\n${USAGE}\n`);
    return 64;
  }
  try {
    if (command === 'report') return labReport(args.slice(1), out);
    if (command === 'start') return labStart(args.slice(1));
    if (command === 'build') return labBuild(args.slice(1), out);
    const { lab: labArg, state } = parseCheckArgs(args.slice(1), false);
    const grade = gradeStateFile(labArg === undefined ? undefined : readLab(labArg), state);
    out(`${grade.lab.title}\n${gradeReport(grade)}`);
    return grade.failed === 0 ? 0 : 1;
  } catch (e) {
    if (e instanceof UsageError) {
      err(`exo-shell lab ${command}: ${e.message}\n${USAGE}\n`);
      return 64;
    }
    if (e instanceof LabError || e instanceof WorldError) {
      err(`exo-shell lab ${command}: ${e.message}\n`);
      return 2;
    }
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'EACCES') {
      err(`exo-shell lab ${command}: ${(e as Error).message}\n`);
      return 2;
    }
    throw e;
  }
}

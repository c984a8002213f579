/**
 * `exo-shell lab check <lab> -State <file>`: grades a saved world non-interactively. <lab> is a
 * built-in lab's name or a lab file (.json, .yaml). One line per step (PASS, FAIL: <message>,
 * SKIPPED), the score, then `N passed, N failed`; exit 0 only when every step passed, 1 when some
 * did not, 2 for bad input (a lab file, a state file, a usage error), with the file and place named.
 */
import { readFileSync } from 'node:fs';
import { createSession } from '../src/session';
import { builtInLabNames, getBuiltInLab, gradeLab, gradeReport, LabError, parseLabText, sessionEvaluator, type Lab } from '../src/lab';
import { WorldError } from '../src/model/messages';
import { readWorldFile } from './file-store';

const USAGE = 'Usage: exo-shell lab check <lab name or file> -State <world file>';

class UsageError extends Error {}

function readLab(nameOrPath: string): Lab {
  if (/[\\/]|\.(json|ya?ml)$/i.test(nameOrPath)) {
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

function parseCheckArgs(args: string[]): { lab: string; state: string } {
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
  if (lab === undefined) throw new UsageError('Missing the lab to check.');
  if (state === undefined) throw new UsageError('Missing -State <world file>: the saved world to grade.');
  return { lab, state };
}

export function labMain(args: string[], out: (text: string) => void = (t) => process.stdout.write(t), err: (text: string) => void = (t) => process.stderr.write(t)): number {
  if (args[0] !== 'check') {
    err(`exo-shell lab: ${args[0] === undefined ? 'missing the command' : `unknown command '${args[0]}'`}.\n${USAGE}\n`);
    return 64;
  }
  try {
    const { lab: labArg, state } = parseCheckArgs(args.slice(1));
    const lab = readLab(labArg);
    const { world } = readWorldFile(state);
    if (!world.lab) throw new LabError(`The world file '${state}' has no lab started (/world/lab is null): start it with exo-shell -State ${state} -Command 'Start-Lab ${lab.name}'.`);
    if (world.lab.name !== lab.name) throw new LabError(`The world file '${state}' holds the lab '${world.lab.name}' (/world/lab/name), not '${lab.name}'.`);
    const stepIds = new Set(lab.steps.map((s) => s.id));
    const stray = world.lab.skipped.findIndex((id) => !stepIds.has(id));
    if (stray >= 0) throw new LabError(`The world file '${state}' skips a step the lab '${lab.name}' does not have: /world/lab/skipped/${stray} is '${world.lab.skipped[stray]}'.`);
    const grade = gradeLab(lab, world.lab, sessionEvaluator(createSession({ world, realTime: () => 0 })));
    out(`${lab.title}\n${gradeReport(grade)}`);
    return grade.failed === 0 ? 0 : 1;
  } catch (e) {
    if (e instanceof UsageError) {
      err(`exo-shell lab check: ${e.message}\n${USAGE}\n`);
      return 64;
    }
    if (e instanceof LabError || e instanceof WorldError) {
      err(`exo-shell lab check: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

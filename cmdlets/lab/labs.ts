/**
 * The lab cmdlets: a guided, graded exercise over the world. Start-Lab loads the lab's scenario into
 * the session's world and records the lab there (with the command lines typed since: the session
 * adds them), so -State keeps the learner's progress across runs. Checks are graded in a scratch
 * session over a copy of the world: grading changes nothing.
 */
import { defineCmdlet, type CmdletContext, type CmdletDefinition } from '../../src/engine/cmdlet';
import { PSObject } from '../../src/engine/values';
import type { WorldRuntime } from '../../src/model/runtime';
import type { LabProgress, World } from '../../src/model/world';
import { loadScenario } from '../../src/model/scenarios';
import { registerView } from '../../src/formatting/views';
import { builtInLabNames, getBuiltInLab, gradeLab, gradeStep, LabError, labOfProgress, parseLabText, sessionEvaluator, type Evaluate, type Lab, type ScratchSession } from '../../src/lab';
import { FileSystemError } from '../../src/engine/services';

const LAB_MODULE = 'ExoEmulator.Lab';
const PROGRESS_TYPE = 'ExoEmulator.LabStepProgress';

registerView(PROGRESS_TYPE, { kind: 'table', properties: ['Step', 'Title', 'Status', 'Score'] });

function runtimeOf(ctx: CmdletContext): WorldRuntime {
  const rt = ctx.services.get<WorldRuntime>('world');
  if (!rt) throw ctx.terminatingError({ message: 'No world is loaded in this session.', errorId: 'NoWorld', category: 'InvalidOperation' });
  return rt;
}

function findLab(ctx: CmdletContext, name: string): Lab {
  const lab = getBuiltInLab(name);
  if (!lab) {
    throw ctx.terminatingError({
      message: `Cannot find a lab named '${name}'. The labs are: ${builtInLabNames().join(', ')}.`,
      errorId: 'LabNotFound',
      category: 'ObjectNotFound',
      targetObject: name,
    });
  }
  return lab;
}

/** The started lab and its progress, or a terminating error saying how to start one. */
function currentLab(ctx: CmdletContext): { lab: Lab; progress: LabProgress; rt: WorldRuntime } {
  const rt = runtimeOf(ctx);
  const progress = rt.store.read().lab as LabProgress | null;
  if (!progress) {
    throw ctx.terminatingError({
      message: `No lab is started. Start one with Start-Lab <name> (the labs: ${builtInLabNames().join(', ')}).`,
      errorId: 'NoLabStarted',
      category: 'InvalidOperation',
    });
  }
  let lab: Lab | undefined;
  try {
    lab = labOfProgress(progress);
  } catch (e) {
    if (!(e instanceof LabError)) throw e;
    throw ctx.terminatingError({ message: e.message, errorId: 'InvalidLabDefinition', category: 'InvalidData' });
  }
  return { lab: lab ?? findLab(ctx, progress.name), progress: JSON.parse(JSON.stringify(progress)) as LabProgress, rt };
}

/** The lab -Path or -Definition names: a lab file of the trainer's own, validated (errors name the file and place). */
function customLab(ctx: CmdletContext): Lab {
  let text: string;
  let file: string;
  if (ctx.parameterSetName === 'Path') {
    const path = String(ctx.params['Path']);
    const fs = ctx.services.fs;
    file = path;
    try {
      text = fs.readText(fs.resolve(path));
    } catch (e) {
      if (!(e instanceof FileSystemError)) throw e;
      throw ctx.terminatingError({
        message: `Cannot find path '${fs.resolve(path)}' because it does not exist.`,
        errorId: 'PathNotFound',
        category: 'ObjectNotFound',
        targetObject: path,
        exceptionType: 'System.Management.Automation.ItemNotFoundException',
      });
    }
  } else {
    text = String(ctx.params['Definition']);
    // JSON starts with `{`; anything else is read as YAML.
    file = text.trimStart().startsWith('{') ? 'the lab definition (JSON)' : 'the lab definition.yaml';
  }
  try {
    return parseLabText(text, file);
  } catch (e) {
    if (!(e instanceof LabError)) throw e;
    throw ctx.terminatingError({ message: e.message, errorId: 'InvalidLabFile', category: 'InvalidData', targetObject: file });
  }
}

/** Evaluates checks in a scratch session over a copy of the world as it is now. */
function evaluatorFor(ctx: CmdletContext, rt: WorldRuntime): Evaluate {
  const create = ctx.services.get<(o: { world: World; realTime: () => number }) => ScratchSession>('createSession');
  if (!create) throw ctx.terminatingError({ message: 'This session cannot grade labs.', errorId: 'NoLabGrading', category: 'InvalidOperation' });
  let evaluate: Evaluate | undefined;
  // Made on the first expression check: a step with only history checks needs none.
  return (expression) => {
    evaluate ??= sessionEvaluator(create({ world: JSON.parse(JSON.stringify(rt.store.read())) as World, realTime: () => 0 }));
    return evaluate(expression);
  };
}

/** Markdown for the terminal: code blocks indented, emphasis and code marks dropped. */
export function renderMarkdown(text: string): string {
  return text
    .replace(/```[a-z]*\n([\s\S]*?)```/gi, (_, code: string) => code.replace(/\n$/, '').split('\n').map((l) => '    ' + l).join('\n'))
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/`([^`\n]+)`/g, '$1');
}

function clockLine(rt: WorldRuntime): string {
  const now = new Date(rt.clock.now()).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  const speed = rt.store.read().clock.speed;
  return speed > 0
    ? `Virtual clock: ${now} (running at ${speed}x real time; Set-LabClock -Advance 1h lets an hour pass at once)`
    : `Virtual clock: ${now} (stands still between commands; Set-LabClock -Advance 1h lets an hour pass)`;
}

function setProgress(rt: WorldRuntime, change: (lab: LabProgress) => void): void {
  rt.store.transaction((w) => {
    if (w.lab) change(w.lab);
  });
}

function stepHeading(lab: Lab, index: number): string {
  return `Step ${index + 1} of ${lab.steps.length}: ${lab.steps[index]!.title}`;
}

function finishedText(lab: Lab): string {
  return `Every step of '${lab.title}' is done. Get-LabProgress shows the score; Stop-Lab ends the lab.`;
}

export const startLab = defineCmdlet({
  name: 'Start-Lab',
  source: LAB_MODULE,
  defaultParameterSet: 'Name',
  parameters: [
    { name: 'Name', type: 'String', sets: { Name: { position: 0, mandatory: true } }, description: 'A built-in lab (Start-Lab lists them when the name is wrong).' },
    { name: 'Path', type: 'String', sets: { Path: { mandatory: true } }, description: 'A lab file of your own (JSON or YAML, docs/lab.schema.json) on the session\'s disk.' },
    { name: 'Definition', type: 'String', sets: { Definition: { mandatory: true } }, description: "A lab file's text (JSON or YAML): Start-Lab -Definition (Get-Content mylab.json -Raw)." },
  ],
  outputType: ['System.String'],
  help: {
    synopsis: "Starts a lab: loads its scenario into this session's world and shows the first step.",
    description:
      "The world is replaced by a fresh one from the lab's scenario; the lab and the command lines you type from now on are kept in the world (exo-shell -State keeps them across runs). Get-LabStep shows the current step, Test-LabStep checks it. A lab of your own (-Path, -Definition) is kept in the world too, so later runs and exo-shell lab check grade it without the file.",
    examples: [{ code: 'Start-Lab cutover-powershell' }, { code: 'Start-Lab -Path C:\\Labs\\mylab.json' }],
  },
  process(ctx) {
    const rt = runtimeOf(ctx);
    const custom = ctx.parameterSetName !== 'Name';
    const lab = custom ? customLab(ctx) : findLab(ctx, String(ctx.params['Name']));
    const fresh = loadScenario(lab.scenario);
    rt.store.transaction((w) => {
      for (const key of Object.keys(fresh) as (keyof World)[]) (w as unknown as Record<string, unknown>)[key] = fresh[key];
      w.lab = { name: lab.name, stepIndex: 0, skipped: [], history: [] };
      if (custom) w.lab.definition = JSON.parse(JSON.stringify(lab)) as Record<string, unknown>;
    });
    if (lab.setup) ctx.session.invokeText?.(lab.setup);
    ctx.writeObject(`Lab '${lab.title}' started on a fresh '${lab.scenario}' world.\n\n${stepText(lab, 0, rt)}`);
  },
});

function stepText(lab: Lab, index: number, rt: WorldRuntime): string {
  if (index >= lab.steps.length) return finishedText(lab);
  const step = lab.steps[index]!;
  return `${stepHeading(lab, index)}\n${clockLine(rt)}\n\n${renderMarkdown(step.instructions)}\n\nWhen done: Test-LabStep. Stuck: Get-LabHint, or Skip-LabStep to have it done for you.`;
}

export const getLabStep = defineCmdlet({
  name: 'Get-LabStep',
  source: LAB_MODULE,
  parameters: [],
  outputType: ['System.String'],
  help: { synopsis: "Shows the current lab step's instructions and the virtual clock.", examples: [{ code: 'Get-LabStep' }] },
  process(ctx) {
    const { lab, progress, rt } = currentLab(ctx);
    ctx.writeObject(stepText(lab, progress.stepIndex, rt));
  },
});

export const testLabStep = defineCmdlet({
  name: 'Test-LabStep',
  source: LAB_MODULE,
  parameters: [],
  outputType: ['System.String'],
  help: {
    synopsis: "Runs the current step's checks: says what is missing, or moves on to the next step.",
    examples: [{ code: 'Test-LabStep' }],
  },
  process(ctx) {
    const { lab, progress, rt } = currentLab(ctx);
    if (progress.stepIndex >= lab.steps.length) {
      ctx.writeObject(finishedText(lab));
      return;
    }
    const grade = gradeStep(lab, progress.stepIndex, progress, evaluatorFor(ctx, rt));
    if (grade.status === 'FAIL') {
      ctx.writeObject(`${stepHeading(lab, grade.index)}: not done yet.\n${grade.missing.map((m) => `  - ${m}`).join('\n')}`);
      return;
    }
    setProgress(rt, (l) => {
      l.stepIndex = grade.index + 1;
      if (!l.passed?.includes(lab.steps[grade.index]!.id)) (l.passed ??= []).push(lab.steps[grade.index]!.id);
    });
    const next = grade.index + 1 < lab.steps.length ? `\n\n${stepText(lab, grade.index + 1, rt)}` : `\n\n${finishedText(lab)}`;
    ctx.writeObject(`${stepHeading(lab, grade.index)}: done.${next}`);
  },
});

export const getLabHint = defineCmdlet({
  name: 'Get-LabHint',
  source: LAB_MODULE,
  parameters: [],
  outputType: ['System.String'],
  help: { synopsis: "Shows the current step's hints.", examples: [{ code: 'Get-LabHint' }] },
  process(ctx) {
    const { lab, progress } = currentLab(ctx);
    const step = lab.steps[progress.stepIndex];
    if (!step) {
      ctx.writeObject(finishedText(lab));
      return;
    }
    const hints = step.hints ?? [];
    ctx.writeObject(hints.length ? hints.map((h, i) => `Hint ${i + 1}: ${renderMarkdown(h)}`).join('\n') : `Step ${progress.stepIndex + 1} has no hints: Get-LabStep shows its instructions.`);
  },
});

export const skipLabStep = defineCmdlet({
  name: 'Skip-LabStep',
  source: LAB_MODULE,
  parameters: [],
  outputType: ['System.String'],
  help: {
    synopsis: "Does the current step for you (runs its solution) and moves on; the step is marked skipped and scores nothing.",
    examples: [{ code: 'Skip-LabStep' }],
  },
  process(ctx) {
    const { lab, progress, rt } = currentLab(ctx);
    const step = lab.steps[progress.stepIndex];
    if (!step) {
      ctx.writeObject(finishedText(lab));
      return;
    }
    if (step.solution) {
      ctx.writeObject(`Running the solution of step ${progress.stepIndex + 1}:\n${step.solution.split('\n').map((l) => '    ' + l).join('\n')}`);
      for (const v of ctx.session.invokeText?.(step.solution) ?? []) ctx.writeObject(v);
    }
    setProgress(rt, (l) => {
      if (!l.skipped.includes(step.id)) l.skipped.push(step.id);
      l.stepIndex = progress.stepIndex + 1;
    });
    ctx.writeObject(`${stepHeading(lab, progress.stepIndex)}: skipped.\n\n${stepText(lab, progress.stepIndex + 1, rt)}`);
  },
});

export const getLabProgress = defineCmdlet({
  name: 'Get-LabProgress',
  source: LAB_MODULE,
  parameters: [],
  outputType: [PROGRESS_TYPE],
  help: {
    synopsis: 'Grades every step of the lab now: its status (PASS, FAIL, SKIPPED; NotReached for a step after the current one) and its score.',
    examples: [{ code: 'Get-LabProgress' }],
  },
  process(ctx) {
    const { lab, progress, rt } = currentLab(ctx);
    const grade = gradeLab(lab, progress, evaluatorFor(ctx, rt));
    for (const s of grade.steps) {
      const status = s.status === 'FAIL' && s.index > progress.stepIndex ? 'NotReached' : s.status;
      ctx.writeObject(
        PSObject.fromRecord(
          { Step: s.index + 1, Id: s.step.id, Title: s.step.title, Status: status, Score: `${s.score}/${s.weight}`, Missing: s.missing },
          [PROGRESS_TYPE, 'System.Management.Automation.PSCustomObject', 'System.Object'],
        ),
      );
    }
  },
});

export const stopLab = defineCmdlet({
  name: 'Stop-Lab',
  source: LAB_MODULE,
  parameters: [],
  outputType: ['System.String'],
  help: { synopsis: 'Ends the lab: its progress and history leave the world (the world itself stays as it is).', examples: [{ code: 'Stop-Lab' }] },
  process(ctx) {
    const { lab, progress, rt } = currentLab(ctx);
    const grade = gradeLab(lab, progress, evaluatorFor(ctx, rt));
    rt.store.transaction((w) => {
      w.lab = null;
    });
    ctx.writeObject(`Lab '${lab.title}' stopped: ${grade.passed} of ${lab.steps.length} steps passed, score ${grade.score}/${grade.total}.`);
  },
});

export const LAB_LAB_CMDLETS: CmdletDefinition[] = [startLab, getLabStep, testLabStep, getLabHint, skipLabStep, getLabProgress, stopLab];

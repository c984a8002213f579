/**
 * The lab cmdlets: what a trainer uses that real Exchange has no equivalent for. They read the
 * scenario catalogue and drive the virtual clock (the world's processes run as time passes).
 */
import { wildcardMatch } from '../../src/engine/evaluator/operators';
import { defineCmdlet, type CmdletContext, type CmdletDefinition } from '../../src/engine/cmdlet';
import { PSDateTime, PSObject, PSTimeSpan, type PSValue } from '../../src/engine/values';
import { describeScenario, listScenarios } from '../../src/model/scenarios';
import type { WorldRuntime } from '../../src/model/runtime';
import { registerView } from '../../src/formatting/views';
import { describeClock } from './clock-text';
import { parseDuration } from '../../src/duration';
import { advanceWithProgress } from '../core/clock-progress';

const LAB_MODULE = 'ExoEmulator.Lab';
const SCENARIO_TYPE = 'ExoEmulator.LabScenario';
const CLOCK_TYPE = 'ExoEmulator.LabClock';

registerView(SCENARIO_TYPE, { kind: 'table', properties: ['Name', 'Mailboxes', 'Description'] });

function runtimeOf(ctx: CmdletContext): WorldRuntime {
  const rt = ctx.services.get<WorldRuntime>('world');
  if (!rt) throw ctx.terminatingError({ message: 'No world is loaded in this session.', errorId: 'NoWorld', category: 'InvalidOperation' });
  return rt;
}

function scenarioObject(name: string, current: string): PSObject {
  const d = describeScenario(name);
  return PSObject.fromRecord(
    {
      Name: d.name,
      Mailboxes: d.mailboxes,
      Description: d.description,
      ExchangeVersion: d.exchangeVersion,
      Domain: d.domain,
      TenantDomain: d.tenantDomain,
      Groups: d.groups,
      Contacts: d.contacts,
      Loaded: d.name === current,
    },
    [SCENARIO_TYPE, 'System.Management.Automation.PSCustomObject', 'System.Object'],
  );
}

export const getLabScenario = defineCmdlet({
  name: 'Get-LabScenario',
  source: LAB_MODULE,
  parameters: [
    {
      name: 'Name',
      type: 'String',
      sets: { __AllParameterSets: { position: 0, valueFromPipelineByPropertyName: true } },
      description: 'A scenario name; wildcards are accepted. Without it, every built-in scenario is listed.',
    },
    { name: 'Current', type: 'SwitchParameter', description: 'Describes the scenario the loaded world was seeded from.' },
  ],
  outputType: [SCENARIO_TYPE],
  help: {
    synopsis: 'Lists the built-in lab scenarios, or describes one.',
    description:
      'Each scenario seeds a world: the contoso organization ready for a cutover migration, and variants that each break one documented prerequisite (self-signed certificate, Outlook Anywhere disabled, unverified domain...). Start the shell on one with exo-shell -Scenario <name>.',
    examples: [
      { title: 'List the scenarios', code: 'Get-LabScenario' },
      { title: 'Describe the variants about certificates', code: 'Get-LabScenario *cert* | Format-List' },
    ],
  },
  process(ctx) {
    const current = runtimeOf(ctx).store.read().scenario.name;
    if (ctx.params['Current']) {
      const known = listScenarios().some((s) => s.name === current);
      if (known) ctx.writeObject(scenarioObject(current, current));
      else ctx.writeObject(PSObject.fromRecord({ Name: current, Description: runtimeOf(ctx).store.read().scenario.description, Loaded: true }, [SCENARIO_TYPE, 'System.Object']));
      return;
    }
    const pattern = ctx.params['Name'] === undefined || ctx.params['Name'] === null ? '*' : String(ctx.params['Name']);
    const matches = listScenarios().filter((s) => wildcardMatch(s.name, pattern));
    if (matches.length === 0 && !/[*?]/.test(pattern)) {
      ctx.writeError({
        message: `Cannot find a lab scenario named '${pattern}'. Run Get-LabScenario to list them.`,
        errorId: 'ScenarioNotFound',
        category: 'ObjectNotFound',
        targetObject: pattern,
      });
      return;
    }
    for (const s of matches) ctx.writeObject(scenarioObject(s.name, current));
  },
});

// A list, so that the sentence on how time passes is read whole (a table would cut it).
registerView(CLOCK_TYPE, { kind: 'list', properties: ['Now', 'Speed', 'Mode', 'Description'] });

function clockObject(rt: WorldRuntime): PSObject {
  const speed = rt.store.read().clock.speed;
  return PSObject.fromRecord(
    { Now: new PSDateTime(rt.clock.now(), 'Utc'), Speed: speed, Mode: speed > 0 ? 'RealTime' : 'Manual', Description: describeClock(speed) },
    [CLOCK_TYPE, 'System.Object'],
  );
}

export const getLabClock = defineCmdlet({
  name: 'Get-LabClock',
  source: LAB_MODULE,
  parameters: [],
  outputType: [CLOCK_TYPE],
  help: {
    synopsis: "Shows the world's virtual time, whether it runs with real time (at what speed) or stands still, and how to make time pass.",
    description:
      'At the interactive prompt the clock runs at 60x real time unless exo-shell was started with -ManualClock; scripts (-Command, -File) and the library keep it still between commands, so that their runs repeat exactly. Set-LabClock -Advance lets time pass at once, Set-LabClock -Speed sets how fast it runs.',
    examples: [{ code: 'Get-LabClock' }],
  },
  process(ctx) {
    const rt = runtimeOf(ctx);
    ctx.writeObject(clockObject(rt));
  },
});

function durationMs(ctx: CmdletContext, v: PSValue): number {
  const text = String(v).trim();
  // A bare number is seconds, as Start-Sleep takes them.
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  try {
    return parseDuration(text);
  } catch (e) {
    throw ctx.terminatingError({
      message: `Cannot bind parameter 'Advance'. ${(e as Error).message}`,
      errorId: 'CannotConvertArgumentNoMessage',
      category: 'InvalidArgument',
      targetObject: v,
    });
  }
}

/** DateTime.MaxValue (9999-12-31T23:59:59.999Z) in Unix milliseconds. */
const DATETIME_MAX_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

export const setLabClock = defineCmdlet({
  name: 'Set-LabClock',
  source: LAB_MODULE,
  supportsShouldProcess: true,
  confirmImpact: 'Low',
  parameters: [
    {
      name: 'Advance',
      // A string so that `-Advance 1d` keeps its text ('1d' is a decimal literal to pwsh; bound to a
      // string parameter it stays '1d', as pwsh binds bare numeric arguments).
      type: 'String',
      sets: { __AllParameterSets: { position: 0 } },
      description: "How far to move time: a TimeSpan, seconds, or a duration such as '3d', '90m', '1d12h'. Migrations, DNS TTLs and license grace progress as it passes.",
    },
    { name: 'Speed', type: 'Double', validateRange: [0, 1000000], description: 'Virtual seconds per real second: 1 is real time, 60 a minute every second (the interactive prompt starts at 60), 0 stops time between commands (scripts and the library start at 0).' },
    { name: 'PassThru', type: 'SwitchParameter' },
  ],
  outputType: [CLOCK_TYPE],
  help: {
    synopsis: "Moves the world's virtual clock forward, or lets it run with real time at a speed.",
    examples: [
      { title: 'Let three days pass', code: "Set-LabClock -Advance '3d'" },
      { title: 'Run an hour of virtual time per real second', code: 'Set-LabClock -Speed 3600' },
      { title: 'Stop the clock: time passes only with -Advance or Start-Sleep', code: 'Set-LabClock -Speed 0' },
    ],
  },
  process(ctx) {
    const rt = runtimeOf(ctx);
    if (ctx.bound('Advance')) {
      const ms = durationMs(ctx, ctx.params['Advance'] ?? 0);
      if (ms < 0) {
        throw ctx.terminatingError({ message: 'The lab clock only moves forward.', errorId: 'ClockCannotGoBack', category: 'InvalidArgument', targetObject: ms });
      }
      // .NET's DateTime ends at 9999-12-31: a clock beyond it could not be shown (and would take ages to reach day by day).
      if (!Number.isFinite(ms) || rt.clock.now() + ms > DATETIME_MAX_MS) {
        throw ctx.terminatingError({ message: 'The lab clock cannot move past 12/31/9999 23:59:59, the last date PowerShell can show.', errorId: 'ClockOutOfRange', category: 'InvalidArgument', targetObject: String(ctx.params['Advance']) });
      }
      // Day by day over a day, each day a progress record (the migration simulation stepping through days).
      if (ctx.shouldProcess(new PSTimeSpan(ms).toString(), 'Advance lab clock')) advanceWithProgress(ctx, ms, 'Advancing the lab clock');
    }
    if (ctx.bound('Speed')) {
      const speed = Number(ctx.params['Speed']);
      if (ctx.shouldProcess(String(speed), 'Set lab clock speed')) rt.clock.setSpeed(speed);
    }
    if (ctx.params['PassThru']) ctx.writeObject(clockObject(rt));
  },
});

export const LAB_CMDLETS: CmdletDefinition[] = [getLabScenario, getLabClock, setLabClock];

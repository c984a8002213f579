/**
 * Lab cmdlets that arrange a world for a test, as a Pester BeforeEach does through exo-shell serve:
 * reset it to a scenario, keep and restore snapshots, inject faults (the library's session.faults).
 */
import { defineCmdlet, type CmdletContext, type CmdletDefinition } from '../../src/engine/cmdlet';
import { PSDateTime, PSObject, stringOf } from '../../src/engine/values';
import { loadScenario } from '../../src/model/scenarios';
import type { World } from '../../src/model/world';
import type { WorldRuntime } from '../../src/model/runtime';
import type { StateStore } from '../../src/store/state-store';
import type { Faults, MailboxFault } from '../../src/library/faults';
import { LibraryError } from '../../src/library/messages';
import { parseDuration } from '../../src/duration';
import { WorldError } from '../../src/model/messages';
import { registerView } from '../../src/formatting/views';

const LAB_MODULE = 'ExoEmulator.Lab';
const SNAPSHOT_TYPE = 'ExoEmulator.LabSnapshot';
registerView(SNAPSHOT_TYPE, { kind: 'table', properties: ['Name', 'TakenAt', 'Scenario'] });

function runtimeOf(ctx: CmdletContext): WorldRuntime {
  const rt = ctx.services.get<WorldRuntime>('world');
  if (!rt) throw ctx.terminatingError({ message: 'No world is loaded in this session.', errorId: 'NoWorld', category: 'InvalidOperation' });
  return rt;
}

/** Replaces the world in the running cmdlet's transaction (a failure later in the call undoes it), keeping the world key. */
function replaceWorld(rt: WorldRuntime, fresh: World): void {
  rt.store.transaction((w) => {
    const secrets = w.secrets;
    for (const key of Object.keys(fresh) as (keyof World)[]) (w as unknown as Record<string, unknown>)[key] = fresh[key];
    // The world key stays: SecureStrings and CliXml exported before the reset still read back.
    if (secrets) w.secrets = JSON.parse(JSON.stringify(secrets)) as World['secrets'];
  });
}

export const resetLabWorld = defineCmdlet({
  name: 'Reset-LabWorld',
  source: LAB_MODULE,
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  parameters: [
    { name: 'Scenario', type: 'String', sets: { __AllParameterSets: { position: 0 } }, description: 'A built-in scenario (Get-LabScenario lists them). Without it, the scenario the loaded world was seeded from.' },
    { name: 'Seed', type: 'Int32', description: "Seed for the scenario's generated parts and the simulated randomness (default: the loaded world's seed)." },
  ],
  outputType: [],
  help: {
    synopsis: 'Replaces the world with a fresh one from a scenario: mailboxes, batches, DNS, clock and faults as the scenario seeds them.',
    description:
      'Everything done since is gone: migration endpoints and batches, DNS changes, mail, the lab in progress and mailbox faults; the clock goes back to the scenario\'s start. The world key stays, so secure strings exported before still read back. Snapshots (Save-LabSnapshot) are kept. A Pester BeforeEach calls it so that each test starts on the same world.',
    examples: [{ code: 'Reset-LabWorld' }, { code: 'Reset-LabWorld -Scenario contoso-selfsigned-cert' }],
  },
  process(ctx) {
    const rt = runtimeOf(ctx);
    const w = rt.store.read();
    const name = ctx.bound('Scenario') ? stringOf(ctx.params['Scenario']) : w.scenario.name;
    const seed = ctx.bound('Seed') ? Number(ctx.params['Seed']) : w.random.seed;
    if (!ctx.shouldProcess(name, 'Reset lab world')) return;
    let fresh: World;
    try {
      fresh = loadScenario(name, { seed });
    } catch (e) {
      if (!(e instanceof WorldError)) throw e;
      throw ctx.terminatingError({ message: e.message, errorId: 'ScenarioNotFound', category: 'ObjectNotFound', targetObject: name, exceptionType: 'System.ArgumentException' });
    }
    replaceWorld(rt, fresh);
  },
});

/** Snapshots of a session's world, by name (kept by the store: a server's snapshots last as long as it runs). */
const snapshots = new WeakMap<StateStore, Map<string, { name: string; takenAt: number; scenario: string; json: string }>>();
function snapshotsOf(rt: WorldRuntime): Map<string, { name: string; takenAt: number; scenario: string; json: string }> {
  let m = snapshots.get(rt.store);
  if (!m) snapshots.set(rt.store, (m = new Map()));
  return m;
}

function snapshotObject(s: { name: string; takenAt: number; scenario: string }): PSObject {
  return PSObject.fromRecord({ Name: s.name, TakenAt: new PSDateTime(s.takenAt, 'Utc'), Scenario: s.scenario }, [SNAPSHOT_TYPE, 'System.Object']);
}

export const saveLabSnapshot = defineCmdlet({
  name: 'Save-LabSnapshot',
  source: LAB_MODULE,
  parameters: [
    { name: 'Name', type: 'String', sets: { __AllParameterSets: { position: 0, mandatory: true } }, validateNotNullOrEmpty: true, description: 'The name to restore it by; a snapshot of the same name is replaced.' },
    { name: 'PassThru', type: 'SwitchParameter', description: 'Writes the snapshot taken.' },
  ],
  outputType: [SNAPSHOT_TYPE],
  help: {
    synopsis: 'Keeps a copy of the whole world under a name, to go back to with Restore-LabSnapshot.',
    description: 'Snapshots live as long as the session (exo-shell serve: as long as the server runs); they are not saved in the state file.',
    examples: [{ code: 'Save-LabSnapshot -Name before-cutover' }],
  },
  process(ctx) {
    const rt = runtimeOf(ctx);
    const name = stringOf(ctx.params['Name']);
    const w = rt.store.read();
    const snap = { name, takenAt: w.clock.now, scenario: w.scenario.name, json: JSON.stringify(w) };
    snapshotsOf(rt).set(name.toLowerCase(), snap);
    if (ctx.params['PassThru']) ctx.writeObject(snapshotObject(snap));
  },
});

export const getLabSnapshot = defineCmdlet({
  name: 'Get-LabSnapshot',
  source: LAB_MODULE,
  parameters: [{ name: 'Name', type: 'String', sets: { __AllParameterSets: { position: 0 } }, description: 'A snapshot name; without it, every snapshot.' }],
  outputType: [SNAPSHOT_TYPE],
  help: { synopsis: 'Lists the snapshots Save-LabSnapshot kept.', examples: [{ code: 'Get-LabSnapshot' }] },
  process(ctx) {
    const rt = runtimeOf(ctx);
    const all = [...snapshotsOf(rt).values()];
    if (!ctx.bound('Name')) {
      for (const s of all) ctx.writeObject(snapshotObject(s));
      return;
    }
    const name = stringOf(ctx.params['Name']);
    const s = snapshotsOf(rt).get(name.toLowerCase());
    if (!s) {
      ctx.writeError({ message: `There is no lab snapshot named '${name}'.`, errorId: 'LabSnapshotNotFound', category: 'ObjectNotFound', targetObject: name, exceptionType: 'System.Management.Automation.ItemNotFoundException' });
      return;
    }
    ctx.writeObject(snapshotObject(s));
  },
});

export const restoreLabSnapshot = defineCmdlet({
  name: 'Restore-LabSnapshot',
  source: LAB_MODULE,
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  parameters: [{ name: 'Name', type: 'String', sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } }, description: 'The snapshot to go back to.' }],
  outputType: [],
  help: {
    synopsis: 'Puts the world back as it was when the snapshot was saved (the clock included).',
    examples: [{ code: 'Restore-LabSnapshot -Name before-cutover' }],
  },
  process(ctx) {
    const rt = runtimeOf(ctx);
    const name = stringOf(ctx.params['Name']);
    const s = snapshotsOf(rt).get(name.toLowerCase());
    if (!s) throw ctx.terminatingError({ message: `There is no lab snapshot named '${name}'.`, errorId: 'LabSnapshotNotFound', category: 'ObjectNotFound', targetObject: name, exceptionType: 'System.Management.Automation.ItemNotFoundException' });
    if (!ctx.shouldProcess(name, 'Restore lab snapshot')) return;
    replaceWorld(rt, JSON.parse(s.json) as World);
  },
});

function faultsOf(ctx: CmdletContext): Faults {
  const f = ctx.services.get<{ faults: Faults }>('session')?.faults;
  if (!f) throw ctx.terminatingError({ message: 'This session has no fault injection.', errorId: 'NoFaults', category: 'InvalidOperation' });
  return f;
}

export const addLabFault = defineCmdlet({
  name: 'Add-LabFault',
  source: LAB_MODULE,
  defaultParameterSet: 'Mailbox',
  parameters: [
    { name: 'Mailbox', type: 'String', sets: { Mailbox: { mandatory: true } }, description: 'An on-premises mailbox (its primary SMTP address) the migration will have trouble with.' },
    { name: 'Fault', type: 'String', validateSet: ['CorruptItems', 'LargeItems', 'Unreadable'], sets: { Mailbox: { mandatory: true } }, description: 'CorruptItems / LargeItems: items the copy skips; Unreadable: the copy fails.' },
    { name: 'Count', type: 'Int32', validateRange: [1, 1000], sets: { Mailbox: {} }, description: 'How many problem items (default 1).' },
    { name: 'Endpoint', type: 'String', sets: { Endpoint: { mandatory: true } }, description: 'A migration endpoint whose source server cannot be reached for a while.' },
    { name: 'Duration', type: 'String', sets: { Endpoint: { mandatory: true } }, description: "How long the outage lasts: '2h', '1d', '00:30:00'." },
    { name: 'Cmdlet', type: 'String', sets: { Cmdlet: { mandatory: true } }, description: 'A cmdlet that fails after binding (its call changes nothing).' },
    { name: 'Times', type: 'Int32', validateRange: [1, 2147483647], sets: { Cmdlet: {} }, description: 'Fail the next N calls (default 1).' },
    { name: 'ErrorId', type: 'String', sets: { Cmdlet: {} }, description: "The error's id (default InjectedFault)." },
    { name: 'Message', type: 'String', sets: { Cmdlet: {} }, description: "The error's message." },
  ],
  outputType: [],
  help: {
    synopsis: 'Injects a fault: a mailbox the migration skips items of or fails, an endpoint outage, or a cmdlet that fails.',
    description: 'Mailbox faults and outages live in the world (snapshots and state files keep them); cmdlet faults live in the session until Clear-LabFault.',
    examples: [
      { code: 'Add-LabFault -Mailbox sara.lindqvist@contoso.com -Fault CorruptItems' },
      { code: "Add-LabFault -Endpoint CutoverEndpoint -Duration '2h'" },
      { code: 'Add-LabFault -Cmdlet Start-MigrationBatch -Times 1 -ErrorId TransientFailure -Message "The service is busy."' },
    ],
  },
  process(ctx) {
    const faults = faultsOf(ctx);
    try {
      if (ctx.parameterSetName === 'Mailbox') {
        faults.failMailbox(stringOf(ctx.params['Mailbox']), stringOf(ctx.params['Fault']) as MailboxFault, { count: ctx.bound('Count') ? Number(ctx.params['Count']) : 1 });
      } else if (ctx.parameterSetName === 'Endpoint') {
        faults.endpointOutage(stringOf(ctx.params['Endpoint']), { for: parseDuration(stringOf(ctx.params['Duration'])) });
      } else {
        faults.failCmdlet(stringOf(ctx.params['Cmdlet']), {
          times: ctx.bound('Times') ? Number(ctx.params['Times']) : 1,
          error: { ...(ctx.bound('ErrorId') ? { errorId: stringOf(ctx.params['ErrorId']) } : {}), ...(ctx.bound('Message') ? { message: stringOf(ctx.params['Message']) } : {}) },
        });
      }
    } catch (e) {
      if (e instanceof LibraryError || (e instanceof Error && /duration/i.test(e.message))) {
        throw ctx.terminatingError({ message: e.message, errorId: 'LabFaultInvalid', category: 'InvalidArgument', exceptionType: 'System.ArgumentException' });
      }
      throw e;
    }
  },
});

export const clearLabFault = defineCmdlet({
  name: 'Clear-LabFault',
  source: LAB_MODULE,
  parameters: [],
  outputType: [],
  help: {
    synopsis: 'Removes the cmdlet faults Add-LabFault -Cmdlet injected (world faults go with Reset-LabWorld or Restore-LabSnapshot).',
    examples: [{ code: 'Clear-LabFault' }],
  },
  process(ctx) {
    faultsOf(ctx).clearCmdletFaults();
  },
});

export const LAB_WORLD_CMDLETS: CmdletDefinition[] = [resetLabWorld, saveLabSnapshot, getLabSnapshot, restoreLabSnapshot, addLabFault, clearLabFault];

/**
 * Get-Location (gl, pwd), Set-Location (sl, cd, chdir), Push-Location (pushd), Pop-Location (popd)
 * over ctx.services.fs, whose location $PWD and every relative path follow. Parameter sets as pwsh
 * 7.6 has them (`Get-Command Set-Location -Syntax`). The location stack lives with the session's file
 * system, as pwsh keeps it with the session state.
 */
import { defineCmdlet, type CmdletContext } from '../../src/engine/cmdlet';
import type { FileSystem } from '../../src/engine/services';
import { stringOf } from '../../src/engine/values';
import { pathNotFound } from './file-io';
import { pathInfo, resolveItems } from './fs-items';

const stacks = new WeakMap<FileSystem, Map<string, string[]>>();
const previous = new WeakMap<FileSystem, { back: string[]; forward: string[] }>();

function stackOf(ctx: CmdletContext, name?: string): string[] {
  let all = stacks.get(ctx.services.fs);
  if (!all) stacks.set(ctx.services.fs, (all = new Map()));
  const key = (name ?? 'default').toLowerCase();
  let s = all.get(key);
  if (!s) all.set(key, (s = []));
  return s;
}

/** Moves to `path` (wildcards allowed when they name one folder); false after writing pwsh's error. */
function moveTo(ctx: CmdletContext, path: string, literal: boolean): boolean {
  const fs = ctx.services.fs;
  const r = resolveItems(ctx, path, literal);
  if (r.error) {
    ctx.writeError(r.error);
    return false;
  }
  const dirs = r.entries.filter((e) => e.isDirectory);
  // pwsh: a file (or nothing matching) is "Cannot find path '<as typed>' because it does not exist."
  if (dirs.length !== 1) {
    ctx.writeError(pathNotFound(path));
    return false;
  }
  fs.setLocation(dirs[0]!.path);
  return true;
}

export const getLocation = defineCmdlet({
  name: 'Get-Location',
  aliases: ['gl', 'pwd'],
  source: 'Microsoft.PowerShell.Management',
  defaultParameterSet: 'Location',
  outputType: ['System.Management.Automation.PathInfo', 'System.Management.Automation.PathInfoStack'],
  parameters: [
    { name: 'PSProvider', type: 'String[]', sets: { Location: { valueFromPipelineByPropertyName: true } }, noEffect: 'the FileSystem provider is the only one' },
    { name: 'PSDrive', type: 'String[]', sets: { Location: { valueFromPipelineByPropertyName: true } } },
    { name: 'Stack', type: 'SwitchParameter', sets: { Stack: {} } },
    { name: 'StackName', type: 'String[]', sets: { Stack: { valueFromPipelineByPropertyName: true } } },
  ],
  help: {
    synopsis: 'Gets information about the current working location or a location stack.',
    description: 'Writes the current location as a PathInfo object; -Stack writes the locations Push-Location saved, the latest first.',
    examples: [{ code: 'Get-Location' }, { code: 'Push-Location C:\\Temp; Get-Location -Stack' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.management/get-location',
  },
  process(ctx) {
    if (ctx.parameterSetName === 'Stack') {
      const names = ctx.params['StackName'];
      const list = Array.isArray(names) ? names.map((n) => stringOf(n)) : [undefined];
      for (const n of list) for (const p of [...stackOf(ctx, n)].reverse()) ctx.writeObject(pathInfo(p));
      return;
    }
    ctx.writeObject(pathInfo(ctx.services.fs.getLocation()));
  },
});

export const setLocation = defineCmdlet({
  name: 'Set-Location',
  aliases: ['sl', 'cd', 'chdir'],
  source: 'Microsoft.PowerShell.Management',
  defaultParameterSet: 'Path',
  outputType: ['System.Management.Automation.PathInfo', 'System.Management.Automation.PathInfoStack'],
  parameters: [
    { name: 'Path', type: 'String', sets: { Path: { position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } },
    { name: 'LiteralPath', type: 'String', aliases: ['PSPath', 'LP'], sets: { LiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } } },
    { name: 'PassThru', type: 'SwitchParameter' },
    { name: 'StackName', type: 'String', sets: { Stack: { valueFromPipelineByPropertyName: true } }, noEffect: 'only the default location stack is kept' },
  ],
  help: {
    synopsis: 'Sets the current working location to a specified location.',
    description: 'Changes the current folder; relative paths, $PWD and the prompt follow it. With no path it goes to the home folder; `-` and `+` go back and forward in the location history.',
    examples: [{ code: 'Set-Location C:\\Temp' }, { code: 'cd ..' }, { code: 'cd -' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.management/set-location',
  },
  process(ctx) {
    const fs = ctx.services.fs;
    const literal = ctx.bound('LiteralPath');
    const raw = literal ? ctx.params['LiteralPath'] : ctx.params['Path'];
    const path = raw === undefined || raw === null ? '~' : stringOf(raw);
    let history = previous.get(fs);
    if (!history) previous.set(fs, (history = { back: [], forward: [] }));
    const before = fs.getLocation();
    if (!literal && (path === '-' || path === '+')) {
      const from = path === '-' ? history.back : history.forward;
      const to = from.pop();
      if (to === undefined) {
        ctx.writeError({
          message: path === '-' ? 'There is no location history left to navigate backwards.' : 'There is no location history left to navigate forwards.',
          errorId: 'InvalidOperation',
          category: 'InvalidOperation',
          exceptionType: 'System.InvalidOperationException',
        });
        return;
      }
      (path === '-' ? history.forward : history.back).push(before);
      fs.setLocation(to);
    } else {
      if (!moveTo(ctx, path, literal)) return;
      history.back.push(before);
      history.forward = [];
    }
    if (ctx.params['PassThru'] === true) ctx.writeObject(pathInfo(fs.getLocation()));
  },
});

export const pushLocation = defineCmdlet({
  name: 'Push-Location',
  aliases: ['pushd'],
  source: 'Microsoft.PowerShell.Management',
  defaultParameterSet: 'Path',
  parameters: [
    { name: 'Path', type: 'String', sets: { Path: { position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } },
    { name: 'LiteralPath', type: 'String', aliases: ['PSPath', 'LP'], sets: { LiteralPath: { valueFromPipelineByPropertyName: true } } },
    { name: 'PassThru', type: 'SwitchParameter' },
    { name: 'StackName', type: 'String', sets: { __AllParameterSets: { valueFromPipelineByPropertyName: true } } },
  ],
  help: {
    synopsis: 'Adds the current location to the top of a location stack.',
    description: 'Saves the current location on the stack, then moves to -Path when one is given; Pop-Location comes back.',
    examples: [{ code: 'Push-Location C:\\Temp; Pop-Location' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.management/push-location',
  },
  process(ctx) {
    const fs = ctx.services.fs;
    const literal = ctx.bound('LiteralPath');
    const raw = literal ? ctx.params['LiteralPath'] : ctx.params['Path'];
    const before = fs.getLocation();
    if (raw !== undefined && raw !== null && !moveTo(ctx, stringOf(raw), literal)) return;
    stackOf(ctx, ctx.params['StackName'] === undefined ? undefined : stringOf(ctx.params['StackName'])).push(before);
    if (ctx.params['PassThru'] === true) ctx.writeObject(pathInfo(fs.getLocation()));
  },
});

export const popLocation = defineCmdlet({
  name: 'Pop-Location',
  aliases: ['popd'],
  source: 'Microsoft.PowerShell.Management',
  parameters: [
    { name: 'PassThru', type: 'SwitchParameter' },
    { name: 'StackName', type: 'String', sets: { __AllParameterSets: { valueFromPipelineByPropertyName: true } } },
  ],
  help: {
    synopsis: 'Changes the current location to the location most recently pushed onto the stack.',
    description: 'Takes the latest location off the stack and moves there; an empty stack does nothing.',
    examples: [{ code: 'Pop-Location' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.management/pop-location',
  },
  process(ctx) {
    const stack = stackOf(ctx, ctx.params['StackName'] === undefined ? undefined : stringOf(ctx.params['StackName']));
    const to = stack.pop();
    if (to === undefined) return;
    ctx.services.fs.setLocation(to);
    if (ctx.params['PassThru'] === true) ctx.writeObject(pathInfo(ctx.services.fs.getLocation()));
  },
});

export const locationCmdlets = [getLocation, setLocation, pushLocation, popLocation];

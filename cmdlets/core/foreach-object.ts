/**
 * ForEach-Object (%, foreach): script block form (-Begin/-Process/-End, positional blocks) and the
 * -MemberName form (reference/powershell/cmdlets/ForEach-Object.md).
 */
import { defineCmdlet, type CmdletContext } from '../../src/engine/cmdlet';
import type { PSValue } from '../../src/engine/values';
import { ScriptBlock } from '../../src/engine/scriptblock';
import { getProperty, hasProperty } from '../../src/engine/properties';
import { invokeMethod } from '../../src/engine/dotnet';
import { toStr } from '../../src/engine/conversion';
import { ErrorRecord, PSRuntimeError } from '../../src/engine/errors';

interface Blocks {
  begin: ScriptBlock | null;
  process: ScriptBlock[];
  end: ScriptBlock[];
}

function blocks(ctx: CmdletContext): Blocks {
  const list = [...((ctx.params['Process'] as PSValue[] | undefined) ?? []), ...((ctx.params['RemainingScripts'] as PSValue[] | undefined) ?? [])].filter((b): b is ScriptBlock => b instanceof ScriptBlock);
  const begin = ctx.params['Begin'] instanceof ScriptBlock ? ctx.params['Begin'] : null;
  const end = ctx.params['End'] instanceof ScriptBlock ? [ctx.params['End']] : [];
  // Several blocks without -Begin/-End: the first is begin, the last end (when more than two), the
  // middle ones process (ForEach-Object.md examples 8-10).
  if (!ctx.bound('Begin') && !ctx.bound('End') && list.length > 1) {
    if (list.length === 2) return { begin: list[0], process: [list[1]], end: [] };
    return { begin: list[0], process: list.slice(1, -1), end: [list[list.length - 1]] };
  }
  return { begin, process: list, end };
}

function emitAll(ctx: CmdletContext, values: PSValue[]): void {
  for (const v of values) ctx.writeObject(v);
}

/**
 * Runs a block, passing each object on as the block writes it: pwsh 7.6 prints `1..2 | % { $_;
 * Write-Host "h$_" }` as 1, h1, 2, h2, and what a block wrote before failing stays written.
 */
function streamBlock(ctx: CmdletContext, block: PSValue, input: PSValue): void {
  ctx.invokeScriptBlock(block, input, undefined, (v) => ctx.writeObject(v));
}

function memberCall(ctx: CmdletContext, input: PSValue): void {
  const name = toStr(ctx.params['MemberName'] ?? null);
  const args = (ctx.params['ArgumentList'] as PSValue[] | undefined) ?? [];
  if (input === null) return;
  if (!ctx.bound('ArgumentList') && hasProperty(input, name)) {
    ctx.writeObject(getProperty(input, name), true);
    return;
  }
  try {
    ctx.writeObject(invokeMethod(input, name, args, { services: ctx.services }), true);
  } catch (e) {
    if (!(e instanceof PSRuntimeError) || e.record.errorId !== 'MethodNotFound') throw e;
    ctx.writeError({ message: `Input name "${name}" cannot be resolved to a method.`, errorId: 'MethodOrPropertyNotFound', category: 'InvalidArgument', targetObject: input, exceptionType: 'System.Management.Automation.PSArgumentException' });
  }
}

export const forEachObject = defineCmdlet({
  name: 'ForEach-Object',
  aliases: ['%', 'foreach'],
  source: 'Microsoft.PowerShell.Core',
  defaultParameterSet: 'ScriptBlockSet',
  parameters: [
    { name: 'InputObject', type: 'PSObject', sets: { __AllParameterSets: { valueFromPipeline: true } } },
    { name: 'Begin', type: 'ScriptBlock', sets: { ScriptBlockSet: {} } },
    { name: 'Process', type: 'ScriptBlock[]', sets: { ScriptBlockSet: { position: 0, mandatory: true } } },
    { name: 'End', type: 'ScriptBlock', sets: { ScriptBlockSet: {} } },
    { name: 'RemainingScripts', type: 'ScriptBlock[]', sets: { ScriptBlockSet: { valueFromRemainingArguments: true } } },
    { name: 'MemberName', type: 'String', sets: { PropertyAndMethodSet: { position: 0, mandatory: true } } },
    { name: 'ArgumentList', type: 'Object[]', aliases: ['Args'], sets: { PropertyAndMethodSet: { valueFromRemainingArguments: true } } },
    { name: 'Parallel', type: 'ScriptBlock', sets: { ParallelParameterSet: { mandatory: true } }, noEffect: 'runs sequentially in the emulator' },
    { name: 'ThrottleLimit', type: 'Int32', sets: { ParallelParameterSet: {} }, noEffect: 'runs sequentially in the emulator' },
    { name: 'TimeoutSeconds', type: 'Int32', sets: { ParallelParameterSet: {} }, validateRange: [0, 2147483], noEffect: 'the script blocks run one after another on the emulator\'s virtual clock, so no time passes for a timeout' },
    { name: 'UseNewRunspace', type: 'SwitchParameter', sets: { ParallelParameterSet: {} }, noEffect: 'runs sequentially in the emulator, in the session\'s own runspace' },
  ],
  supportsShouldProcess: true,
  confirmImpact: 'Low',
  help: {
    synopsis: 'Performs an operation against each item in a collection of input objects.',
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.core/foreach-object?view=powershell-7.4',
  },
  begin(ctx) {
    if (ctx.parameterSetName === 'ScriptBlockSet') {
      const b = blocks(ctx);
      ctx.state['blocks'] = b;
      if (b.begin) streamBlock(ctx, b.begin, null);
    }
  },
  process(ctx) {
    const input = ctx.inputObject !== undefined ? ctx.inputObject : ctx.bound('InputObject') ? (ctx.params['InputObject'] ?? null) : null;
    if (ctx.parameterSetName === 'PropertyAndMethodSet') {
      memberCall(ctx, input);
      return;
    }
    if (ctx.parameterSetName === 'ParallelParameterSet') {
      try {
        emitAll(ctx, ctx.invokeScriptBlock(ctx.params['Parallel'] ?? null, input));
      } catch (e) {
        // pwsh 7.6: a terminating error in one parallel block ends that block only; it comes back as a
        // record PSTaskException (InvalidOperation) around the error's own exception (a `throw` shows as
        // `Exception:`), and the other items go on.
        if (!(e instanceof PSRuntimeError)) throw e;
        ctx.writeErrorRecord(new ErrorRecord({ exception: e.record.exception, errorId: 'PSTaskException', category: 'InvalidOperation', targetObject: null }));
      }
      return;
    }
    const b = ctx.state['blocks'] as Blocks;
    for (const p of b.process) streamBlock(ctx, p, input);
  },
  end(ctx) {
    const b = ctx.state['blocks'] as Blocks | undefined;
    if (b) for (const e of b.end) streamBlock(ctx, e, null);
  },
});

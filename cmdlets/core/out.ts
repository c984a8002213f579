/**
 * Out-String, Out-Default, Out-Host: the end of the formatting pipeline. Objects are formatted
 * as Out-Default would show them (src/formatting); format records from Format-* are rendered.
 * Reference: /work/shared/reference/powershell/cmdlets/Out-String.md.
 */
import { defineCmdlet, type CmdletContext, type CmdletDefinition } from '../../src/engine/cmdlet';
import type { PSValue } from '../../src/engine/values';
import { formatLines, outDefaultWidth, OutDefaultSession, type OutputChunk } from '../../src/formatting/out-default';
import { enumerationLimit } from './format';
import { withSequenceErrors } from '../../src/formatting/sequence';

function collect(ctx: CmdletContext): void {
  // `Out-String -InputObject 1`: the argument is the one object (pwsh 7.6 prints it as piped).
  const v = ctx.inputObject !== undefined ? ctx.inputObject : ctx.bound('InputObject') ? (ctx.params['InputObject'] ?? null) : undefined;
  if (v === undefined) return;
  ((ctx.state.items ??= []) as PSValue[]).push(v);
}

function items(ctx: CmdletContext): PSValue[] {
  return (ctx.state.items as PSValue[] | undefined) ?? [];
}

const input = { name: 'InputObject', type: 'PSObject', sets: { __AllParameterSets: { valueFromPipeline: true } } };

export const outString: CmdletDefinition = defineCmdlet({
  name: 'Out-String',
  source: 'Microsoft.PowerShell.Utility',
  outputType: ['System.String'],
  parameters: [
    { name: 'Width', type: 'Int32', validateRange: [2, 2147483647] },
    { name: 'Stream', type: 'SwitchParameter' },
    { name: 'NoNewline', type: 'SwitchParameter' },
    input,
  ],
  help: { synopsis: 'Outputs input objects as a string.' },
  process: collect,
  end(ctx) {
    // Without -Width, the host's width (pwsh 7.6 on an 80-column console: 80; 120 where there is no console).
    // Without -Width list values are not wrapped at all (OutputOptions.unwrappedLists).
    const hasWidth = typeof ctx.params['Width'] === 'number';
    const width = hasWidth ? (ctx.params['Width'] as number) : ctx.host.width();
    const lines = withSequenceErrors(() => formatLines(items(ctx), { width, enumerationLimit: enumerationLimit(ctx), unwrappedLists: !hasWidth }));
    if (ctx.params['Stream'] === true) for (const l of lines) ctx.writeObject(l);
    else if (ctx.params['NoNewline'] === true) ctx.writeObject(lines.join(''));
    else ctx.writeObject(lines.map((l) => l + '\n').join(''));
  },
});

/**
 * Out-Default and Out-Host format each object as it comes, as the command line's own Out-Default
 * does (pwsh 7.6: `1..2 | % { $_; Write-Host "h$_" } | Out-Host` prints 1, h1, 2, h2; a
 * self-sizing table's rows wait in the grouping window).
 */
function hostSession(ctx: CmdletContext): OutDefaultSession {
  const clock = ctx.services?.clock as { now(): number } | undefined;
  return ((ctx.state.session as OutDefaultSession | undefined) ??= new OutDefaultSession(outDefaultWidth(ctx.host.width()), enumerationLimit(ctx), false, true, clock ? () => clock.now() : undefined));
}

function print(ctx: CmdletContext, chunks: OutputChunk[]): void {
  for (const c of chunks) if (c.text) ctx.host.write(c.stream, c.text);
}

function toHostProcess(ctx: CmdletContext): void {
  const v = ctx.inputObject !== undefined ? ctx.inputObject : ctx.bound('InputObject') ? (ctx.params['InputObject'] ?? null) : undefined;
  if (v === undefined) return;
  const session = hostSession(ctx);
  print(ctx, withSequenceErrors(() => session.push([v])));
}

function toHostEnd(ctx: CmdletContext): void {
  const session = ctx.state.session as OutDefaultSession | undefined;
  if (session) print(ctx, withSequenceErrors(() => session.end()));
}

export const outDefault: CmdletDefinition = defineCmdlet({
  name: 'Out-Default',
  source: 'Microsoft.PowerShell.Core',
  parameters: [{ name: 'Transcript', type: 'SwitchParameter', noEffect: 'there is no transcript' }, input],
  help: { synopsis: 'Sends the output to the default formatter and to the default output cmdlet.' },
  process: toHostProcess,
  end: toHostEnd,
});

export const outHost: CmdletDefinition = defineCmdlet({
  name: 'Out-Host',
  aliases: ['oh'],
  source: 'Microsoft.PowerShell.Core',
  parameters: [{ name: 'Paging', type: 'SwitchParameter', noEffect: 'output is not paged' }, input],
  help: { synopsis: 'Sends output to the command line.' },
  process: toHostProcess,
  end: toHostEnd,
});

export default [outString, outDefault, outHost];

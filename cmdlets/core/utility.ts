/**
 * New-Object, Start-Sleep, Get-Date, Out-Null, Set-StrictMode, Invoke-Command (local script blocks).
 */
import { defineCmdlet } from '../../src/engine/cmdlet';
import { PSDateTime, PSHashtable, PSObject, SecureString, type PSValue } from '../../src/engine/values';
import { toNumber, toStr, toDateTime } from '../../src/engine/conversion';
import { construct } from '../../src/engine/dotnet';
import { formatDate } from '../../src/engine/textformat';
import { PSRuntimeError } from '../../src/engine/errors';
import { advanceWithProgress } from './clock-progress';

export const newObject = defineCmdlet({
  name: 'New-Object',
  source: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'Net',
  parameters: [
    { name: 'TypeName', type: 'String', sets: { Net: { position: 0, mandatory: true } } },
    { name: 'ArgumentList', type: 'Object[]', aliases: ['Args'], sets: { Net: { position: 1 } } },
    { name: 'Property', type: 'Hashtable', dotNetType: 'System.Collections.IDictionary' },
    { name: 'ComObject', type: 'String', sets: { Com: { position: 0, mandatory: true } } },
    { name: 'Strict', type: 'SwitchParameter', sets: { Com: {} } },
  ],
  help: { synopsis: 'Creates an instance of a Microsoft .NET Framework or COM object.' },
  process(ctx) {
    const typeName = toStr(ctx.params['TypeName'] ?? null);
    const args = (ctx.params['ArgumentList'] as PSValue[] | undefined) ?? [];
    let obj: PSValue;
    try {
      obj = construct(typeName, args, { services: ctx.services });
    } catch (e) {
      if (e instanceof PSRuntimeError) {
        throw ctx.terminatingError({ message: e.record.message, errorId: e.record.errorId === 'TypeNotFound' ? 'TypeNotFound' : 'ConstructorInvokedThrowException', category: e.record.category, targetObject: null, exceptionType: e.record.exception.typeName });
      }
      throw e;
    }
    const props = ctx.params['Property'];
    if (props instanceof PSHashtable && obj instanceof PSObject) for (const [k, v] of props.entries()) obj.set(toStr(k), v);
    ctx.writeObject(obj);
  },
});

export const startSleep = defineCmdlet({
  name: 'Start-Sleep',
  aliases: ['sleep'],
  source: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'Seconds',
  parameters: [
    // pwsh 7.6: [ValidateRange(0.0, int.MaxValue / 1000)] and [ValidateRange(0, int.MaxValue)] (`Start-Sleep -Seconds 1e10` is ParameterArgumentValidationError).
    { name: 'Seconds', type: 'Double', validateRange: [0, 2147483], sets: { Seconds: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } },
    { name: 'Milliseconds', type: 'Int32', aliases: ['ms'], validateRange: [0, 2147483647], sets: { Milliseconds: { mandatory: true, valueFromPipelineByPropertyName: true } } },
    { name: 'Duration', type: 'TimeSpan', aliases: ['ts'], sets: { FromTimeSpan: { mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } },
  ],
  help: { synopsis: 'Suspends the activity in a script or session for the specified period of time.' },
  process(ctx) {
    // The virtual clock moves instantly; the world runs whatever falls due.
    let ms = 0;
    if (ctx.parameterSetName === 'Milliseconds') ms = toNumber(ctx.params['Milliseconds'] ?? 0);
    else if (ctx.parameterSetName === 'FromTimeSpan') ms = (ctx.params['Duration'] as unknown as { ms: number }).ms;
    else ms = toNumber(ctx.params['Seconds'] ?? 0) * 1000;
    // Over a day, it goes day by day with progress (the world's migrations move as it sleeps).
    if (ms > 0) advanceWithProgress(ctx, ms, 'Start-Sleep');
  },
});

/** `Get-Date -UFormat` tokens used by scripts (%Y %m %d %H %M %S...). */
function uformat(d: PSDateTime, f: string): string {
  const map: Record<string, string> = { Y: 'yyyy', y: 'yy', m: 'MM', d: 'dd', H: 'HH', M: 'mm', S: 'ss', A: 'dddd', a: 'ddd', B: 'MMMM', b: 'MMM', h: 'MMM', I: 'hh', p: 'tt', e: 'd', D: 'MM/dd/yy', T: 'HH:mm:ss', R: 'HH:mm', F: 'yyyy-MM-dd' };
  return f.replace(/%(.)/g, (_, c: string) => (map[c] ? formatDate(d, map[c]) : c === 's' ? String(Math.floor(d.ms / 1000)) : c === '%' ? '%' : c));
}

export const getDate = defineCmdlet({
  name: 'Get-Date',
  source: 'Microsoft.PowerShell.Utility',
  // pwsh 7.6's sets: a date (-Date, or now) or Unix seconds, each with -Format or -UFormat.
  defaultParameterSet: 'DateAndFormat',
  parameters: [
    {
      name: 'Date',
      type: 'DateTime',
      aliases: ['LastWriteTime'],
      sets: { DateAndFormat: { position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true }, DateAndUFormat: { position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true } },
    },
    { name: 'UnixTimeSeconds', type: 'Int64', aliases: ['UnixTime'], sets: { UnixTimeSecondsAndFormat: { mandatory: true }, UnixTimeSecondsAndUFormat: { mandatory: true } } },
    { name: 'Year', type: 'Int32' },
    { name: 'Month', type: 'Int32' },
    { name: 'Day', type: 'Int32' },
    { name: 'Hour', type: 'Int32' },
    { name: 'Minute', type: 'Int32' },
    { name: 'Second', type: 'Int32' },
    { name: 'Millisecond', type: 'Int32' },
    { name: 'DisplayHint', type: 'DisplayHintType', dotNetType: 'Microsoft.PowerShell.Commands.DisplayHintType', enumValues: ['Date', 'Time', 'DateTime'] },
    { name: 'Format', type: 'String', sets: { DateAndFormat: {}, UnixTimeSecondsAndFormat: {} } },
    { name: 'UFormat', type: 'String', sets: { DateAndUFormat: {}, UnixTimeSecondsAndUFormat: {} } },
    { name: 'AsUTC', type: 'SwitchParameter' },
  ],
  help: { synopsis: 'Gets the current date and time.' },
  process(ctx) {
    let d = ctx.bound('Date')
      ? toDateTime(ctx.params['Date'] ?? null)
      : ctx.bound('UnixTimeSeconds')
        ? new PSDateTime(toNumber(ctx.params['UnixTimeSeconds'] ?? 0) * 1000, 'Local')
        : new PSDateTime(ctx.services.clock.now(), 'Local');
    const dt = new Date(d.ms);
    const get = (n: string, cur: number) => (ctx.bound(n) ? toNumber(ctx.params[n] ?? 0) : cur);
    if (['Year', 'Month', 'Day', 'Hour', 'Minute', 'Second', 'Millisecond'].some((n) => ctx.bound(n))) {
      d = new PSDateTime(Date.UTC(get('Year', dt.getUTCFullYear()), get('Month', dt.getUTCMonth() + 1) - 1, get('Day', dt.getUTCDate()), get('Hour', dt.getUTCHours()), get('Minute', dt.getUTCMinutes()), get('Second', dt.getUTCSeconds()), get('Millisecond', dt.getUTCMilliseconds())), d.kind);
    }
    if (ctx.params['AsUTC']) d = new PSDateTime(d.ms, 'Utc');
    if (ctx.bound('Format')) ctx.writeObject(formatDate(d, toStr(ctx.params['Format'] ?? null)));
    else if (ctx.bound('UFormat')) ctx.writeObject(uformat(d, toStr(ctx.params['UFormat'] ?? null)));
    else ctx.writeObject(d);
  },
});

export const outNull = defineCmdlet({
  name: 'Out-Null',
  source: 'Microsoft.PowerShell.Core',
  parameters: [{ name: 'InputObject', type: 'PSObject', sets: { __AllParameterSets: { valueFromPipeline: true } } }],
  help: { synopsis: 'Hides the output instead of sending it down the pipeline or displaying it.' },
  process() {
    // Deletes output instead of sending it down the pipeline (Out-Null.md).
  },
});

export const setStrictMode = defineCmdlet({
  name: 'Set-StrictMode',
  source: 'Microsoft.PowerShell.Core',
  parameters: [
    { name: 'Version', type: 'String', aliases: ['v'], sets: { Version: { mandatory: true } } },
    { name: 'Off', type: 'SwitchParameter', sets: { Off: { mandatory: true } } },
  ],
  help: { synopsis: 'Establishes and enforces coding rules in expressions, scripts, and script blocks.' },
  process(ctx) {
    if (ctx.parameterSetName === 'Off') {
      ctx.session.setStrictMode?.(0);
      return;
    }
    const v = toStr(ctx.params['Version'] ?? null).toLowerCase();
    ctx.session.setStrictMode?.(v === 'latest' ? 3 : Math.max(1, Math.floor(toNumber(v))));
  },
});

export const invokeCommand = defineCmdlet({
  name: 'Invoke-Command',
  aliases: ['icm'],
  source: 'Microsoft.PowerShell.Core',
  defaultParameterSet: 'InProcess',
  parameters: [
    { name: 'ScriptBlock', type: 'ScriptBlock', aliases: ['Command'], sets: { InProcess: { position: 0, mandatory: true } } },
    { name: 'ArgumentList', type: 'Object[]', aliases: ['Args'] },
    { name: 'InputObject', type: 'PSObject', sets: { __AllParameterSets: { valueFromPipeline: true } } },
    { name: 'NoNewScope', type: 'SwitchParameter', sets: { InProcess: {} } },
  ],
  help: { synopsis: 'Runs commands on local and remote computers.' },
  begin(ctx) {
    ctx.state['input'] = [];
  },
  process(ctx) {
    if (ctx.inputObject !== undefined) (ctx.state['input'] as PSValue[]).push(ctx.inputObject);
  },
  end(ctx) {
    const args = (ctx.params['ArgumentList'] as PSValue[] | undefined) ?? [];
    const sb = ctx.params['ScriptBlock'] ?? null;
    const out = ctx.params['NoNewScope'] ? ctx.invokeScriptBlock(sb, undefined, args) : (ctx.session.invokeInChildScope?.(sb, args, ctx.state['input'] as PSValue[]) ?? []);
    for (const v of out) ctx.writeObject(v);
  },
});

/** Clear-Host (clear, cls): pwsh's function writes the terminal's clear-screen sequence; a transcript host ignores it. */
export const clearHost = defineCmdlet({
  name: 'Clear-Host',
  aliases: ['clear', 'cls'],
  source: 'Microsoft.PowerShell.Core',
  parameters: [],
  help: { synopsis: 'Clears the display in the host program.' },
  process(ctx) {
    if (ctx.host.name === 'ConsoleHost') ctx.host.write('host', '\x1b[2J\x1b[3J\x1b[H');
  },
});

/** Read-Host: a line from the host (`-Prompt` gets pwsh's `: ` suffix); -AsSecureString reads masked input. */
export const readHost = defineCmdlet({
  name: 'Read-Host',
  source: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'AsString',
  parameters: [
    { name: 'Prompt', type: 'Object', sets: { __AllParameterSets: { position: 0, valueFromRemainingArguments: true } } },
    { name: 'AsSecureString', type: 'SwitchParameter', sets: { AsSecureString: {} } },
    { name: 'MaskInput', type: 'SwitchParameter', sets: { AsString: {} } },
  ],
  outputType: ['System.String', 'System.Security.SecureString'],
  help: { synopsis: 'Reads a line of input from the console.' },
  process(ctx) {
    const p = ctx.params['Prompt'];
    const text = p === undefined || p === null ? '' : (Array.isArray(p) ? p.map((x) => toStr(x)).join(' ') : toStr(p)) + ': ';
    if (!ctx.host.interactive) {
      throw ctx.terminatingError({
        message: 'PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.',
        errorId: 'System.InvalidOperationException',
        category: 'InvalidOperation',
        exceptionType: 'System.Management.Automation.PSInvalidOperationException',
      });
    }
    const secret = !!ctx.params['AsSecureString'] || !!ctx.params['MaskInput'];
    const line = secret ? ctx.host.readSecret(text) : ctx.host.readLine(text);
    if (line === null) throw ctx.terminatingError({ message: 'The pipeline has been stopped.', errorId: 'PipelineStopped', category: 'OperationStopped', exceptionType: 'System.Management.Automation.PipelineStoppedException' });
    ctx.writeObject(ctx.params['AsSecureString'] ? new SecureString(line) : line);
  },
});

/**
 * New-TimeSpan, Invoke-Expression, Get-History, Get-Error, Get-Host and Get-Culture: cmdlets about
 * time spans, the session and its host. References: the cmdlets' pages under
 * /work/shared/reference/powershell/cmdlets; shapes and wording checked against pwsh 7.6.
 * Invoke-Expression runs PowerShell text in this session's own engine, in the caller's scope: it
 * reaches nothing a script could not reach itself (no JavaScript is ever evaluated).
 */
import { defineCmdlet } from '../../src/engine/cmdlet';
import { PSDateTime, PSObject, PSTimeSpan, stringOf, type PSValue } from '../../src/engine/values';
import { toDateTime, toNumber, toStr } from '../../src/engine/conversion';
import { ErrorRecord, PSRuntimeError } from '../../src/engine/errors';
import { registerView } from '../../src/formatting/views';
import { registerCustomTextType } from '../../src/formatting/display';

export const newTimeSpan = defineCmdlet({
  name: 'New-TimeSpan',
  source: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'Date',
  parameters: [
    { name: 'Start', type: 'DateTime', aliases: ['LastWriteTime'], sets: { Date: { position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } },
    { name: 'End', type: 'DateTime', sets: { Date: { position: 1, valueFromPipelineByPropertyName: true } } },
    { name: 'Days', type: 'Int32', sets: { Time: {} } },
    { name: 'Hours', type: 'Int32', sets: { Time: {} } },
    { name: 'Minutes', type: 'Int32', sets: { Time: {} } },
    { name: 'Seconds', type: 'Int32', sets: { Time: {} } },
    { name: 'Milliseconds', type: 'Int32', sets: { Time: {} } },
  ],
  outputType: ['System.TimeSpan'],
  help: {
    synopsis: 'Creates a TimeSpan object.',
    description: 'The time between -Start and -End (each defaults to now, on the virtual clock), or a span of -Days, -Hours, -Minutes, -Seconds and -Milliseconds.',
    examples: [
      { code: 'New-TimeSpan -Hours 2 -Minutes 30', remarks: '2 hours 30 minutes.' },
      { code: "New-TimeSpan -Start (Get-Date '2026-01-01') -End (Get-Date)", remarks: 'The time since New Year.' },
    ],
  },
  process(ctx) {
    if (ctx.parameterSetName === 'Time') {
      const n = (name: string) => (ctx.bound(name) ? toNumber(ctx.params[name] ?? 0) : 0);
      ctx.writeObject(new PSTimeSpan(n('Days') * 86400000 + n('Hours') * 3600000 + n('Minutes') * 60000 + n('Seconds') * 1000 + n('Milliseconds')));
      return;
    }
    const now = ctx.services.clock.now();
    const start = ctx.bound('Start') && ctx.params['Start'] !== null ? toDateTime(ctx.params['Start'] ?? null).ms : now;
    const end = ctx.bound('End') && ctx.params['End'] !== null ? toDateTime(ctx.params['End'] ?? null).ms : now;
    ctx.writeObject(new PSTimeSpan(end - start));
  },
});

export const invokeExpression = defineCmdlet({
  name: 'Invoke-Expression',
  aliases: ['iex'],
  source: 'Microsoft.PowerShell.Utility',
  parameters: [{ name: 'Command', type: 'String', sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipeline: true } } }],
  help: {
    synopsis: 'Runs commands or expressions on the local computer.',
    description: "Parses the string as PowerShell and runs it in the caller's scope (variables it sets stay set). Only PowerShell text is run, in this session's engine.",
    examples: [{ code: "Invoke-Expression 'Get-Mailbox -ResultSize 5'", remarks: 'Runs the command in the string.' }],
  },
  process(ctx) {
    const text = toStr(ctx.params['Command'] ?? null);
    let out: PSValue[];
    try {
      out = ctx.session.invokeText?.(text) ?? [];
    } catch (e) {
      if (e instanceof PSRuntimeError && e.record.category === 'ParserError') {
        throw ctx.terminatingError({ message: e.record.message, errorId: e.record.errorId, category: 'ParserError', targetObject: null, exceptionType: 'System.Management.Automation.ParseException' });
      }
      throw e;
    }
    for (const v of out) ctx.writeObject(v);
  },
});

// ---------------------------------------------------------------------------------------------
// Get-History

const HISTORY_INFO = 'Microsoft.PowerShell.Commands.HistoryInfo';
registerView(HISTORY_INFO, {
  kind: 'table',
  properties: [
    { label: 'Id', alignment: 'right', width: 3 },
    {
      label: 'Duration',
      alignment: 'right',
      width: 12,
      expression: (o) => {
        const ms = Math.max(0, (o as PSObject).get('Duration') instanceof PSTimeSpan ? ((o as PSObject).get('Duration') as PSTimeSpan).ms : 0);
        const s = ms / 1000;
        return s < 60 ? s.toFixed(3) : `${Math.floor(s / 60)}:${(s % 60).toFixed(3).padStart(6, '0')}`;
      },
    },
    'CommandLine',
  ],
});

export const getHistory = defineCmdlet({
  name: 'Get-History',
  aliases: ['ghy', 'h', 'history'],
  source: 'Microsoft.PowerShell.Core',
  parameters: [
    { name: 'Id', type: 'Int64[]', validateRange: [1, Number.MAX_SAFE_INTEGER], sets: { __AllParameterSets: { position: 0, valueFromPipeline: true } } },
    { name: 'Count', type: 'Int32', validateRange: [0, 32767], sets: { __AllParameterSets: { position: 1 } } },
  ],
  outputType: [HISTORY_INFO],
  help: {
    synopsis: 'Gets a list of the commands entered during the current session.',
    description: 'The command lines run in this session, oldest first, with their status and start/end times on the virtual clock. -Count gives the newest N; -Id the entries with those ids.',
    examples: [{ code: 'Get-History -Count 5', remarks: 'The last five commands.' }],
  },
  process(ctx) {
    const all = ctx.session.history?.() ?? [];
    const info = (e: (typeof all)[number]) => {
      const o = new PSObject([HISTORY_INFO, 'System.Object']);
      const prop = (name: string, value: PSValue, typeName: string) => o.addProperty({ name, value, memberType: 'Property', typeName });
      prop('Id', e.id, 'long');
      prop('CommandLine', e.commandLine, 'string');
      prop('ExecutionStatus', e.executionStatus, 'System.Management.Automation.Runspaces.PipelineState');
      prop('StartExecutionTime', new PSDateTime(e.start, 'Local'), 'datetime');
      prop('EndExecutionTime', new PSDateTime(e.end, 'Local'), 'datetime');
      prop('Duration', new PSTimeSpan(e.end - e.start), 'timespan');
      o.toStringOverride = () => e.commandLine;
      return o;
    };
    const ids = ctx.params['Id'];
    if (ids !== undefined && ids !== null) {
      for (const id of Array.isArray(ids) ? ids : [ids]) {
        const e = all.find((x) => x.id === toNumber(id));
        if (e) ctx.writeObject(info(e));
        else
          ctx.writeError({
            message: `Cannot locate history for Id ${toNumber(id)}.`,
            errorId: 'GetHistoryObjectNotFound',
            category: 'ObjectNotFound',
            targetObject: id,
            exceptionType: 'System.ArgumentException',
          });
      }
      return;
    }
    const count = ctx.bound('Count') ? toNumber(ctx.params['Count'] ?? 0) : 4096;
    for (const e of all.slice(Math.max(0, all.length - count))) ctx.writeObject(info(e));
  },
});

// ---------------------------------------------------------------------------------------------
// Get-Error

const EXTENDED_ERROR = 'System.Management.Automation.ErrorRecord#PSExtendedError';
registerCustomTextType(EXTENDED_ERROR);

/** pwsh's PSExtendedError view, the parts the emulator knows: exception, category, id, invocation. */
function detailedView(r: ErrorRecord): string {
  const lines: string[] = [];
  lines.push('Exception             : ');
  lines.push(`    Type    : ${r.exception.typeName}`);
  lines.push(`    Message : ${r.message}`);
  lines.push('    HResult : -2146233087');
  const target = r.targetObject === null || r.targetObject === undefined ? '' : stringOf(r.targetObject);
  if (target) lines.push(`TargetObject          : ${target}`);
  lines.push(`CategoryInfo          : ${r.category}: (${target}:${target ? 'String' : ''}) [${r.invocation.commandName ?? ''}], ${r.exception.typeName.split('.').pop()}`);
  lines.push(`FullyQualifiedErrorId : ${r.fullyQualifiedErrorId}`);
  const ext = r.invocation.extent;
  lines.push('InvocationInfo        : ');
  if (r.invocation.commandName) lines.push(`    MyCommand        : ${r.invocation.commandName}`);
  if (ext) {
    lines.push(`    ScriptLineNumber : ${ext.line}`);
    lines.push(`    OffsetInLine     : ${ext.column}`);
  }
  lines.push(`    HistoryId        : 1`);
  return lines.join('\n');
}

export const getError = defineCmdlet({
  name: 'Get-Error',
  aliases: ['gerr'],
  source: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'Newest',
  parameters: [
    { name: 'InputObject', type: 'PSObject', validateNotNullOrEmpty: true, sets: { Error: { position: 0, valueFromPipeline: true } } },
    { name: 'Newest', type: 'Int32', aliases: ['Last'], validateRange: [1, 2147483647], sets: { Newest: {} } },
  ],
  help: {
    synopsis: 'Gets and displays the most recent error messages from the current session.',
    description: 'Shows the newest error in $Error (or the -Newest N, or the piped errors) in the detailed view: exception, category, error id and where it happened.',
    examples: [{ code: 'Get-Error', remarks: 'The detail of the last error.' }],
  },
  process(ctx) {
    const show = (r: PSValue) => {
      if (!(r instanceof ErrorRecord)) return;
      const o = new PSObject([EXTENDED_ERROR, 'System.Management.Automation.ErrorRecord', 'System.Object']);
      for (const p of r.properties()) o.addProperty(p);
      o.toStringOverride = () => detailedView(r);
      ctx.writeObject(o);
    };
    if (ctx.parameterSetName === 'Error') {
      if (ctx.bound('InputObject')) show(ctx.params['InputObject'] ?? null);
      return;
    }
    const list = ctx.session.getVariable('Error');
    const errors = Array.isArray(list) ? list : [];
    const n = ctx.bound('Newest') ? toNumber(ctx.params['Newest'] ?? 1) : 1;
    for (const r of errors.slice(0, n)) show(r);
  },
});

// ---------------------------------------------------------------------------------------------
// Get-Host, Get-Culture

export const getHost = defineCmdlet({
  name: 'Get-Host',
  source: 'Microsoft.PowerShell.Utility',
  parameters: [],
  outputType: ['System.Management.Automation.Host.PSHost'],
  help: { synopsis: 'Gets an object that represents the current host program.', description: "The session's host ($Host): exo-emulator's name, version, instance id, UI and en-US culture." },
  process(ctx) {
    ctx.writeObject(ctx.session.getVariable('Host') ?? null);
  },
});

const CULTURE_INFO = 'System.Globalization.CultureInfo';
registerView(CULTURE_INFO, { kind: 'table', properties: [{ label: 'LCID', width: 16 }, { label: 'Name', width: 16 }, 'DisplayName'] });

/** The cultures the emulator knows (the machine's own is en-US). */
const CULTURES: Record<string, [number, string, string, string, string, string]> = {
  'en-US': [1033, 'English (United States)', 'en', 'en', 'eng', 'ENU'],
  'en-GB': [2057, 'English (United Kingdom)', 'en', 'en', 'eng', 'ENG'],
  'fr-FR': [1036, 'French (France)', 'fr', 'fr', 'fra', 'FRA'],
  'de-DE': [1031, 'German (Germany)', 'de', 'de', 'deu', 'DEU'],
  'es-ES': [3082, 'Spanish (Spain)', 'es', 'es', 'spa', 'ESN'],
  'ja-JP': [1041, 'Japanese (Japan)', 'ja', 'ja', 'jpn', 'JPN'],
};

export function cultureInfo(name: string): PSObject {
  const [lcid, display, parent, two, three, win] = CULTURES[name]!;
  const o = new PSObject([CULTURE_INFO, 'System.Object']);
  const prop = (n: string, value: PSValue, typeName: string) => o.addProperty({ name: n, value, memberType: 'Property', typeName, readOnly: true });
  prop('Parent', parent, 'cultureinfo');
  prop('LCID', lcid, 'int');
  prop('KeyboardLayoutId', lcid, 'int');
  prop('Name', name, 'string');
  prop('IetfLanguageTag', name, 'string');
  prop('DisplayName', display, 'string');
  prop('NativeName', display, 'string');
  prop('EnglishName', display, 'string');
  prop('TwoLetterISOLanguageName', two, 'string');
  prop('ThreeLetterISOLanguageName', three, 'string');
  prop('ThreeLetterWindowsLanguageName', win, 'string');
  prop('CompareInfo', `CompareInfo - ${name}`, 'System.Globalization.CompareInfo');
  prop('TextInfo', `TextInfo - ${name}`, 'System.Globalization.TextInfo');
  prop('IsNeutralCulture', false, 'bool');
  prop('CultureTypes', 'SpecificCultures', 'System.Globalization.CultureTypes');
  prop('NumberFormat', 'System.Globalization.NumberFormatInfo', 'System.Globalization.NumberFormatInfo');
  prop('DateTimeFormat', 'System.Globalization.DateTimeFormatInfo', 'System.Globalization.DateTimeFormatInfo');
  prop('Calendar', 'System.Globalization.GregorianCalendar', 'System.Globalization.Calendar');
  prop('OptionalCalendars', ['System.Globalization.GregorianCalendar'], 'System.Globalization.Calendar[]');
  prop('UseUserOverride', false, 'bool');
  prop('IsReadOnly', true, 'bool');
  o.toStringOverride = () => name;
  return o;
}

export const getCulture = defineCmdlet({
  name: 'Get-Culture',
  source: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'CurrentCulture',
  parameters: [
    { name: 'Name', type: 'String[]', validateSet: Object.keys(CULTURES), sets: { Name: { position: 0, valueFromPipeline: true } } },
    { name: 'NoUserOverrides', type: 'SwitchParameter', sets: { CurrentCulture: {}, Name: {} } },
    { name: 'ListAvailable', type: 'SwitchParameter', sets: { ListAvailable: {} } },
  ],
  outputType: [CULTURE_INFO],
  help: {
    synopsis: 'Gets the current culture set in the operating system.',
    description: "The session's culture, en-US (LCID 1033, English (United States)); -Name gets one of the cultures the emulator knows; -ListAvailable lists them.",
    examples: [{ code: 'Get-Culture', remarks: 'en-US.' }],
  },
  process(ctx) {
    if (ctx.parameterSetName === 'ListAvailable') {
      for (const n of Object.keys(CULTURES).sort()) ctx.writeObject(cultureInfo(n));
      return;
    }
    if (ctx.parameterSetName === 'Name' && ctx.bound('Name')) {
      const names = ctx.params['Name'];
      for (const n of Array.isArray(names) ? names : [names ?? null]) {
        const key = Object.keys(CULTURES).find((k) => k.toLowerCase() === toStr(n).toLowerCase());
        if (key) ctx.writeObject(cultureInfo(key));
      }
      return;
    }
    ctx.writeObject(cultureInfo('en-US'));
  },
});

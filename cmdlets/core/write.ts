/**
 * Write-Output, Write-Host, Write-Warning, Write-Error, Write-Verbose, Write-Debug, Write-Information
 * (reference/powershell/cmdlets/Write-Output.md, Write-Host.md; about_Output_Streams).
 */
import { defineCmdlet, ERROR_CATEGORIES, type CmdletContext } from '../../src/engine/cmdlet';
import { stringOf, type PSValue } from '../../src/engine/values';
import { toStr } from '../../src/engine/conversion';
import { ErrorRecord, ExceptionObject } from '../../src/engine/errors';

const UTILITY = 'Microsoft.PowerShell.Utility';
const COLORS = ['Black', 'DarkBlue', 'DarkGreen', 'DarkCyan', 'DarkRed', 'DarkMagenta', 'DarkYellow', 'Gray', 'DarkGray', 'Blue', 'Green', 'Cyan', 'Red', 'Magenta', 'Yellow', 'White'];

export const writeOutput = defineCmdlet({
  name: 'Write-Output',
  aliases: ['echo', 'write'],
  source: UTILITY,
  parameters: [
    { name: 'InputObject', type: 'PSObject', sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipeline: true, valueFromRemainingArguments: true } }, allowNull: true, allowEmptyString: true },
    { name: 'NoEnumerate', type: 'SwitchParameter' },
  ],
  help: { synopsis: 'Writes the specified objects to the pipeline.', onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/write-output?view=powershell-7.4' },
  process(ctx) {
    const v = ctx.params['InputObject'] ?? null;
    // From the pipeline the object arrives alone; from arguments it is the collected array.
    if (ctx.inputObject !== undefined) ctx.writeObject(ctx.inputObject, false);
    else ctx.writeObject(v, !ctx.params['NoEnumerate']);
  },
});

/** Write-Host joins arrays with -Separator (a space) and writes to the host. */
function hostText(v: PSValue, sep: string): string {
  if (Array.isArray(v)) return v.map((x) => hostText(x, sep)).join(sep);
  return stringOf(v);
}

export const writeHost = defineCmdlet({
  name: 'Write-Host',
  source: UTILITY,
  parameters: [
    { name: 'Object', type: 'Object', sets: { __AllParameterSets: { position: 0, valueFromPipeline: true, valueFromRemainingArguments: true } }, aliases: ['Msg', 'Message'] },
    { name: 'NoNewline', type: 'SwitchParameter' },
    { name: 'Separator', type: 'Object' },
    { name: 'ForegroundColor', type: 'ConsoleColor', dotNetType: 'System.ConsoleColor', enumValues: COLORS },
    { name: 'BackgroundColor', type: 'ConsoleColor', dotNetType: 'System.ConsoleColor', enumValues: COLORS },
  ],
  help: { synopsis: 'Writes customized output to a host.', onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/write-host?view=powershell-7.4' },
  process(ctx) {
    const sep = ctx.bound('Separator') ? toStr(ctx.params['Separator'] ?? null) : ' ';
    const obj = ctx.inputObject !== undefined ? ctx.inputObject : (ctx.params['Object'] ?? null);
    let items = obj;
    if (Array.isArray(obj) && obj.length === 1 && ctx.inputObject === undefined) items = obj[0];
    ctx.writeHost(hostText(items, sep), {
      foregroundColor: ctx.bound('ForegroundColor') ? stringOf(ctx.params['ForegroundColor'] ?? null) : undefined,
      backgroundColor: ctx.bound('BackgroundColor') ? stringOf(ctx.params['BackgroundColor'] ?? null) : undefined,
      noNewline: !!ctx.params['NoNewline'],
    });
  },
});

function messageOf(ctx: CmdletContext): string {
  if (ctx.inputObject !== undefined) return stringOf(ctx.params['Message'] ?? ctx.inputObject);
  return stringOf(ctx.params['Message'] ?? null);
}

export const writeWarning = defineCmdlet({
  name: 'Write-Warning',
  source: UTILITY,
  parameters: [{ name: 'Message', type: 'String', aliases: ['Msg'], sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipeline: true } }, allowEmptyString: true }],
  help: { synopsis: 'Writes a warning message.' },
  process(ctx) {
    ctx.writeWarning(messageOf(ctx));
  },
});

export const writeVerbose = defineCmdlet({
  name: 'Write-Verbose',
  source: UTILITY,
  parameters: [{ name: 'Message', type: 'String', aliases: ['Msg'], sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipeline: true } }, allowEmptyString: true }],
  help: { synopsis: 'Writes text to the verbose message stream.' },
  process(ctx) {
    ctx.writeVerbose(messageOf(ctx));
  },
});

export const writeDebug = defineCmdlet({
  name: 'Write-Debug',
  source: UTILITY,
  parameters: [{ name: 'Message', type: 'String', aliases: ['Msg'], sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipeline: true } }, allowEmptyString: true }],
  help: { synopsis: 'Writes a debug message to the console.' },
  process(ctx) {
    ctx.writeDebug(messageOf(ctx));
  },
});

export const writeInformation = defineCmdlet({
  name: 'Write-Information',
  source: UTILITY,
  parameters: [
    { name: 'MessageData', type: 'Object', aliases: ['Msg', 'Message'], sets: { __AllParameterSets: { position: 0, mandatory: true } } },
    { name: 'Tags', type: 'String[]', sets: { __AllParameterSets: { position: 1 } } },
  ],
  help: { synopsis: 'Specifies how PowerShell handles information stream data for a command.' },
  process(ctx) {
    ctx.writeInformation(ctx.params['MessageData'] ?? null, (ctx.params['Tags'] as string[] | undefined) ?? undefined);
  },
});

const INT_MAX = 2147483647;

/**
 * Write-Progress as pwsh 7.6 has it (`Get-Command Write-Progress -Syntax`): -Activity is positional
 * but not mandatory in the metadata; without it (or empty) a record that is not -Completed fails
 * with MissingActivity, a non-terminating ArgumentException.
 */
export const writeProgress = defineCmdlet({
  name: 'Write-Progress',
  source: UTILITY,
  parameters: [
    { name: 'Activity', type: 'String', sets: { __AllParameterSets: { position: 0 } } },
    { name: 'Status', type: 'String', sets: { __AllParameterSets: { position: 1 } }, validateNotNullOrEmpty: true },
    { name: 'Id', type: 'Int32', sets: { __AllParameterSets: { position: 2 } }, validateRange: [0, INT_MAX] },
    { name: 'PercentComplete', type: 'Int32', validateRange: [-1, 100] },
    { name: 'SecondsRemaining', type: 'Int32' },
    { name: 'CurrentOperation', type: 'String' },
    { name: 'ParentId', type: 'Int32', validateRange: [-1, INT_MAX] },
    { name: 'Completed', type: 'SwitchParameter' },
    { name: 'SourceId', type: 'Int32' },
  ],
  help: {
    synopsis: 'Displays a progress bar within a PowerShell command window.',
    description:
      "Shows a line per activity at the cursor (pwsh's Minimal progress view): the activity, then a bar holding the status that fills with -PercentComplete, and -SecondsRemaining at its end. -Completed removes the activity; the display is also cleared when the command line ends. Nothing is shown when output is redirected or $ProgressPreference is SilentlyContinue.",
    examples: [
      { title: 'Report progress through a loop', code: "$users = Get-MigrationUser\n$i = 0\nforeach ($u in $users) {\n  $i++\n  Write-Progress -Activity 'Migration report' -Status $u.Identity -PercentComplete ($i * 100 / $users.Count)\n}\nWrite-Progress -Activity 'Migration report' -Completed" },
    ],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/write-progress?view=powershell-7.4',
  },
  process(ctx) {
    const p = ctx.params;
    const completed = !!p['Completed'];
    let activity = p['Activity'] === undefined || p['Activity'] === null ? '' : toStr(p['Activity']);
    if (activity === '') {
      if (!completed) {
        ctx.writeError({ message: "Missing value for mandatory parameter. (Parameter 'Activity')", errorId: 'MissingActivity', category: 'InvalidArgument', targetObject: null, exceptionType: 'System.ArgumentException' });
        return;
      }
      activity = ' ';
    }
    const num = (name: string, fallback: number) => (ctx.bound(name) ? Number(p[name]) : fallback);
    ctx.writeProgress({
      activity,
      statusDescription: ctx.bound('Status') ? toStr(p['Status'] ?? null) : 'Processing',
      activityId: num('Id', 0),
      parentActivityId: num('ParentId', -1),
      percentComplete: num('PercentComplete', -1),
      secondsRemaining: num('SecondsRemaining', -1),
      currentOperation: ctx.bound('CurrentOperation') && p['CurrentOperation'] !== null ? toStr(p['CurrentOperation'] ?? null) : null,
      recordType: completed ? 'Completed' : 'Processing',
      sourceId: num('SourceId', 0),
    });
  },
});

interface ContextWithRecords {
  writeErrorRecord(record: ErrorRecord): void;
  makeErrorRecord(details: { message: string; errorId: string; category: string; targetObject?: PSValue; exceptionType?: string; recommendedAction?: string }, options?: { fqidSuffix?: string | null; callerInvocation?: boolean; activity?: string }): ErrorRecord;
  withCallerInvocation(record: ErrorRecord): ErrorRecord;
  readonly callerName: string | null;
}

export const writeError = defineCmdlet({
  name: 'Write-Error',
  source: UTILITY,
  defaultParameterSet: 'NoException',
  parameters: [
    { name: 'Message', type: 'String', aliases: ['Msg'], sets: { NoException: { position: 0, mandatory: true, valueFromPipeline: true } }, allowNull: true, allowEmptyString: true },
    { name: 'Exception', type: 'Object', dotNetType: 'System.Exception', sets: { WithException: { mandatory: true } } },
    { name: 'ErrorRecord', type: 'Object', dotNetType: 'System.Management.Automation.ErrorRecord', sets: { ErrorRecord: { mandatory: true } } },
    { name: 'Category', type: 'ErrorCategory', dotNetType: 'System.Management.Automation.ErrorCategory', enumValues: [...ERROR_CATEGORIES], sets: { NoException: {}, WithException: {} } },
    { name: 'ErrorId', type: 'String', sets: { NoException: {}, WithException: {} } },
    { name: 'TargetObject', type: 'Object', sets: { NoException: {}, WithException: {} } },
    { name: 'RecommendedAction', type: 'String' },
    { name: 'CategoryActivity', type: 'String', aliases: ['Activity'] },
    { name: 'CategoryReason', type: 'String', aliases: ['Reason'] },
    { name: 'CategoryTargetName', type: 'String', aliases: ['TargetName'] },
    { name: 'CategoryTargetType', type: 'String', aliases: ['TargetType'] },
  ],
  help: { synopsis: 'Writes an object to the error stream.' },
  process(ctx) {
    const c = ctx as unknown as ContextWithRecords;
    if (ctx.parameterSetName === 'ErrorRecord' && ctx.params['ErrorRecord'] instanceof ErrorRecord) {
      c.writeErrorRecord(c.withCallerInvocation(ctx.params['ErrorRecord']));
      return;
    }
    const ex = ctx.params['Exception'];
    const message = ex instanceof ExceptionObject ? ex.message : ctx.parameterSetName === 'WithException' ? stringOf(ex ?? null) : messageOf(ctx);
    const exceptionType = ex instanceof ExceptionObject ? ex.typeName : 'Microsoft.PowerShell.Commands.WriteErrorException';
    const errorId = ctx.bound('ErrorId') ? toStr(ctx.params['ErrorId'] ?? null) : exceptionType === 'Microsoft.PowerShell.Commands.WriteErrorException' ? 'Microsoft.PowerShell.Commands.WriteErrorException' : exceptionType;
    const category = ctx.bound('Category') ? stringOf(ctx.params['Category'] ?? null) : 'NotSpecified';
    const rec = c.makeErrorRecord({ message, errorId, category, targetObject: ctx.params['TargetObject'] ?? null, exceptionType, recommendedAction: ctx.bound('RecommendedAction') ? toStr(ctx.params['RecommendedAction'] ?? null) : undefined }, { fqidSuffix: c.callerName, callerInvocation: true, activity: ctx.bound('CategoryActivity') ? toStr(ctx.params['CategoryActivity'] ?? null) : undefined });
    c.writeErrorRecord(rec);
  },
});

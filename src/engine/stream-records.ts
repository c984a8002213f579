/**
 * The records of the warning, verbose, debug and information streams (pwsh's WarningRecord,
 * VerboseRecord, DebugRecord, all InformationalRecord, and InformationRecord). They are what a
 * merging redirection (`3>&1`, `*>&1`) sends down the output pipe, what -WarningVariable collects
 * and what the host prints.
 *
 * pwsh marks a record written to a merged pipe with the stream it came from (PSObject.WriteStream,
 * set in CommandBase.WriteWarning...); the console's line output then prints its lines through
 * WriteWarningLine / WriteVerboseLine / WriteDebugLine, which prefix `WARNING: `, `VERBOSE: `,
 * `DEBUG: ` (pwsh 7.6: `Write-Warning w 3>&1` prints `WARNING: w`, `Write-Warning w 3>&1 | Out-String`
 * gives `w`). The mark stays with the object: `$r = Write-Warning w 3>&1; $r` prints `WARNING: w`.
 */
import { PSDateTime, PSObject, stringOf, type PSValue } from './values';
import { invocationInfoObject, type InvocationDetails } from './errors';

/** The stream a merged record came from (pwsh's WriteStreamType, without Error: ErrorRecords show their own view). */
export type WriteStream = 'Warning' | 'Verbose' | 'Debug' | 'Information';

export type InformationalKind = 'Warning' | 'Verbose' | 'Debug';

const NS = 'System.Management.Automation.';

/** WarningRecord, VerboseRecord, DebugRecord: a message, its invocation, ToString() = the message. */
export class InformationalRecord extends PSObject {
  /** Set on the copy written to a merged pipe (see the file comment). */
  writeStream?: WriteStream;

  constructor(
    readonly kind: InformationalKind,
    readonly message: string,
    readonly invocation: InvocationDetails | null = null,
  ) {
    super([`${NS}${kind}Record`, `${NS}InformationalRecord`, 'System.Object']);
    if (kind === 'Warning') this.addProperty({ name: 'FullyQualifiedWarningId', value: '', memberType: 'Property', typeName: 'string', readOnly: true });
    this.addProperty({ name: 'Message', value: message, memberType: 'Property', typeName: 'string' });
    this.addProperty({ name: 'InvocationInfo', value: invocation ? invocationInfoObject(invocation) : null, memberType: 'Property', typeName: 'System.Management.Automation.InvocationInfo', readOnly: true });
    this.addProperty({ name: 'PipelineIterationInfo', value: [0, 0, 0], memberType: 'Property', typeName: 'System.Collections.ObjectModel.ReadOnlyCollection[int]', readOnly: true });
    this.toStringOverride = () => this.message;
  }

  /** The record as a merging redirection writes it: a copy marked with its stream. */
  merged(): InformationalRecord {
    const copy = new InformationalRecord(this.kind, this.message, this.invocation);
    copy.writeStream = this.kind;
    return copy;
  }
}

export interface InformationInit {
  /** Write-Information's -MessageData, or the HostInformationMessage of Write-Host. */
  messageData: PSValue;
  /** The command that wrote it (`Write-Host`, `Write-Information`). */
  source: string;
  tags?: string[];
  timeGenerated: number;
}

/** InformationRecord (Write-Information, Write-Host): ToString() = the message data's. */
export class InformationRecord extends PSObject {
  writeStream?: WriteStream;

  constructor(readonly init: InformationInit) {
    super([`${NS}InformationRecord`, 'System.Object']);
    this.addProperty({ name: 'MessageData', value: init.messageData, memberType: 'Property', typeName: 'System.Object', readOnly: true });
    this.addProperty({ name: 'Source', value: init.source, memberType: 'Property', typeName: 'string' });
    this.addProperty({ name: 'TimeGenerated', value: new PSDateTime(init.timeGenerated), memberType: 'Property', typeName: 'datetime', readOnly: true });
    this.addProperty({ name: 'Tags', value: [...(init.tags ?? [])], memberType: 'Property', typeName: 'System.Collections.Generic.List[string]', readOnly: true });
    this.addProperty({ name: 'User', value: 'user', memberType: 'Property', typeName: 'string' });
    this.addProperty({ name: 'Computer', value: 'localhost', memberType: 'Property', typeName: 'string' });
    this.addProperty({ name: 'ProcessId', value: 0, memberType: 'Property', typeName: 'uint' });
    this.addProperty({ name: 'NativeThreadId', value: 0, memberType: 'Property', typeName: 'uint' });
    this.addProperty({ name: 'ManagedThreadId', value: 0, memberType: 'Property', typeName: 'uint' });
    this.toStringOverride = () => stringOf(init.messageData);
  }

  get messageData(): PSValue {
    return this.init.messageData;
  }

  merged(): InformationRecord {
    const copy = new InformationRecord(this.init);
    copy.writeStream = 'Information';
    return copy;
  }
}

/** Write-Host's message data (pwsh's HostInformationMessage): ToString() = the text. */
export function hostInformationMessage(text: string, options: { foregroundColor?: string; backgroundColor?: string; noNewline?: boolean } = {}): PSObject {
  const o = new PSObject([`${NS}HostInformationMessage`, 'System.Object']);
  o.addProperty({ name: 'Message', value: text, memberType: 'Property', typeName: 'string' });
  o.addProperty({ name: 'NoNewLine', value: options.noNewline ?? false, memberType: 'Property', typeName: 'System.Nullable[bool]' });
  o.addProperty({ name: 'ForegroundColor', value: options.foregroundColor ?? null, memberType: 'Property', typeName: 'System.Nullable[System.ConsoleColor]' });
  o.addProperty({ name: 'BackgroundColor', value: options.backgroundColor ?? null, memberType: 'Property', typeName: 'System.Nullable[System.ConsoleColor]' });
  o.toStringOverride = () => text;
  return o;
}

/** The stream mark of a value written to a merged pipe, if any. */
export function writeStreamOf(v: PSValue | undefined): WriteStream | undefined {
  return v instanceof InformationalRecord || v instanceof InformationRecord ? v.writeStream : undefined;
}

/** Records the formatter prints by their text, out of band (pwsh's OutOfBand custom views of these types). */
export function isStreamRecord(v: unknown): v is InformationalRecord | InformationRecord {
  return v instanceof InformationalRecord || v instanceof InformationRecord;
}

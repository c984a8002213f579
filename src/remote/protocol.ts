/**
 * The server protocol's core (docs/server-protocol.md): one request runs one emulated cmdlet in a
 * session with the parameters a client bound, and answers with its output objects and stream records
 * as CliXml, the way a remote Exchange session answers pwsh. Browser-safe: no Node built-in; the HTTP
 * listener, the token and the state file live in shell/serve.ts.
 *
 * Request (POST /invoke, body CliXml): one hashtable
 *   @{ Command = 'Get-MigrationBatch'; Parameters = @{ Identity = 'CutoverBatch' } }
 * Answer (200, CliXml): a sequence of hashtables, each `@{ Stream = <name>; ... }` (see RemoteRecord),
 * the last one `@{ Stream = 'End'; Success = <bool> }`.
 */
import type { Session } from '../session';
import type { ProgressRecord } from '../engine/host';
import { ErrorRecord, ExceptionObject } from '../engine/errors';
import { ERROR_CATEGORIES } from '../engine/cmdlet';
import { PSHashtable, PSObject, typeNamesOf, type PSValue } from '../engine/values';
import { fromClixml, toClixml, type SecureStringCodec } from '../engine/serialization/clixml';
import { InformationRecord } from '../engine/stream-records';
import { exchangeCmdlets } from '../../cmdlets';
import { ON_PREMISES_CMDLETS } from '../../cmdlets/on-premises';
import type { RemoteHost } from './remote-host';
import { ConnectionSettingsValue } from '../model/migration';

export const PROTOCOL_VERSION = '1';
/** The media type of request and answer bodies. */
export const CLIXML_MEDIA_TYPE = 'application/clixml+xml';
/** Levels of contained objects an answer's output objects carry in full (Export-Clixml's default). */
export const ANSWER_DEPTH = 2;

/** What the protocol is asked for: a cmdlet and the parameters the client bound. */
export interface RemoteRequest {
  command: string;
  parameters: PSHashtable;
}

export type RemoteStream = 'Output' | 'Error' | 'Warning' | 'Verbose' | 'Debug' | 'Information' | 'Host' | 'Progress' | 'End';

/** An answer in the order the client writes it: progress, host text, verbose, debug, warnings, information, output, errors, end. */
export interface RemoteAnswer {
  status: number;
  body: string;
  /** The answer's records, as encoded in `body`. */
  records: PSHashtable[];
}

/** The common parameters a client's proxy keeps to itself (they act on the client's streams). */
const CLIENT_SIDE_PARAMETERS = new Set(
  ['Verbose', 'Debug', 'ErrorVariable', 'WarningVariable', 'InformationVariable', 'OutVariable', 'OutBuffer', 'PipelineVariable', 'WarningAction', 'InformationAction', 'ProgressAction', 'Confirm'].map((n) => n.toLowerCase()),
);

let allowed: Set<string> | null = null;
/** Every cmdlet the protocol runs: Exchange Online, Graph, the lab, remoting and the Exchange Management Shell's. */
export function remoteCommandNames(): Set<string> {
  const names = allowed ?? new Set([...exchangeCmdlets({ connected: true }), ...ON_PREMISES_CMDLETS].map((c) => c.name.toLowerCase()));
  allowed = names;
  return names;
}

/** A request is one hashtable with Command (a cmdlet name) and Parameters (a hashtable, may be absent). */
export function decodeRequest(body: string, codec?: SecureStringCodec): RemoteRequest | string {
  let values: PSValue[];
  try {
    values = fromClixml(body, { secureStrings: codec });
  } catch (e) {
    return `The request is not CliXml: ${(e as Error).message}`;
  }
  const head = values[0];
  const get = (name: string): PSValue | undefined => (head instanceof PSHashtable ? head.get(name) : head instanceof PSObject ? head.get(name) : undefined);
  if (values.length !== 1 || (!(head instanceof PSHashtable) && !(head instanceof PSObject))) return 'The request must be one hashtable with Command and Parameters.';
  const command = get('Command');
  if (typeof command !== 'string' || !/^[A-Za-z]+-[A-Za-z0-9]+$/.test(command)) return 'The request has no Command, or it is not a cmdlet name (Verb-Noun).';
  const p = get('Parameters') ?? null;
  let parameters: PSHashtable;
  if (p === null) parameters = new PSHashtable();
  else if (p instanceof PSHashtable) parameters = p;
  else if (p instanceof PSObject) {
    parameters = new PSHashtable();
    for (const prop of p.properties()) parameters.set(prop.name, p.get(prop.name) ?? null);
  } else return 'The request\'s Parameters must be a hashtable.';
  return { command, parameters };
}

/**
 * Values the server hands out that carry more than their serialized form shows: a connection test's
 * ConnectionSettings holds the verified account (never written into an answer). The server remembers
 * each by its text and type, so that the deserialized copy a client sends back
 * (`New-MigrationEndpoint -ConnectionSettings $TSMA.ConnectionSettings`) is the value itself again.
 */
const handedOut = new WeakMap<Session, Map<string, ConnectionSettingsValue>>();
function opaqueKey(typeName: string, text: string): string {
  return `${typeName.replace(/^(Deserialized\.)+/, '')}\n${text}`;
}

function rememberOpaque(session: Session, values: PSValue[]): void {
  let map = handedOut.get(session);
  const visit = (v: PSValue | undefined, depth: number) => {
    if (v instanceof ConnectionSettingsValue) {
      if (!map) handedOut.set(session, (map = new Map()));
      map.set(opaqueKey(v.psTypeNames[0], v.toString()), v);
    } else if (v instanceof PSObject && depth > 0) for (const p of v.properties()) visit(p.getter ? undefined : p.value, depth - 1);
  };
  for (const v of values) visit(v, 2);
}

/** A parameter value as the cmdlet takes it: a deserialized SwitchParameter is its IsPresent; a handed-out value is itself. */
function plainParameter(session: Session, v: PSValue): PSValue {
  if (v instanceof PSObject) {
    const names = typeNamesOf(v);
    if (names.some((n) => /(^|\.)SwitchParameter$/.test(n))) return v.get('IsPresent') === true;
    const known = names[0] ? handedOut.get(session)?.get(opaqueKey(names[0], v.toString())) : undefined;
    if (known) return known;
  }
  return v;
}

function record(stream: RemoteStream, fields: Record<string, PSValue>): PSHashtable {
  const h = new PSHashtable(true);
  h.set('Stream', stream);
  for (const [k, v] of Object.entries(fields)) h.set(k, v);
  return h;
}

/**
 * An ErrorRecord in the shape pwsh's remoting writes it (ErrorRecord.ToPSObjectForRemoting: the
 * category flattened into ErrorCategory_* notes), which pwsh's ErrorRecord.FromPSObjectForRemoting
 * reads back with the FullyQualifiedErrorId kept exactly, as errors from a remote Exchange session are.
 */
export function remotingErrorRecord(er: ErrorRecord): PSObject {
  const o = new PSObject(['System.Management.Automation.ErrorRecord', 'System.Object']);
  o.toStringOverride = () => er.message;
  const ex = new PSObject(er.exception.psTypeNames.length ? [...er.exception.psTypeNames] : ['System.Exception', 'System.Object']);
  ex.toStringOverride = () => `${er.exception.typeName}: ${er.exception.message}`;
  ex.addProperty({ name: 'Message', value: er.exception.message, memberType: 'Property' });
  ex.addProperty({ name: 'HResult', value: -2146233087, memberType: 'Property' });
  const ci = er.categoryInfo;
  const note = (name: string, value: PSValue) => o.addNoteProperty(name, value);
  note('Exception', ex);
  note('TargetObject', er.targetObject === null || typeof er.targetObject !== 'object' ? er.targetObject : String(er.targetObject));
  note('FullyQualifiedErrorId', er.fullyQualifiedErrorId);
  note('InvocationInfo', null);
  note('ErrorCategory_Category', Math.max(0, ERROR_CATEGORIES.indexOf(er.category)));
  note('ErrorCategory_Activity', String(ci.get('Activity') ?? ''));
  note('ErrorCategory_Reason', String(ci.get('Reason') ?? ''));
  note('ErrorCategory_TargetName', String(ci.get('TargetName') ?? ''));
  note('ErrorCategory_TargetType', String(ci.get('TargetType') ?? ''));
  note('ErrorCategory_Message', ci.toString());
  const details = er.errorDetailsMessage ?? null;
  if (details !== null || er.recommendedAction) {
    note('ErrorDetails_Message', details);
    note('ErrorDetails_RecommendedAction', er.recommendedAction ?? null);
  }
  note('SerializeExtendedInfo', false);
  return o;
}

/** A request that cannot run: answered as an error record the client raises (still a 200: the protocol worked). */
function protocolError(message: string, errorId: string, category: (typeof ERROR_CATEGORIES)[number], exceptionType: string, target: PSValue = null): PSHashtable[] {
  const er = new ErrorRecord({ exception: new ExceptionObject(exceptionType, message), errorId, category, targetObject: target });
  return [record('Error', { Value: remotingErrorRecord(er), Terminating: true }), record('End', { Success: false })];
}

function progressFields(p: ProgressRecord): Record<string, PSValue> {
  return {
    ActivityId: p.activityId,
    ParentActivityId: p.parentActivityId,
    Activity: p.activity,
    StatusDescription: p.statusDescription,
    CurrentOperation: p.currentOperation,
    PercentComplete: p.percentComplete,
    SecondsRemaining: p.secondsRemaining,
    RecordType: p.recordType,
  };
}

/**
 * Runs one request in the session: the cmdlet is called as a command line of its own (one store
 * transaction per cmdlet call, so a failed call leaves the world as it was), its streams collected.
 */
export function runRequest(session: Session, host: RemoteHost, request: RemoteRequest): PSHashtable[] {
  const name = request.command;
  const known = remoteCommandNames().has(name.toLowerCase()) || importedProxy(session, name);
  if (!known) {
    return protocolError(
      `The term '${name}' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.`,
      'CommandNotFoundException',
      'ObjectNotFound',
      'System.Management.Automation.CommandNotFoundException',
      name,
    );
  }
  const params = new PSHashtable();
  let stop = false;
  for (const [k, v] of request.parameters.entries()) {
    const key = String(k);
    if (key.toLowerCase() === 'erroraction') {
      // Only Stop travels: the client applies the others to the errors it writes.
      stop = String(v).toLowerCase() === 'stop';
      continue;
    }
    if (CLIENT_SIDE_PARAMETERS.has(key.toLowerCase())) continue;
    params.set(key, plainParameter(session, v));
  }
  if (stop) params.set('ErrorAction', 'Stop');
  const progress: ProgressRecord[] = [];
  const hook = (r: ProgressRecord) => void progress.push(r);
  session.progressHooks.push(hook);
  host.begin();
  const rs = session.runspace;
  rs.setVariable('__exoRemoteCommand', name);
  rs.setVariable('__exoRemoteParams', params);
  rs.setVariable('__exoRemoteCaught', null);
  let result;
  try {
    // The name is a variable, never script text; confirmation is the client's (it asks before sending).
    result = session.invoke(
      "$VerbosePreference = 'Continue'; $DebugPreference = 'Continue'; $InformationPreference = 'Continue'; $ConfirmPreference = 'None'\n" +
        'try { & $__exoRemoteCommand @__exoRemoteParams } catch { $__exoRemoteCaught = $_ }',
    );
  } finally {
    session.progressHooks.splice(session.progressHooks.indexOf(hook), 1);
  }
  const caught = rs.getVariable('__exoRemoteCaught');
  for (const v of ['__exoRemoteCommand', '__exoRemoteParams', '__exoRemoteCaught']) rs.removeVariable(v);
  rememberOpaque(session, result.output);
  const out: PSHashtable[] = [];
  for (const p of progress) out.push(record('Progress', progressFields(p)));
  for (const text of host.end()) out.push(record('Host', { Text: text }));
  for (const m of result.verbose) out.push(record('Verbose', { Message: m }));
  for (const m of result.debug) out.push(record('Debug', { Message: m }));
  for (const m of result.warnings) out.push(record('Warning', { Message: m }));
  for (const i of result.information) {
    // Write-Host's records reached the host already (the Host records above).
    if (i instanceof PSObject && typeNamesOf(i)[0]?.endsWith('HostInformationMessage')) continue;
    out.push(record('Information', { MessageData: i instanceof InformationRecord ? i.messageData : i }));
  }
  for (const v of result.output) out.push(record('Output', { Value: v }));
  for (const e of result.errors) out.push(record('Error', { Value: remotingErrorRecord(e), Terminating: false }));
  if (caught instanceof ErrorRecord) out.push(record('Error', { Value: remotingErrorRecord(caught), Terminating: true }));
  out.push(record('End', { Success: result.success && !(caught instanceof ErrorRecord) && result.errors.length === 0 }));
  return out;
}

/** A cmdlet Import-PSSession registered on the server (an Exchange Management Shell proxy, maybe prefixed). */
function importedProxy(session: Session, name: string): boolean {
  const c = session.runspace.resolveCommand(name);
  return !!c && c.commandType === 'Cmdlet' && /^tmp_/.test(c.source);
}

/** Encodes an answer's records. */
export function encodeAnswer(records: PSHashtable[], codec?: SecureStringCodec): string {
  return toClixml(records, { depth: ANSWER_DEPTH, secureStrings: codec });
}

/** The whole exchange for one body: decode, run, encode. The listener adds HTTP and auth around it. */
export function handleInvoke(session: Session, host: RemoteHost, body: string): RemoteAnswer {
  const codec = session.secrets;
  const req = decodeRequest(body, codec);
  const records = typeof req === 'string' ? protocolError(req, 'ExoEmulatorBadRequest', 'InvalidData', 'System.ArgumentException') : runRequest(session, host, req);
  return { status: typeof req === 'string' ? 400 : 200, body: encodeAnswer(records, codec), records };
}

/** Makes a request body (the TypeScript client and tests; pwsh's module builds its own with PSSerializer). */
export function encodeRequest(command: string, parameters: Record<string, PSValue> | PSHashtable = {}, codec?: SecureStringCodec): string {
  const h = new PSHashtable();
  h.set('Command', command);
  let p: PSHashtable;
  if (parameters instanceof PSHashtable) p = parameters;
  else {
    p = new PSHashtable();
    for (const [k, v] of Object.entries(parameters)) p.set(k, v);
  }
  h.set('Parameters', p);
  return toClixml([h], { depth: 4, secureStrings: codec });
}

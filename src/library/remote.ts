/**
 * A client of `exo-shell serve` for TypeScript programs in another process (docs/server-protocol.md):
 * the same protocol the PowerShell module speaks. Uses the platform's fetch, so it runs in Node 20 and
 * in browsers alike.
 */
import { ERROR_CATEGORIES } from '../engine/cmdlet';
import { PSHashtable, PSObject, type PSValue } from '../engine/values';
import { fromClixml, type SecureStringCodec } from '../engine/serialization/clixml';
import { encodeRequest, CLIXML_MEDIA_TYPE } from '../remote/protocol';

export interface RemoteOptions {
  /** EXO_EMULATOR_URL as exo-shell serve printed it: http://127.0.0.1:<port>. */
  url: string;
  /** EXO_EMULATOR_TOKEN as exo-shell serve printed it. */
  token: string;
  /** Another fetch (tests); default globalThis.fetch. */
  fetch?: typeof fetch;
}

/** An error the server's cmdlet wrote or threw, with the facts pwsh's $Error[0] shows. */
export interface RemoteErrorInfo {
  fullyQualifiedErrorId: string;
  message: string;
  /** CategoryInfo.Category (ObjectNotFound, InvalidArgument...). */
  category: string;
  /** CategoryInfo.Reason: the exception's short type name. */
  reason: string;
  targetObject: PSValue;
  /** The exception's .NET type name. */
  exceptionType: string;
  /** The error ended the command (a terminating error) rather than being written. */
  terminating: boolean;
}

export interface RemoteProgress {
  activity: string;
  status: string;
  percentComplete: number;
  completed: boolean;
}

export interface RemoteResult {
  /** The output objects, deserialized (`Deserialized.<type>` objects, strings, numbers...). */
  output: PSValue[];
  errors: RemoteErrorInfo[];
  warnings: string[];
  verbose: string[];
  debug: string[];
  information: PSValue[];
  /** Text written to the host (Write-Host, `What if:` lines). */
  host: string[];
  progress: RemoteProgress[];
  /** No error: the call succeeded. */
  success: boolean;
}

/** What `call` throws when the cmdlet failed: the first error's facts, every error kept. */
export class RemoteCmdletError extends Error {
  readonly fullyQualifiedErrorId: string;
  readonly category: string;
  constructor(readonly command: string, readonly errors: RemoteErrorInfo[], readonly result: RemoteResult) {
    super(errors[0]?.message ?? `${command} failed.`);
    this.name = 'RemoteCmdletError';
    this.fullyQualifiedErrorId = errors[0]?.fullyQualifiedErrorId ?? '';
    this.category = errors[0]?.category ?? 'NotSpecified';
  }
}

/** The server refused the request (no or a wrong token: 401) or could not be reached. */
export class RemoteProtocolError extends Error {
  constructor(message: string, readonly status: number | null) {
    super(message);
    this.name = 'RemoteProtocolError';
  }
}

export interface RemoteSession {
  /** Runs a cmdlet with its parameters (names as in PowerShell: { Identity: 'CutoverBatch' }, switches as true). */
  invoke(command: string, parameters?: Record<string, PSValue>): Promise<RemoteResult>;
  /** As invoke, but throws RemoteCmdletError when the cmdlet wrote or threw an error; returns the output. */
  call(command: string, parameters?: Record<string, PSValue>): Promise<PSValue[]>;
  /** The server's description: protocol version, scenario, state file, requests answered. */
  info(): Promise<{ protocol: string; scenario: string; state: string | null; requests: number }>;
}

function field(h: PSValue, name: string): PSValue {
  if (h instanceof PSHashtable) return h.get(name) ?? null;
  if (h instanceof PSObject) return h.get(name) ?? null;
  return null;
}

function errorInfo(v: PSValue, terminating: boolean): RemoteErrorInfo {
  const ex = field(v, 'Exception');
  const names = ex instanceof PSObject ? ex.psTypeNames : [];
  return {
    fullyQualifiedErrorId: String(field(v, 'FullyQualifiedErrorId') ?? ''),
    message: String(field(ex, 'Message') ?? ''),
    category: ERROR_CATEGORIES[Number(field(v, 'ErrorCategory_Category') ?? 0)] ?? 'NotSpecified',
    reason: String(field(v, 'ErrorCategory_Reason') ?? ''),
    targetObject: field(v, 'TargetObject'),
    exceptionType: (names[0] ?? 'System.Exception').replace(/^Deserialized\./, ''),
    terminating,
  };
}

/** Reads an answer body into a result. */
export function decodeAnswer(body: string): RemoteResult {
  const r: RemoteResult = { output: [], errors: [], warnings: [], verbose: [], debug: [], information: [], host: [], progress: [], success: true };
  for (const rec of fromClixml(body)) {
    const stream = String(field(rec, 'Stream'));
    if (stream === 'Output') r.output.push(field(rec, 'Value'));
    else if (stream === 'Error') r.errors.push(errorInfo(field(rec, 'Value'), field(rec, 'Terminating') === true));
    else if (stream === 'Warning') r.warnings.push(String(field(rec, 'Message')));
    else if (stream === 'Verbose') r.verbose.push(String(field(rec, 'Message')));
    else if (stream === 'Debug') r.debug.push(String(field(rec, 'Message')));
    else if (stream === 'Information') r.information.push(field(rec, 'MessageData'));
    else if (stream === 'Host') r.host.push(String(field(rec, 'Text')));
    else if (stream === 'Progress')
      r.progress.push({ activity: String(field(rec, 'Activity')), status: String(field(rec, 'StatusDescription')), percentComplete: Number(field(rec, 'PercentComplete')), completed: field(rec, 'RecordType') === 'Completed' });
    else if (stream === 'End') r.success = field(rec, 'Success') === true;
  }
  if (r.errors.length) r.success = false;
  return r;
}

/**
 * `<SS>` as pwsh on Linux writes it: the UTF-16LE bytes in hex, no protection (the server reads that
 * form; the request travels over the loopback interface only, behind the run's token).
 */
const PLAIN_HEX: SecureStringCodec = {
  protect: (plain) => [...plain].flatMap((ch) => {
    const out: string[] = [];
    for (let i = 0; i < ch.length; i++) {
      const c = ch.charCodeAt(i);
      out.push((c & 0xff).toString(16).padStart(2, '0'), (c >> 8).toString(16).padStart(2, '0'));
    }
    return out;
  }).join(''),
  unprotect: () => {
    throw new Error('not used');
  },
};

export function connectRemote(options: RemoteOptions): RemoteSession {
  const base = options.url.replace(/\/+$/, '');
  const doFetch = options.fetch ?? globalThis.fetch;
  const headers = { Authorization: `Bearer ${options.token}` };
  const send = async (path: string, init: RequestInit): Promise<string> => {
    let res: Response;
    try {
      res = await doFetch(base + path, { ...init, headers: { ...headers, ...(init.headers as Record<string, string> | undefined) } });
    } catch (e) {
      throw new RemoteProtocolError(`exo-emulator server ${base} cannot be reached: ${(e as Error).message}`, null);
    }
    const text = await res.text();
    if (res.status !== 200 && res.status !== 400) throw new RemoteProtocolError(`exo-emulator server answered ${res.status}: ${text.trim()}`, res.status);
    return text;
  };
  const invoke = async (command: string, parameters: Record<string, PSValue> = {}) =>
    decodeAnswer(await send('/invoke', { method: 'POST', body: encodeRequest(command, parameters, PLAIN_HEX), headers: { 'Content-Type': CLIXML_MEDIA_TYPE } }));
  return {
    invoke,
    async call(command, parameters) {
      const r = await invoke(command, parameters);
      if (r.errors.length) throw new RemoteCmdletError(command, r.errors, r);
      return r.output;
    },
    async info() {
      const [h] = fromClixml(await send('/info', { method: 'GET' }));
      const state = field(h ?? null, 'State');
      return { protocol: String(field(h ?? null, 'Protocol')), scenario: String(field(h ?? null, 'Scenario')), state: state === null ? null : String(state), requests: Number(field(h ?? null, 'Requests')) };
    },
  };
}

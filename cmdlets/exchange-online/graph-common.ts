/**
 * What the Microsoft Graph cmdlets share: the session's Graph connection (Connect-MgGraph) and
 * Graph's error records. Graph PowerShell writes a failed request as an error of its internal
 * cmdlet (`Set-MgUserLicense_AssignExpanded`), whose name ConciseView shows before the message, and
 * the message carries the HTTP status, Graph's error code, the date and the response headers:
 *
 *     Set-MgUserLicense_AssignExpanded: License assignment cannot be done for user with invalid usage location.
 *
 *     Status: 400 (BadRequest)
 *     ErrorCode: Request_BadRequest
 *     Date: 2025-01-06T09:00:00
 *     ...
 */
import type { CmdletContext, SessionApi } from '../../src/engine/cmdlet';
import { ErrorRecord, ExceptionObject } from '../../src/engine/errors';
import { WorldError } from '../../src/model';
import type { World } from '../../src/model/world';
import { guidFor } from '../../src/model/migration/determinism';
import { EXCHANGE_MESSAGES, exchangeMessage, type ExchangeMessageId } from './messages';
import { ExchangeCmdletError } from './messages';
import { errorDetails, readWorld, runtimeOf } from './context';

/** Graph connections per session (Connect-MgGraph); every Graph cmdlet needs one. */
export const graphConnections = new WeakMap<SessionApi, { account: string; scopes: string[] }>();

/** Each Graph error's HTTP status and Graph error code (Request_BadRequest unless said here). */
const HTTP: Partial<Record<ExchangeMessageId, { status: number; code: string }>> = {
  GraphUserNotFound: { status: 404, code: 'Request_ResourceNotFound' },
  GraphDomainNotFound: { status: 404, code: 'Request_ResourceNotFound' },
  GraphOrganizationNotFound: { status: 404, code: 'Request_ResourceNotFound' },
};
const REASON: Record<number, string> = { 400: 'BadRequest', 404: 'NotFound' };

/** A Graph request that failed: the message id, its arguments and the target. */
export class GraphFailure extends Error {
  constructor(
    readonly id: ExchangeMessageId,
    readonly args: (string | number)[] = [],
    readonly target?: string,
  ) {
    super(exchangeMessage(id, ...args));
  }
}

export function graphFail(id: ExchangeMessageId, args: (string | number)[] = [], target?: string): never {
  throw new GraphFailure(id, args, target);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Graph's error text: the service's message, then status, error code, date and headers. */
export function graphErrorText(world: Readonly<World>, id: ExchangeMessageId, args: (string | number)[], internalName: string): string {
  const http = HTTP[id] ?? { status: 400, code: 'Request_BadRequest' };
  const d = new Date(world.clock.now);
  const iso = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const requestId = guidFor(world.random.seed, `graph-request:${internalName}:${world.clock.now}`);
  const clientId = guidFor(world.random.seed, `graph-client-request:${internalName}:${world.clock.now}`);
  const header = (name: string, value: string) => `${name.padEnd(30)}: ${value}`;
  return [
    exchangeMessage(id, ...args),
    '',
    `Status: ${http.status} (${REASON[http.status] ?? 'BadRequest'})`,
    `ErrorCode: ${http.code}`,
    `Date: ${iso}`,
    '',
    'Headers:',
    header('Cache-Control', 'no-cache'),
    header('Vary', 'Accept-Encoding'),
    header('Strict-Transport-Security', 'max-age=31536000'),
    header('request-id', requestId),
    header('client-request-id', clientId),
    header('x-ms-ags-diagnostic', '{"ServerInfo":{"DataCenter":"West Europe","Slice":"E","Ring":"5","ScaleUnit":"000","RoleInstance":"AM4PEPF0000A1B2"}}'),
    header('x-ms-resource-unit', '1'),
    header('Date', d.toUTCString()),
  ].join('\n');
}

/** Writes a Graph error as Graph PowerShell does, in the name of its internal cmdlet (`Get-MgDomain_Get`). */
export function writeGraphError(ctx: CmdletContext, internalName: string, f: GraphFailure): void {
  const w = readWorld(ctx);
  const http = HTTP[f.id] ?? { status: 400, code: 'Request_BadRequest' };
  const entry = EXCHANGE_MESSAGES[f.id];
  ctx.writeErrorRecord(
    new ErrorRecord({
      exception: new ExceptionObject(entry.type, graphErrorText(w, f.id, f.args, internalName)),
      errorId: http.code,
      category: entry.category,
      targetObject: f.target ?? null,
      commandName: internalName,
      fqidSuffix: `Microsoft.Graph.PowerShell.Cmdlets.${internalName.replace(/-/g, '')}`,
      activity: internalName,
    }),
  );
}

/** World errors a Graph request can meet, as Graph's. */
function graphFailureOf(e: WorldError, target?: string): GraphFailure | undefined {
  const a = e.args.map((x) => (typeof x === 'number' ? x : String(x)));
  switch (e.id) {
    case 'TenantUserNotFound':
      return new GraphFailure('GraphUserNotFound', a, target);
    case 'TenantDomainNotFound':
      return new GraphFailure('GraphDomainNotFound', a, target);
    case 'TenantDomainExists':
      return new GraphFailure('GraphDomainExists', a, target);
    case 'TenantDomainInvalid':
      return new GraphFailure('GraphDomainInvalid', a, target);
    case 'TenantDomainNotVerifiable':
      return new GraphFailure('GraphDomainNotVerifiable', a, target);
    case 'TenantDomainAlreadyVerified':
      return new GraphFailure('GraphDomainAlreadyVerified', a, target);
    case 'TenantDomainUnverified':
      return new GraphFailure('GraphDomainUnverified', a, target);
    case 'TenantDomainInitial':
      return new GraphFailure('GraphDomainInitial', a, target);
    case 'TenantDomainDefault':
      return new GraphFailure('GraphDomainDefault', a, target);
    case 'TenantDomainInUse':
      return new GraphFailure('GraphDomainInUse', a, target);
    case 'LicenseNoUsageLocation':
      return new GraphFailure('GraphInvalidUsageLocation', [], target);
    case 'InvalidUsageLocation':
      return new GraphFailure('GraphUsageLocationValue', [], target);
    default:
      return undefined;
  }
}

/**
 * Runs a Graph request against the world: `fn` in one store transaction (all of its changes or none).
 * Without Connect-MgGraph it fails as Graph PowerShell does; a failure is written as Graph's error
 * record in the internal cmdlet's name and `undefined` is returned.
 */
export function graphRequest<T>(ctx: CmdletContext, internalName: string, fn: (world: World) => T, target?: string): T | undefined {
  if (!graphConnections.has(ctx.session)) {
    ctx.writeError(errorDetails(new ExchangeCmdletError('GraphNotConnected', [])));
    return undefined;
  }
  try {
    return runtimeOf(ctx).store.transaction(fn);
  } catch (e) {
    const f = e instanceof GraphFailure ? e : e instanceof WorldError ? graphFailureOf(e, target) : undefined;
    if (f) {
      writeGraphError(ctx, internalName, f);
      return undefined;
    }
    throw e;
  }
}

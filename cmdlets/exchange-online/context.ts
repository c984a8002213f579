/**
 * What every Exchange cmdlet shares: reaching the world (the session's 'world' service, a
 * WorldRuntime), running a model call inside the store's transaction and turning a model error
 * into the cmdlet's error record, reading identity arguments (a string or a piped object), and
 * declaring which reference parameters have no effect here.
 */
import type { CmdletContext, CmdletMetadata, ErrorDetails, ParameterDeclaration } from '../../src/engine/cmdlet';
import { PSCredential, PSDateTime, PSEnumValue, PSObject, stringOf, type PSValue } from '../../src/engine/values';
import type { WorldRuntime } from '../../src/model/runtime';
import type { World } from '../../src/model/world';
import type { ReadonlyWorld } from '../../src/store/state-store';
import { MigrationError, migrationProcess } from '../../src/model/migration';
import { guidFor } from '../../src/model/migration/determinism';
import { ExchangeCmdletError, exchangeMessage, type ExchangeMessageId } from './messages';

/** The name under which the session registers its WorldRuntime (CmdletServices.get). */
export const WORLD_SERVICE = 'world';

export function runtimeOf(ctx: CmdletContext): WorldRuntime {
  const rt = ctx.services.get<WorldRuntime>(WORLD_SERVICE);
  if (!rt) throw ctx.terminatingError(errorDetails(new ExchangeCmdletError('NoWorld', [])));
  // The migration service is one of the world's processes; registering is idempotent (by name).
  rt.processes.register(migrationProcess);
  return rt;
}

export function readWorld(ctx: CmdletContext): World {
  // Shape functions take World; they only read, so the read-only view is safe here.
  return runtimeOf(ctx).store.read() as ReadonlyWorld as unknown as World;
}

/** Remote objects carry the id of the runspace they came from; one per world seed. */
export function runspaceId(ctx: CmdletContext): string {
  const seed = runtimeOf(ctx).store.read().random.seed;
  const hit = runspaceIds.get(ctx.session);
  if (hit && hit.seed === seed) return hit.id;
  const id = guidFor(seed, 'runspace');
  runspaceIds.set(ctx.session, { seed, id });
  return id;
}
const runspaceIds = new WeakMap<object, { seed: number; id: string }>();

export function errorDetails(e: MigrationError | ExchangeCmdletError): ErrorDetails {
  const short = e.exceptionType.slice(e.exceptionType.lastIndexOf('.') + 1);
  return {
    message: e.message,
    errorId: (e instanceof ExchangeCmdletError ? e.errorId : undefined) ?? short,
    category: e.category,
    targetObject: e.target ?? null,
    exceptionType: e.exceptionType.includes('.') ? e.exceptionType : `Microsoft.Exchange.Migration.${e.exceptionType}`,
  };
}

/**
 * Runs `fn` in one store transaction: all of its changes or none. A model error becomes a
 * non-terminating error of the cmdlet (Exchange writes its errors; -ErrorAction Stop makes them
 * terminating) and `undefined` is returned.
 */
export function inTransaction<T>(ctx: CmdletContext, fn: (world: World) => T): T | undefined {
  try {
    return runtimeOf(ctx).store.transaction(fn);
  } catch (e) {
    if (e instanceof MigrationError || e instanceof ExchangeCmdletError) {
      ctx.writeError(errorDetails(e));
      return undefined;
    }
    throw e;
  }
}

/** Same as inTransaction for reads (no change is made, but errors are reported the same way). */
export function reading<T>(ctx: CmdletContext, fn: (world: World) => T): T | undefined {
  try {
    return fn(readWorld(ctx));
  } catch (e) {
    if (e instanceof MigrationError || e instanceof ExchangeCmdletError) {
      ctx.writeError(errorDetails(e));
      return undefined;
    }
    throw e;
  }
}

export function fail(id: ExchangeMessageId, args: (string | number)[] = [], target?: string): never {
  throw new ExchangeCmdletError(id, args, target);
}

export { exchangeMessage };

// ---------------------------------------------------------------- arguments

/** An identity argument: a string, or a piped object whose Identity (or Name) is used. */
export function identityOf(v: PSValue | undefined): string | null {
  if (v === undefined || v === null) return null;
  if (v instanceof PSObject) {
    const id = v.get('Identity') ?? v.get('Name');
    return id === undefined || id === null ? null : stringOf(id);
  }
  if (Array.isArray(v)) return v.length ? identityOf(v[0]) : null;
  return stringOf(v);
}

export function str(ctx: CmdletContext, name: string): string | undefined {
  if (!ctx.bound(name)) return undefined;
  const v = ctx.params[name];
  return v === null || v === undefined ? undefined : stringOf(v);
}

export function strList(ctx: CmdletContext, name: string): string[] | undefined {
  if (!ctx.bound(name)) return undefined;
  const v = ctx.params[name];
  if (v === null || v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).map((x) => stringOf(x));
}

export function flag(ctx: CmdletContext, name: string): boolean {
  return ctx.bound(name) && ctx.params[name] === true;
}

export function bool(ctx: CmdletContext, name: string): boolean | undefined {
  if (!ctx.bound(name)) return undefined;
  return ctx.params[name] === true;
}

export function int(ctx: CmdletContext, name: string): number | undefined {
  if (!ctx.bound(name)) return undefined;
  const v = ctx.params[name];
  return typeof v === 'number' ? v : undefined;
}

export function unlimited(ctx: CmdletContext, name: string): number | 'Unlimited' | undefined {
  if (!ctx.bound(name)) return undefined;
  const v = ctx.params[name];
  return v === 'Unlimited' ? 'Unlimited' : typeof v === 'number' ? v : undefined;
}

/**
 * Applies -ResultSize (default 1000): when the default cut results off, Exchange warns that only
 * the first 1000 were returned.
 */
export function limitResults<T>(ctx: CmdletContext, rows: readonly T[]): readonly T[] {
  const size = unlimited(ctx, 'ResultSize') ?? 1000;
  if (size === 'Unlimited' || rows.length <= size) return rows;
  if (!ctx.bound('ResultSize')) ctx.writeWarning(exchangeMessage('ResultSizeWarning', size));
  return rows.slice(0, size);
}

export function enumName(ctx: CmdletContext, name: string): string | undefined {
  if (!ctx.bound(name)) return undefined;
  const v = ctx.params[name];
  return v instanceof PSEnumValue ? v.name : v === null || v === undefined ? undefined : stringOf(v);
}

/** A [datetime] argument as epoch ms; `$null` clears (null). */
export function dateMs(ctx: CmdletContext, name: string): number | null | undefined {
  if (!ctx.bound(name)) return undefined;
  const v = ctx.params[name];
  return v instanceof PSDateTime ? v.ms : null;
}

export function credentials(ctx: CmdletContext, name: string): { userName: string; password: string } | undefined {
  if (!ctx.bound(name)) return undefined;
  const v = ctx.params[name];
  return v instanceof PSCredential ? { userName: v.userName, password: v.password.reveal() } : undefined;
}

// ---------------------------------------------------------------- metadata

/**
 * The reference metadata with `noEffect` reasons set on the parameters this emulator accepts but
 * does not act on. Naming a parameter the metadata does not have is a programming error.
 */
export function declare(meta: CmdletMetadata, noEffect: Record<string, string>, extra: ParameterDeclaration[] = []): CmdletMetadata {
  const names = new Set(meta.parameters.map((p) => p.name.toLowerCase()));
  // One lower-cased map: every Exchange cmdlet is declared at start-up, so a scan per parameter showed in the start time.
  const reasons = new Map<string, string>();
  for (const [n, why] of Object.entries(noEffect)) {
    if (!names.has(n.toLowerCase())) throw new Error(`${meta.name} has no parameter ${n}`);
    if (!reasons.has(n.toLowerCase())) reasons.set(n.toLowerCase(), why);
  }
  return {
    ...meta,
    parameters: [
      ...meta.parameters.map((p) => {
        const why = reasons.get(p.name.toLowerCase());
        return why ? { ...p, noEffect: why } : p;
      }),
      ...extra,
    ],
  };
}

/**
 * For pages whose surface is far wider than what the emulator models (Set-Mailbox has well over a
 * hundred parameters): the reference metadata with every parameter `noEffect` except those named in
 * `acts`; `reasons` gives specific reasons, `otherwise` the reason for the rest.
 */
export function declareActing(meta: CmdletMetadata, acts: string[], otherwise: string, reasons: Record<string, string> = {}, extra: ParameterDeclaration[] = []): CmdletMetadata {
  const names = new Set(meta.parameters.map((p) => p.name.toLowerCase()));
  for (const n of acts) if (!names.has(n.toLowerCase())) throw new Error(`${meta.name} has no parameter ${n}`);
  const acted = new Set(acts.map((n) => n.toLowerCase()));
  const specific = new Map<string, string>();
  for (const [n, why] of Object.entries(reasons)) {
    if (!names.has(n.toLowerCase())) throw new Error(`${meta.name} has no parameter ${n}`);
    if (!specific.has(n.toLowerCase())) specific.set(n.toLowerCase(), why);
  }
  const map: Record<string, string> = {};
  for (const p of meta.parameters) if (!acted.has(p.name.toLowerCase())) map[p.name] = specific.get(p.name.toLowerCase()) ?? otherwise;
  return declare(meta, map, extra);
}

/**
 * The metadata with extra attributes on one declared parameter: validation or enum values the
 * emulator checks, or (`byPropertyName`) binding from a piped object's property of that name in
 * every set of the parameter, which the pages do not always say.
 */
export function withParameter(meta: CmdletMetadata, name: string, extra: Partial<ParameterDeclaration> & { byPropertyName?: boolean }): CmdletMetadata {
  if (!meta.parameters.some((p) => p.name.toLowerCase() === name.toLowerCase())) throw new Error(`${meta.name} has no parameter ${name}`);
  const { byPropertyName, ...attributes } = extra;
  const patch = (p: ParameterDeclaration): ParameterDeclaration => {
    const q = { ...p, ...attributes };
    if (byPropertyName) q.sets = Object.fromEntries(Object.entries(p.sets ?? { __AllParameterSets: {} }).map(([k, m]) => [k, { ...m, valueFromPipelineByPropertyName: true }]));
    return q;
  };
  return { ...meta, parameters: meta.parameters.map((p) => (p.name.toLowerCase() === name.toLowerCase() ? patch(p) : p)) };
}

/** Keeps the entries of a reasons map whose parameter the metadata has (maps shared by several cmdlets). */
export function only(meta: { parameters: ParameterDeclaration[] }, map: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(map).filter(([k]) => meta.parameters.some((p) => p.name.toLowerCase() === k.toLowerCase())));
}

/** Reasons shared by many cmdlets. */
export const NO_EFFECT = {
  partition: 'the emulated tenant has a single migration partition mailbox',
  diagnosticInfo: 'Microsoft support diagnostics are not emulated',
  domainController: 'the emulated organization has one domain controller',
  reports: 'the emulated service keeps per-user reports but sends no report e-mail',
  google: 'Google Workspace and Gmail migrations are not emulated',
  publicFolders: 'public folder migrations are not emulated',
  copilot: 'Copilot reports are not emulated',
  workflow: 'migration workflow internals (steps, templates, analysis) are not emulated',
  moveOptions: 'mailbox move options apply to remote moves, which the emulator schedules without them',
  locale: 'the emulated service answers in en-US',
} as const;

/**
 * The parameter binder, a fixed sequence of named stages as pwsh's CmdletParameterBinderController:
 *   1. named arguments (names, unique prefixes, aliases; switches; `-Name value` pairing)
 *   2. positional arguments (by position within the still-possible parameter sets)
 *   3. parameter-set resolution
 *   4. mandatory check (prompting in an interactive host)
 *   then per pipeline input: by value / by property name (without, then with coercion), defaults.
 * (about_Parameters, about_Parameter_Sets, about_CommonParameters, about_Splatting)
 */
import type { Extent } from '../../language/ast';
import { ALL_PARAMETER_SETS } from '../cmdlet';
import type { PSValue } from '../values';
import { PSHashtable, SecureString } from '../values';
import { getOwnProperty } from '../properties';
import { toStr } from '../conversion';
import { formatMessage } from '../messages';
import type { Host } from '../host';
import { declaredSets, inSet, isSwitch, membership, type BinderCommand, type BinderParameter } from './parameters';
import { bindingError, coerceArgument, dotNetTypeName, matchesWithoutCoercion, validateArgument, BindingError, type BindingErrorContext } from './coerce';

/** One element of a command line after evaluation. */
/**
 * `text` is the source text of a bare numeric literal (`1d`, `34uy`, `2GB`): bound to a String
 * parameter the argument keeps that text, as pwsh binds it (notes P-31).
 */
/** `extent`: the parameter token (named) or the argument (positional); `valueExtent`: a named parameter's argument. */
export type CommandArgument =
  | { kind: 'named'; name: string; value: PSValue; hasValue: boolean; splatted: boolean; text?: string; extent?: Extent; valueExtent?: Extent }
  | { kind: 'positional'; value: PSValue; splatted: boolean; text?: string; extent?: Extent };

interface PositionalArgument {
  value: PSValue;
  text?: string;
  extent?: Extent;
  /** Where it stood on the command line ($args keeps that order). */
  at?: number;
}

function isStringType(type: string): boolean {
  return /^(System\.)?String$/i.test(type);
}

export interface BindResult {
  /** Bound values keyed by the declared parameter name. */
  values: Map<string, PSValue>;
  /** Names bound from the command line (not pipeline, not defaults). */
  commandLineBound: Set<string>;
  parameterSetName: string;
  /** Arguments no parameter took (simple functions: $args). */
  unbound: PSValue[];
  /** Candidate sets still possible before pipeline input. */
  candidateSets: string[];
}

function paramByName(cmd: BinderCommand, ctx: BindingErrorContext, typed: string): BinderParameter | undefined {
  const n = typed.toLowerCase();
  const exact = cmd.parameters.find((p) => p.name.toLowerCase() === n || p.aliases?.some((a) => a.toLowerCase() === n));
  if (exact) return exact;
  const matches = cmd.parameters.filter((p) => p.name.toLowerCase().startsWith(n) || p.aliases?.some((a) => a.toLowerCase().startsWith(n)));
  if (matches.length === 1) return matches[0];
  if (matches.length > 1) {
    // A prefix matching one declared parameter and only common ones picks the declared one.
    const declared = matches.filter((p) => !p.isCommon);
    if (declared.length === 1 && !cmd.advanced) return declared[0];
    throw bindingError(ctx, 'AmbiguousParameter', [typed, matches.map((p) => '-' + p.name).join(' ')]);
  }
  return undefined;
}

/** Positions of parameters; simple functions without explicit positions are positional in declaration order. */
function positionalParameters(cmd: BinderCommand, set: string | null): { p: BinderParameter; position: number }[] {
  const out: { p: BinderParameter; position: number }[] = [];
  for (const p of cmd.parameters) {
    if (p.isCommon) continue;
    const sets = set ? [set] : Object.keys(p.sets ?? { [ALL_PARAMETER_SETS]: {} });
    for (const s of sets) {
      const m = membership(p, s);
      if (m?.position !== undefined) {
        out.push({ p, position: m.position });
        break;
      }
    }
  }
  return out.sort((a, b) => a.position - b.position);
}

export class Binder {
  constructor(
    readonly cmd: BinderCommand,
    readonly ctx: BindingErrorContext,
  ) {}

  /** Stages 1-3 (and 4 when no pipeline input is expected). */
  bindCommandLine(args: CommandArgument[], expectingInput: boolean, host: Host | null, pipelinePosition: number): BindResult {
    const values = new Map<string, PSValue>();
    const bound = new Set<string>();
    const extras: { at: number; value: PSValue }[] = [];
    const fromSplat = new Set<string>();
    const positional: PositionalArgument[] = [];

    // Stage 1: named arguments. Explicit arguments override splatted ones (P-45..P-50).
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a.kind === 'positional') {
        positional.push({ value: a.value, text: a.text, extent: a.extent, at: i });
        continue;
      }
      const p = paramByName(this.cmd, this.ctx, a.name);
      if (!p) {
        if (!this.cmd.advanced) {
          // Simple functions keep unknown parameters in $args as typed (`-Blah:` for splatted keys).
          // pwsh 7.6: `-x:1` stays `-x:`, 1; `-x 1` takes the next argument along (`f -b 2` gives $args -b, 2).
          extras.push({ at: i, value: a.splatted || a.hasValue ? `-${a.name}:` : `-${a.name}` });
          if (a.hasValue) extras.push({ at: i, value: a.value });
          else if (args[i + 1]?.kind === 'positional') {
            i++;
            extras.push({ at: i, value: (args[i] as { value: PSValue }).value });
          }
          continue;
        }
        this.ctx.at = a.extent;
        throw bindingError(this.ctx, 'NamedParameterNotFound', [a.name], 'System.Management.Automation.ParameterBindingException', 'InvalidArgument', a.name);
      }
      let value: PSValue;
      let text: string | undefined;
      let extent: Extent | undefined;
      if (a.hasValue) {
        value = a.value;
        text = a.text;
        extent = a.valueExtent;
      } else if (isSwitch(p)) value = true;
      else {
        const next = args[i + 1];
        if (!next || next.kind !== 'positional') {
          this.ctx.at = a.extent;
          throw bindingError(this.ctx, 'MissingArgument', [p.name, dotNetTypeName(p.type)], 'System.Management.Automation.ParameterBindingException', 'InvalidArgument', p.name);
        }
        value = next.value;
        text = next.text;
        extent = next.extent;
        i++;
      }
      if (bound.has(p.name)) {
        if (fromSplat.has(p.name) && !a.splatted) fromSplat.delete(p.name);
        else if (a.splatted && !fromSplat.has(p.name)) continue;
        else throw bindingError(this.ctx, 'ParameterAlreadyBound', [p.name], 'System.Management.Automation.ParameterBindingException', 'InvalidArgument', p.name);
      } else if (a.splatted) fromSplat.add(p.name);
      this.assign(p, value, values, null, text, extent);
      bound.add(p.name);
    }

    // Stage 2: positional arguments within the sets the named ones allow.
    let candidates = this.candidateSets(bound);
    if (candidates.length === 0) throw bindingError(this.ctx, 'AmbiguousParameterSet', [], 'System.Management.Automation.ParameterBindingException', 'InvalidArgument');
    const preferred = this.cmd.defaultParameterSet && candidates.includes(this.cmd.defaultParameterSet) ? this.cmd.defaultParameterSet : candidates.length === 1 ? candidates[0] : null;
    const takesRemaining = (p: BinderParameter) => Object.values(p.sets ?? {}).some((m) => m.valueFromRemainingArguments);
    let queue = positional;
    if (queue.length) {
      // Each argument goes to the lowest unbound position among the still-possible sets; when sets
      // disagree, a parameter whose type already fits wins, then the default set's (pwsh's order).
      for (;;) {
        if (!queue.length) break;
        const options: { p: BinderParameter; set: string }[] = [];
        for (const set of candidates) {
          const next = positionalParameters(this.cmd, set).find(({ p }) => !bound.has(p.name) && !takesRemaining(p) && !isSwitch(p));
          if (next && !options.some((o) => o.p === next.p)) options.push({ p: next.p, set });
        }
        if (!options.length) break;
        // A set with room for every remaining argument comes first (Add-Member's three positionals
        // `ScriptProperty Name { ... }` go to -MemberType, not to the two-position note-property set).
        const room = (set: string) => positionalParameters(this.cmd, set).filter(({ p }) => !bound.has(p.name) && !takesRemaining(p) && !isSwitch(p)).length;
        const roomy = options.filter((o) => room(o.set) >= queue.length);
        const pool = roomy.length ? roomy : options;
        const fits = pool.filter((o) => matchesWithoutCoercion(o.p, queue[0].value));
        const pick =
          (fits.length ? fits : pool).find((o) => o.set === preferred) ?? (fits.length ? fits[0] : pool.find((o) => o.set === this.cmd.defaultParameterSet) ?? pool[0]);
        this.assign(pick.p, queue[0].value, values, null, queue[0].text, queue[0].extent);
        queue = queue.slice(1);
        bound.add(pick.p.name);
        candidates = this.candidateSets(bound);
      }
      const remaining = this.cmd.parameters.find((p) => !bound.has(p.name) && candidates.some((set) => membership(p, set)?.valueFromRemainingArguments));
      if (queue.length && remaining) {
        // One remaining argument that is already a list binds as that list (`Write-Output 1,2`).
        const rest = queue.map((q) => q.value);
        this.assign(remaining, rest.length === 1 && Array.isArray(rest[0]) ? rest[0] : rest, values, null);
        bound.add(remaining.name);
        queue = [];
      }
      if (queue.length) {
        if (this.cmd.advanced) {
          this.ctx.at = queue[0].extent;
          throw bindingError(this.ctx, 'PositionalParameterNotFound', [queue[0].text ?? toStr(queue[0].value)], 'System.Management.Automation.ParameterBindingException', 'InvalidArgument', queue[0].value);
        }
        extras.push(...queue.map((q) => ({ at: q.at ?? Infinity, value: q.value })));
      }
    }

    // Stage 3: parameter set.
    const setName = this.resolveSet(bound, expectingInput, values);

    // Stage 4: mandatory parameters (deferred to each input object when input is expected).
    if (!expectingInput) this.checkMandatory(setName, values, bound, host, pipelinePosition, false);

    const unbound = extras.sort((a, b) => a.at - b.at).map((e) => e.value);
    return { values, commandLineBound: bound, parameterSetName: setName, unbound, candidateSets: this.candidateSets(bound) };
  }

  /** Binds one argument; its conversion and validation errors point at the argument (pwsh 7.6 underlines it). */
  private assign(p: BinderParameter, raw: PSValue, values: Map<string, PSValue>, set: string | null, text?: string, extent?: Extent): void {
    this.ctx.at = extent;
    try {
      const v = coerceArgument(this.ctx, p, text !== undefined && isStringType(p.type) ? text : raw);
      const mandatory = set ? !!membership(p, set)?.mandatory : Object.values(p.sets ?? {}).some((m) => m.mandatory);
      validateArgument(this.ctx, p, v, mandatory);
      values.set(p.name, v);
    } finally {
      this.ctx.at = undefined;
    }
  }

  private setsCache: string[] | null = null;
  private readonly candidateCache = new Map<string, string[]>();
  private readonly resolveCache = new Map<string, string>();
  private readonly byName = new Map<string, BinderParameter>();

  private param(name: string): BinderParameter {
    let p = this.byName.get(name);
    if (!p) {
      p = this.cmd.parameters.find((x) => x.name === name)!;
      this.byName.set(name, p);
    }
    return p;
  }

  /** Sets that contain every bound (non-common) parameter (memoized: pipeline input repeats the same shapes). */
  candidateSets(bound: Set<string>): string[] {
    const key = [...bound].sort().join('|');
    const hit = this.candidateCache.get(key);
    if (hit) return hit;
    const sets = (this.setsCache ??= declaredSets(this.cmd));
    const out = sets.length === 0 ? [ALL_PARAMETER_SETS] : sets.filter((s) => [...bound].every((name) => {
      const p = this.param(name);
      return p.isCommon || inSet(p, s);
    }));
    this.candidateCache.set(key, out);
    return out;
  }

  resolveSet(bound: Set<string>, expectingInput: boolean, values: Map<string, PSValue>): string {
    const key = (expectingInput ? '1' : '0') + [...values.keys()].sort().join('|') + '#' + [...bound].sort().join('|');
    const hit = this.resolveCache.get(key);
    if (hit !== undefined) return hit;
    const set = this.resolveSetUncached(bound, expectingInput, values);
    this.resolveCache.set(key, set);
    return set;
  }

  private resolveSetUncached(bound: Set<string>, expectingInput: boolean, values: Map<string, PSValue>): string {
    const candidates = this.candidateSets(bound);
    if (candidates.length === 0) throw bindingError(this.ctx, 'AmbiguousParameterSet', [], 'System.Management.Automation.ParameterBindingException', 'InvalidArgument');
    if (candidates.length === 1) return candidates[0];
    const satisfied = candidates.filter((s) =>
      this.cmd.parameters.every((p) => {
        const m = membership(p, s);
        if (!m?.mandatory || values.has(p.name)) return true;
        return expectingInput && (m.valueFromPipeline || m.valueFromPipelineByPropertyName);
      }),
    );
    const def = this.cmd.defaultParameterSet;
    if (satisfied.length === 1) return satisfied[0];
    if (def && satisfied.includes(def)) return def;
    if (satisfied.length === 0 && def && candidates.includes(def)) return def;
    // Sets differing only by parameters nobody bound: pick the one with the fewest mandatory parameters unbound.
    if (satisfied.length > 1) {
      const specific = satisfied.filter((s) => this.cmd.parameters.some((p) => bound.has(p.name) && p.sets && !p.sets[ALL_PARAMETER_SETS] && p.sets[s]));
      if (specific.length === 1) return specific[0];
      if (expectingInput) return satisfied[0];
    }
    throw bindingError(this.ctx, 'AmbiguousParameterSet', [], 'System.Management.Automation.ParameterBindingException', 'InvalidArgument');
  }

  /** Mandatory parameters of the set still unbound: prompt (interactive host) or fail. */
  private readonly mandatoryCache = new Map<string, BinderParameter[]>();

  checkMandatory(set: string, values: Map<string, PSValue>, bound: Set<string>, host: Host | null, pipelinePosition: number, afterPipeline: boolean): void {
    let mandatory = this.mandatoryCache.get(set);
    if (!mandatory) {
      mandatory = this.cmd.parameters.filter((p) => membership(p, set)?.mandatory);
      this.mandatoryCache.set(set, mandatory);
    }
    if (mandatory.every((p) => values.has(p.name))) return;
    const missing = this.cmd.parameters.filter((p) => {
      const m = membership(p, set);
      return m?.mandatory && !values.has(p.name);
    });
    if (!missing.length) return;
    if (host && host.interactive) {
      host.write('host', formatMessage('PromptHeader', this.cmd.name, pipelinePosition) + '\n' + formatMessage('PromptSupplyValues') + '\n');
      for (const p of missing) {
        const isArray = p.type.endsWith('[]') || p.type.toLowerCase() === 'multivaluedproperty';
        if (isArray) {
          const items: PSValue[] = [];
          for (let i = 0; ; i++) {
            const line = host.readLine(`${p.name}[${i}]: `);
            if (line === null) break;
            if (line === '') break;
            items.push(line);
          }
          if (!items.length) throw this.missingError(missing);
          this.assign(p, items, values, set);
        } else {
          const line = p.type.toLowerCase() === 'securestring' ? host.readSecret(`${p.name}: `) : host.readLine(`${p.name}: `);
          if (line === null) throw this.missingError(missing);
          const v: PSValue = p.type.toLowerCase() === 'securestring' ? new SecureString(line) : line;
          this.assign(p, v, values, set);
        }
        bound.add(p.name);
      }
      return;
    }
    void afterPipeline;
    throw this.missingError(missing);
  }

  private missingError(missing: BinderParameter[]): BindingError {
    // pwsh appends " <name>" per missing parameter (CmdletParameterBinderController): names are
    // separated by spaces, not commas ("...parameters: Credentials EmailAddress.").
    return bindingError(this.ctx, 'MissingMandatoryParameter', [missing.map((p) => p.name).join(' ')], 'System.Management.Automation.ParameterBindingException', 'InvalidArgument');
  }

  /**
   * Pipeline input for one object: by value then by property name, first without coercion, then with.
   * Returns the names bound, or null when nothing could take the object (InputObjectNotBound).
   */
  bindPipelineInput(input: PSValue, result: BindResult, values: Map<string, PSValue>): { bound: string[]; set: string } | null {
    const sets = result.candidateSets.length ? result.candidateSets : [result.parameterSetName];
    const cached = (result as BindResult & { pipelineParams?: { value: BinderParameter[]; name: BinderParameter[] } }).pipelineParams;
    const lists =
      cached ??
      ((result as BindResult & { pipelineParams?: { value: BinderParameter[]; name: BinderParameter[] } }).pipelineParams = {
        value: this.cmd.parameters.filter((p) => !result.commandLineBound.has(p.name) && sets.some((s) => membership(p, s)?.valueFromPipeline)),
        name: this.cmd.parameters.filter((p) => !result.commandLineBound.has(p.name) && sets.some((s) => membership(p, s)?.valueFromPipelineByPropertyName)),
      });
    const boundNow: string[] = [];
    const tryBind = (p: BinderParameter, v: PSValue, coerce: boolean): boolean => {
      if (boundNow.includes(p.name)) return false;
      if (!coerce && !matchesWithoutCoercion(p, v)) return false;
      try {
        const mandatory = Object.values(p.sets ?? {}).some((m) => m.mandatory);
        const c = coerceArgument(this.ctx, p, v);
        validateArgument(this.ctx, p, c, mandatory);
        values.set(p.name, c);
        boundNow.push(p.name);
        return true;
      } catch (e) {
        if (!coerce) return false;
        throw e;
      }
    };
    const propertyValue = (p: BinderParameter): PSValue | undefined => {
      if (input instanceof PSHashtable || input === null) return undefined;
      for (const n of [p.name, ...(p.aliases ?? [])]) {
        const v = getOwnProperty(input, n);
        if (v !== undefined) return v;
      }
      return undefined;
    };
    for (const coerce of [false, true]) {
      for (const p of lists.value) if (tryBind(p, input, coerce)) break;
      for (const p of lists.name) {
        const v = propertyValue(p);
        if (v !== undefined) {
          try {
            tryBind(p, v, coerce);
          } catch (e) {
            if (coerce && boundNow.length === 0) throw e;
          }
        }
      }
      if (boundNow.length) break;
    }
    if (!boundNow.length) return null;
    // The same parameters bind for every object of a stream: resolve the set once per shape.
    const cache = ((result as BindResult & { setByShape?: Map<string, string> }).setByShape ??= new Map());
    const shape = boundNow.join('|');
    let set = cache.get(shape);
    if (set === undefined) {
      set = this.resolveSet(new Set([...result.commandLineBound, ...boundNow]), false, values);
      cache.set(shape, set);
    }
    return { bound: boundNow, set };
  }
}


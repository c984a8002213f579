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
}

/** An argument after pairing: a parameter with its value, a parameter no one declares, or a positional value. */
type PendingArgument =
  | { kind: 'named'; p: BinderParameter; value: PSValue; text?: string; extent?: Extent; splatted: boolean }
  | UnknownParameter
  | (PositionalArgument & { kind: 'positional' });

interface UnknownParameter {
  kind: 'unknown';
  name: string;
  /** As pwsh's ParameterText: `-Name`, or `-Name:` when the argument was attached. */
  parameterText: string;
  value: PSValue;
  hasValue: boolean;
  extent?: Extent;
}

type LeftoverArgument = UnknownParameter | (PositionalArgument & { kind: 'positional' });

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

/**
 * The parameter a typed name means (pwsh's MergedCommandParameterMetadata.GetMatchingParameter):
 * an exact name or alias wins; otherwise every parameter whose name, then whose alias, starts with
 * it. Several matches of which exactly one is the command's own (not a common or ShouldProcess
 * parameter) pick that one: `Write-Output -In 1` is -InputObject though -InformationAction and
 * -InformationVariable share the prefix. Otherwise they are ambiguous, listed names first.
 */
function paramByName(cmd: BinderCommand, ctx: BindingErrorContext, typed: string): BinderParameter | undefined {
  const n = typed.toLowerCase();
  const matches: BinderParameter[] = [];
  for (const p of cmd.parameters) {
    const name = p.name.toLowerCase();
    if (name === n) return p;
    if (name.startsWith(n)) matches.push(p);
  }
  for (const p of cmd.parameters) {
    for (const a of p.aliases ?? []) {
      const alias = a.toLowerCase();
      if (alias === n) return p;
      if (alias.startsWith(n) && !matches.includes(p)) matches.push(p);
    }
  }
  if (matches.length === 1) return matches[0];
  if (matches.length > 1) {
    const declared = matches.filter((p) => !p.isCommon);
    if (declared.length === 1) return declared[0];
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
    const unbound: PSValue[] = [];
    const fromSplat = new Set<string>();

    // Stage 1a: pair each parameter with its argument (pwsh's ReparseUnboundArguments). A parameter
    // that is not a switch takes the next argument, or the next `-Word` when that names no parameter
    // (`Get-Variable -Name -zzz`); missing arguments fail here, before any conversion.
    const items: PendingArgument[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a.kind === 'positional') {
        items.push({ kind: 'positional', value: a.value, text: a.text, extent: a.extent });
        continue;
      }
      this.ctx.at = a.extent;
      const p = paramByName(this.cmd, this.ctx, a.name);
      this.ctx.at = undefined;
      if (!p) {
        // pwsh keeps the parameter as typed (ParameterText): `-Name`, or `-Name:` with its argument.
        items.push({ kind: 'unknown', name: a.name, parameterText: a.hasValue ? `-${a.name}:` : `-${a.name}`, value: a.value, hasValue: a.hasValue, extent: a.extent });
        continue;
      }
      if (a.hasValue) {
        items.push({ kind: 'named', p, value: a.value, text: a.text, extent: a.valueExtent, splatted: a.splatted });
        continue;
      }
      if (isSwitch(p)) {
        items.push({ kind: 'named', p, value: true, splatted: a.splatted });
        continue;
      }
      const next = args[i + 1];
      const missing = () => {
        this.ctx.at = a.extent;
        return bindingError(this.ctx, 'MissingArgument', [p.name, dotNetTypeName(p.type, p.dotNetType)], 'System.Management.Automation.ParameterBindingException', 'InvalidArgument', p.name);
      };
      if (!next) throw missing();
      if (next.kind === 'named') {
        this.ctx.at = next.extent;
        const nextParam = paramByName(this.cmd, this.ctx, next.name);
        this.ctx.at = undefined;
        if (nextParam || next.hasValue) throw missing();
        items.push({ kind: 'named', p, value: `-${next.name}`, text: `-${next.name}`, extent: next.extent, splatted: a.splatted });
      } else items.push({ kind: 'named', p, value: next.value, text: next.text, extent: next.extent, splatted: a.splatted });
      i++;
    }

    // Stage 1b: named arguments. Explicit arguments override splatted ones (P-45..P-50).
    // Unknown parameters and positional arguments stay, in order, for the stages after.
    let leftover: LeftoverArgument[] = [];
    for (const item of items) {
      if (item.kind !== 'named') {
        leftover.push(item);
        continue;
      }
      const p = item.p;
      if (bound.has(p.name)) {
        if (fromSplat.has(p.name) && !item.splatted) fromSplat.delete(p.name);
        else if (item.splatted && !fromSplat.has(p.name)) continue;
        else throw bindingError(this.ctx, 'ParameterAlreadyBound', [p.name], 'System.Management.Automation.ParameterBindingException', 'InvalidArgument', p.name);
      } else if (item.splatted) fromSplat.add(p.name);
      this.assign(p, item.value, values, null, item.text, item.extent);
      bound.add(p.name);
    }

    // Stage 2: positional arguments within the sets the named ones allow. An argument right after
    // an unknown parameter is taken as that parameter's value, not a positional one (pwsh's
    // GetNextPositionalArgument): `ForEach-Object -NoSuchParameter 1` binds nothing by position.
    let candidates = this.candidateSets(bound);
    if (candidates.length === 0) throw bindingError(this.ctx, 'AmbiguousParameterSet', [], 'System.Management.Automation.ParameterBindingException', 'InvalidArgument');
    const preferred = this.cmd.defaultParameterSet && candidates.includes(this.cmd.defaultParameterSet) ? this.cmd.defaultParameterSet : candidates.length === 1 ? candidates[0] : null;
    const takesRemaining = (p: BinderParameter) => Object.values(p.sets ?? {}).some((m) => m.valueFromRemainingArguments);
    let queue = leftover.filter((item, i): item is PositionalArgument & { kind: 'positional' } => item.kind === 'positional' && leftover[i - 1]?.kind !== 'unknown');
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
        const taken = queue[0];
        leftover = leftover.filter((x) => x !== taken);
        queue = queue.slice(1);
        bound.add(pick.p.name);
        candidates = this.candidateSets(bound);
      }
    }

    // The parameter that takes the remaining arguments (pwsh's HandleRemainingArguments) gets what is
    // left, unknown parameters as typed: `Write-Host -NoSuchParameter 1` writes "-NoSuchParameter 1".
    // Two such parameters in the sets still possible: the set cannot be told (ForEach-Object).
    if (leftover.length) {
      const remaining = this.cmd.parameters.filter((p) => !bound.has(p.name) && candidates.some((set) => membership(p, set)?.valueFromRemainingArguments));
      if (remaining.length > 1) throw bindingError(this.ctx, 'AmbiguousParameterSet', [], 'System.Management.Automation.ParameterBindingException', 'MetadataError');
      if (remaining.length === 1) {
        const rest: PSValue[] = [];
        for (const item of leftover) {
          if (item.kind === 'unknown') {
            rest.push(item.parameterText);
            if (item.hasValue) rest.push(item.value);
          } else rest.push(item.value);
        }
        // One remaining argument that is already a list binds as that list (`Write-Output 1,2`).
        this.assign(remaining[0], rest.length === 1 && Array.isArray(rest[0]) ? rest[0] : rest, values, null, undefined, leftover.length === 1 ? leftover[0].extent : undefined);
        bound.add(remaining[0].name);
        leftover = [];
      }
    }
    if (leftover.length) {
      if (this.cmd.advanced) {
        const first = leftover[0];
        this.ctx.at = first.extent;
        if (first.kind === 'unknown') throw bindingError(this.ctx, 'NamedParameterNotFound', [first.name], 'System.Management.Automation.ParameterBindingException', 'InvalidArgument', first.name);
        throw bindingError(this.ctx, 'PositionalParameterNotFound', [first.text ?? toStr(first.value)], 'System.Management.Automation.ParameterBindingException', 'InvalidArgument', first.value);
      }
      // Simple functions keep what no parameter took in $args, unknown parameters as typed.
      for (const item of leftover) {
        if (item.kind === 'unknown') {
          unbound.push(item.parameterText);
          if (item.hasValue) unbound.push(item.value);
        } else unbound.push(item.value);
      }
    }

    // Stage 3: parameter set.
    const setName = this.resolveSet(bound, expectingInput, values);

    // Stage 4: mandatory parameters (deferred to each input object when input is expected).
    if (!expectingInput) this.checkMandatory(setName, values, bound, host, pipelinePosition, false);

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
    const tryBind = (p: BinderParameter, v: PSValue, coerce: boolean, byValue = false): boolean => {
      if (boundNow.includes(p.name)) return false;
      if (!coerce && !matchesWithoutCoercion(p, v)) return false;
      try {
        const mandatory = Object.values(p.sets ?? {}).some((m) => m.mandatory);
        let c: PSValue;
        try {
          c = coerceArgument(this.ctx, p, v);
        } catch (e) {
          // pwsh 7.6: an object that does not convert to a by-value parameter's type is not bound
          // there (`"abc" | Start-Sleep` is InputObjectNotBound); by property name, the failure is reported.
          if (byValue) return false;
          throw e;
        }
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
      for (const p of lists.value) if (tryBind(p, input, coerce, true)) break;
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


/**
 * Variable scopes (about_Scopes): global, script, function/script-block child scopes, `private:`.
 * Lookup walks from the current scope to the global one; assignment without a scope modifier
 * creates or updates the variable in the current scope.
 */
import type { PSValue } from './values';
import type { ScriptBlock } from './scriptblock';

export interface Variable {
  name: string;
  value: PSValue;
  /** `[int]$x = ...` keeps converting later assignments. */
  typeConstraint?: string;
  /** Declared by a typed assignment in a function's or script block's own scope (pwsh's typed local slot). */
  typedSlot?: boolean;
  options?: 'None' | 'ReadOnly' | 'Constant' | 'Private' | 'AllScope';
  description?: string;
  /** Computed variables ($PWD, $Host...). */
  getter?: () => PSValue;
}

export interface FunctionInfo {
  name: string;
  body: ScriptBlock;
  isFilter: boolean;
  /** `function f($a) {}` style parameters, converted to a param block at definition time. */
  parametersAst: import('../language/ast').ParameterAst[] | null;
}

export class Scope {
  readonly vars = new Map<string, Variable>();
  readonly functions = new Map<string, FunctionInfo>();
  /** Set-StrictMode version in effect from this scope down (0 = off). */
  strictMode: number | undefined;

  constructor(
    readonly parent: Scope | null,
    readonly kind: 'global' | 'script' | 'function' | 'local',
  ) {}

  get global(): Scope {
    let s: Scope = this;
    while (s.parent) s = s.parent;
    return s;
  }

  /** The nearest script (or global) scope. */
  get script(): Scope {
    let s: Scope = this;
    while (s.parent && s.kind !== 'script') s = s.parent;
    return s;
  }

  lookup(name: string): Variable | undefined {
    const key = name.toLowerCase();
    let s: Scope | null = this;
    let first = true;
    while (s) {
      const v = s.vars.get(key);
      if (v && (first || v.options !== 'Private')) return v;
      first = false;
      s = s.parent;
    }
    return undefined;
  }

  lookupFunction(name: string): FunctionInfo | undefined {
    const key = name.toLowerCase();
    let s: Scope | null = this;
    while (s) {
      const f = s.functions.get(key);
      if (f) return f;
      s = s.parent;
    }
    return undefined;
  }

  effectiveStrictMode(): number {
    let s: Scope | null = this;
    while (s) {
      if (s.strictMode !== undefined) return s.strictMode;
      s = s.parent;
    }
    return 0;
  }

  getLocal(name: string): Variable | undefined {
    return this.vars.get(name.toLowerCase());
  }

  /** Creates or replaces a variable in this scope. */
  define(variable: Variable): void {
    this.vars.set(variable.name.toLowerCase(), variable);
  }

  /** Sets a variable in this scope (keeps its options and type constraint if it exists here). */
  setLocal(name: string, value: PSValue): Variable {
    const key = name.toLowerCase();
    const existing = this.vars.get(key);
    if (existing) {
      existing.value = value;
      return existing;
    }
    const v: Variable = { name, value };
    this.vars.set(key, v);
    return v;
  }

  remove(name: string): boolean {
    return this.vars.delete(name.toLowerCase());
  }

  /** All variables visible from here, nearest first, without duplicates. */
  visibleVariables(): Variable[] {
    const seen = new Set<string>();
    const out: Variable[] = [];
    let s: Scope | null = this;
    while (s) {
      for (const [k, v] of s.vars) {
        if (!seen.has(k)) {
          seen.add(k);
          out.push(v);
        }
      }
      s = s.parent;
    }
    return out;
  }

  visibleFunctions(): FunctionInfo[] {
    const seen = new Set<string>();
    const out: FunctionInfo[] = [];
    let s: Scope | null = this;
    while (s) {
      for (const [k, f] of s.functions) if (!seen.has(k)) { seen.add(k); out.push(f); }
      s = s.parent;
    }
    return out;
  }
}

/**
 * A JSON Schema (draft-07) checker for the keywords the project's schemas use (issue 18: it replaces
 * ajv's generated validators, ~295 kB minified). Verdicts and error objects are ajv 8's with
 * `strict: false`: with `allErrors` the same list, without it the same errors (the first one is what
 * callers print). That takes ajv's order of evaluation, reproduced here:
 *
 * - `type` first when the schema has no keyword of that one type (else where that type's keywords run);
 * - then the keywords of any type: `$ref`, `const`, `enum`, `anyOf`, `if` (`then`/`else`); then those of
 *   numbers (maximum, minimum, exclusiveMaximum, exclusiveMinimum), strings (maxLength, minLength,
 *   pattern), arrays (maxItems, minItems, items) and objects (required, additionalProperties,
 *   properties), each group only when the data has its type;
 * - without `allErrors`, evaluation stops at the first failing keyword; inside `anyOf` and `if`
 *   (a "composite rule") the errors are kept and a failed `type` check still lets the keywords of any
 *   type run; `anyOf` keeps its branches' errors before its own and drops them when a branch passes;
 * - a `$ref` to a schema without references is checked in place (error schema paths start with the
 *   reference), one to a schema with references as a function of its own (paths start with `#`).
 *
 * Any other keyword throws when the schema is compiled, so a schema edit this checker cannot follow
 * fails the tests (test/schema/check.test.ts compares with ajv). A leaf module: no imports.
 */

/** An error object, as ajv makes it. */
export interface SchemaError {
  instancePath: string;
  schemaPath?: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A compiled schema: true when `data` is valid; `errors` then null, else the errors (ajv's ValidateFunction, reduced). */
export type SchemaCheck = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

export interface CheckOptions {
  /** Every error rather than the first (ajv's option of that name). */
  allErrors?: boolean;
}

type Schema = Record<string, unknown>;
interface State {
  errors: SchemaError[];
  /** Inside anyOf or if: errors are collected rather than ending the check. */
  composite: boolean;
  /** The keys from the root to the data being checked (the first `depth` are current). */
  path: (string | number)[];
  allErrors: boolean;
  /** An error outside anyOf/if without allErrors: ajv returns from the schema's (or $ref's) function. */
  stopped: boolean;
  /** Only the verdict is wanted (anyOf's branches before one is known to fail, if's condition): errors are counted, not made. */
  quiet: boolean;
}
type Node = (data: unknown, st: State, depth: number) => void;
interface Context {
  root: Schema;
  allErrors: boolean;
  /** Schemas checked as functions, by schema. */
  refs: Map<unknown, Node>;
  /** Schemas checked in place, by allErrors and $ref. */
  inline: Map<string, Node>;
}

const IS: Record<string, (d: unknown) => boolean> = {
  null: (d) => d === null,
  boolean: (d) => typeof d === 'boolean',
  string: (d) => typeof d === 'string',
  number: (d) => typeof d === 'number',
  integer: (d) => typeof d === 'number' && !(d % 1) && !isNaN(d),
  array: (d) => Array.isArray(d),
  object: (d) => !!d && typeof d === 'object' && !Array.isArray(d),
};

/** ajv's keyword groups, in its order: any type, then by type. */
const GROUPS: [string | undefined, string[]][] = [
  [undefined, ['$ref', 'const', 'enum', 'anyOf', 'if']],
  ['number', ['maximum', 'minimum', 'exclusiveMaximum', 'exclusiveMinimum']],
  ['string', ['maxLength', 'minLength', 'pattern']],
  ['array', ['maxItems', 'minItems', 'items']],
  ['object', ['required', 'additionalProperties', 'properties']],
];
const RULES = new Set(['type', 'then', 'else', ...GROUPS.flatMap(([, kws]) => kws)]);
const ANNOTATIONS = new Set(['title', 'description', '$schema', '$id', 'definitions', '$defs']);
const LIMITS: Record<string, [ok: string, fails: (d: number, limit: number) => boolean]> = {
  maximum: ['<=', (d, l) => d > l],
  minimum: ['>=', (d, l) => d < l],
  exclusiveMaximum: ['<', (d, l) => d >= l],
  exclusiveMinimum: ['>', (d, l) => d <= l],
};

const pointer = (k: string | number): string => (typeof k === 'number' ? `${k}` : k.replace(/~/g, '~0').replace(/\//g, '~1'));

/** What a quiet check counts as an error. */
const QUIET: SchemaError = { instancePath: '', keyword: '', params: {} };

function fail(st: State, depth: number, schemaPath: string, keyword: string, params: Record<string, unknown>, message: string): void {
  if (!st.composite && !st.allErrors) st.stopped = true;
  if (st.quiet) {
    st.errors.push(QUIET);
    return;
  }
  let instancePath = '';
  for (let i = 0; i < depth; i++) instancePath += `/${pointer(st.path[i]!)}`;
  st.errors.push({ instancePath, schemaPath, keyword, params, message });
}

/** Whether `node` accepts `data`, leaving no trace (as in a composite rule). */
function passes(node: Node, data: unknown, st: State, depth: number): boolean {
  const { composite, quiet } = st;
  const n = st.errors.length;
  st.composite = st.quiet = true;
  node(data, st, depth);
  const ok = st.errors.length === n;
  st.errors.length = n;
  st.composite = composite;
  st.quiet = quiet;
  return ok;
}

/** Compiles `schema` on first use; the check then reports as ajv compiled with `{ strict: false, ...options }` would. */
export function compileSchema(schema: object, options: CheckOptions = {}): SchemaCheck {
  const allErrors = !!options.allErrors;
  let root: Node | undefined;
  // One state for every call (not reentrant: a check calls nothing outside): arrays made afresh for
  // each call would have other maps than those the optimized code saw, which costs a deoptimization.
  const st: State = { errors: [], composite: false, path: [], allErrors, stopped: false, quiet: false };
  const check: SchemaCheck = (data) => {
    root ??= refFunction(schema, { root: schema as Schema, allErrors, refs: new Map(), inline: new Map() });
    st.errors.length = 0;
    st.composite = st.stopped = st.quiet = false;
    root(data, st, 0);
    check.errors = st.errors.length ? st.errors.slice() : null;
    return !st.errors.length;
  };
  return check;
}

function bad(where: string, what: string): Error {
  return new Error(`JSON Schema at ${where}: ${what}`);
}

function asSchema(s: unknown, sp: string, cx: Context): Schema {
  if (!s || typeof s !== 'object' || Array.isArray(s)) throw bad(sp, 'not a schema object (boolean schemas are not supported)');
  for (const k of Object.keys(s)) {
    if (!RULES.has(k) && !ANNOTATIONS.has(k)) throw bad(sp, `unsupported keyword '${k}'`);
    if (k === '$id' && s !== cx.root) throw bad(sp, "'$id' is supported at the root only");
  }
  return s as Schema;
}

/** ajv's alwaysValidSchema: true, {} or no keyword that checks anything (the keywords are still vetted). */
function alwaysValid(s: unknown, sp: string, cx: Context): boolean {
  if (s === true) return true;
  return !Object.keys(asSchema(s, sp, cx)).some((k) => RULES.has(k));
}

/** A schema checked as a function of its own: not in the caller's anyOf/if, its errors appended to the caller's. */
function refFunction(target: unknown, cx: Context): Node {
  let node = cx.refs.get(target);
  if (!node) {
    let body: Node | undefined;
    node = (data, st, depth) => {
      const composite = st.composite;
      st.composite = false;
      body!(data, st, depth);
      // The function returned: its caller goes on (and stops at its next check of the error count).
      st.stopped = false;
      st.composite = composite;
    };
    cx.refs.set(target, node);
    body = compileNode(target, '#', cx, cx.allErrors);
  }
  return node;
}

function hasRef(s: unknown): boolean {
  if (!s || typeof s !== 'object') return false;
  for (const k in s) {
    const v = (s as Schema)[k];
    if (k === '$ref' || (Array.isArray(v) ? v.some(hasRef) : hasRef(v))) return true;
  }
  return false;
}

function compileRef(ref: unknown, sp: string, cx: Context, allErrors: boolean): Node {
  if (ref === '#' || ref === '#/') return refFunction(cx.root, cx);
  if (typeof ref !== 'string' || !ref.startsWith('#/')) throw bad(sp, `unsupported $ref ${JSON.stringify(ref)} (only '#' and '#/json/pointer')`);
  let target: unknown = cx.root;
  for (const part of ref.slice(2).split('/')) {
    const key = decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~');
    target = target && typeof target === 'object' && Object.prototype.hasOwnProperty.call(target, key) ? (target as Schema)[key] : undefined;
    if (target === undefined) throw bad(sp, `$ref ${ref} resolves to nothing`);
  }
  const t = asSchema(target, ref, cx);
  if (t.$ref !== undefined && !Object.keys(t).some((k) => k !== '$ref' && RULES.has(k))) throw bad(sp, `$ref ${ref} is itself a bare $ref (not supported)`);
  if (hasRef(t)) return refFunction(t, cx);
  // As ajv: a schema without references is checked in place, its error paths starting with the $ref.
  const key = `${allErrors}${ref}`;
  let node = cx.inline.get(key);
  if (!node) cx.inline.set(key, (node = compileNode(t, ref, cx, allErrors)));
  return node;
}

function compileNode(s: unknown, sp: string, cx: Context, allErrors: boolean): Node {
  const schema = asSchema(s, sp, cx);
  const has = (k: string): boolean => schema[k] !== undefined;
  // Definitions are compiled (vetted) even when nothing refers to them; the root's as its $refs will be.
  for (const k of ['definitions', '$defs']) {
    const defs = schema[k];
    if (defs === undefined) continue;
    if (!defs || typeof defs !== 'object' || Array.isArray(defs)) throw bad(`${sp}/${k}`, 'must be an object');
    for (const name of Object.keys(defs)) {
      const at = `#/${k}/${fragment(name)}`;
      if (schema === cx.root) compileRef(at, at, cx, allErrors);
      else compileNode((defs as Schema)[name], `${sp}/${k}/${fragment(name)}`, cx, allErrors);
    }
  }
  if (has('$ref') && !Object.keys(schema).some((k) => k !== '$ref' && RULES.has(k))) return compileRef(schema.$ref, sp, cx, allErrors);

  const type = schema.type;
  const types = type === undefined ? [] : Array.isArray(type) ? (type as unknown[]) : [type];
  for (const t of types) if (typeof t !== 'string' || !Object.prototype.hasOwnProperty.call(IS, t)) throw bad(sp, `bad type ${JSON.stringify(t)}`);
  const typeOk = types.length === 1 ? IS[types[0] as string]! : (d: unknown) => types.some((t) => IS[t as string]!(d));
  const typePath = `${sp}/type`;
  const typeMessage = `must be ${String(type)}`;
  const typeError = (st: State, depth: number): void => fail(st, depth, typePath, 'type', { type }, typeMessage);
  const used = GROUPS.filter(([, kws]) => kws.some(has));
  // ajv checks the type first unless it is a single type with keywords of its own group.
  const upfront = types.length > 0 && !(types.length === 1 && used.some(([t]) => t === types[0]));

  const groups = used.map(([t, kws]) => ({
    is: t === undefined ? undefined : IS[t],
    typeError: t !== undefined && !upfront && types[0] === t,
    kws: kws.filter(has).map((k) => compileKeyword(k, schema, sp, cx, allErrors)).filter((n): n is Node => n !== undefined),
  }));
  if (!upfront && groups.length === 0) return () => {};
  if (!upfront && groups.length === 1 && groups[0]!.is === undefined && groups[0]!.kws.length === 1) return groups[0]!.kws[0]!;
  if (upfront && groups.length === 0) {
    // The commonest schema ({ type: 'string' } and the like), kept short for a cold start.
    if (type === 'string') return (d, st, depth) => void (typeof d !== 'string' && typeError(st, depth));
    if (type === 'boolean') return (d, st, depth) => void (typeof d !== 'boolean' && typeError(st, depth));
    if (type === 'number') return (d, st, depth) => void (typeof d !== 'number' && typeError(st, depth));
    return (data, st, depth) => {
      if (!typeOk(data)) typeError(st, depth);
    };
  }
  if (!upfront && groups.length === 1 && groups[0]!.is) {
    const { typeError: reportType, kws } = groups[0]!;
    const is = groups[0]!.is!;
    return (data, st, depth) => {
      if (!is(data)) {
        if (reportType) typeError(st, depth);
        return;
      }
      for (let i = 0; i < kws.length; i++) {
        const n = st.errors.length;
        kws[i]!(data, st, depth);
        if (!allErrors && st.errors.length !== n) return;
      }
    };
  }

  return (data, st, depth) => {
    const start = st.errors.length;
    if (upfront && !typeOk(data)) {
      typeError(st, depth);
      // In a composite rule (or with allErrors) ajv goes on with the keywords of any type.
      if (st.stopped) return;
    }
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i]!;
      if (g.is === undefined || g.is(data)) {
        for (let j = 0; j < g.kws.length; j++) {
          const n = st.errors.length;
          g.kws[j]!(data, st, depth);
          if (!allErrors && st.errors.length !== n) break;
        }
      } else if (g.typeError) typeError(st, depth);
      if (!allErrors && st.errors.length !== start) return;
    }
  };
}

/** One keyword's check, or undefined when it checks nothing. */
function compileKeyword(kw: string, schema: Schema, sp: string, cx: Context, allErrors: boolean): Node | undefined {
  const value = schema[kw];
  const at = `${sp}/${kw}`;
  const num = (): number => {
    if (typeof value !== 'number') throw bad(at, 'must be a number');
    return value;
  };
  const primitive = (v: unknown): unknown => {
    if (v !== null && typeof v === 'object') throw bad(at, 'only primitive values are supported');
    return v;
  };
  switch (kw) {
    case '$ref':
      return compileRef(value, at, cx, allErrors);
    case 'const': {
      const c = primitive(value);
      return (d, st, depth) => {
        if (d !== c) fail(st, depth, at, kw, { allowedValue: c }, 'must be equal to constant');
      };
    }
    case 'enum': {
      if (!Array.isArray(value) || value.length === 0) throw bad(at, 'must be a non-empty array');
      value.forEach(primitive);
      return (d, st, depth) => {
        if (!value.some((v) => v === d)) fail(st, depth, at, kw, { allowedValues: value }, 'must be equal to one of the allowed values');
      };
    }
    case 'anyOf': {
      if (!Array.isArray(value) || value.length === 0) throw bad(at, 'must be a non-empty array');
      if (value.map((b, i) => alwaysValid(b, `${at}/${i}`, cx)).some(Boolean)) return undefined;
      const branches = value.map((b, i) => compileNode(b, `${at}/${i}`, cx, allErrors));
      // ajv tries the branches in turn and keeps their errors when none passes: the verdicts come
      // first here, the errors (made again) only when every branch fails.
      return (d, st, depth) => {
        for (let i = 0; i < branches.length; i++) if (passes(branches[i]!, d, st, depth)) return;
        if (!st.quiet) {
          const composite = st.composite;
          st.composite = true;
          for (let i = 0; i < branches.length; i++) branches[i]!(d, st, depth);
          st.composite = composite;
        }
        fail(st, depth, at, kw, {}, 'must match a schema in anyOf');
      };
    }
    case 'if': {
      const clause = (k: 'then' | 'else'): Node | undefined =>
        schema[k] === undefined || alwaysValid(schema[k], `${sp}/${k}`, cx) ? undefined : compileNode(schema[k], `${sp}/${k}`, cx, allErrors);
      const then = clause('then');
      const otherwise = clause('else');
      if (!then && !otherwise) return undefined;
      // The condition's verdict only (ajv: no errors created, allErrors off).
      const cond = compileNode(value, at, cx, false);
      return (d, st, depth) => {
        const which = passes(cond, d, st, depth) ? 'then' : 'else';
        const n = st.errors.length;
        const next = which === 'then' ? then : otherwise;
        if (!next) return;
        next(d, st, depth);
        if (st.errors.length !== n && !st.stopped) fail(st, depth, at, kw, { failingKeyword: which }, `must match "${which}" schema`);
      };
    }
    case 'maximum':
    case 'minimum':
    case 'exclusiveMaximum':
    case 'exclusiveMinimum': {
      const limit = num();
      const [ok, fails] = LIMITS[kw]!;
      return (d, st, depth) => {
        if (fails(d as number, limit) || isNaN(d as number)) fail(st, depth, at, kw, { comparison: ok, limit }, `must be ${ok} ${limit}`);
      };
    }
    case 'maxLength':
    case 'minLength':
    case 'maxItems':
    case 'minItems': {
      const limit = num();
      const more = kw.startsWith('max');
      const what = kw.endsWith('Length') ? 'characters' : 'items';
      const length = what === 'items' ? (d: unknown) => (d as unknown[]).length : codePoints;
      return (d, st, depth) => {
        const len = length(d);
        if (more ? len > limit : len < limit) fail(st, depth, at, kw, { limit }, `must NOT have ${more ? 'more' : 'fewer'} than ${limit} ${what}`);
      };
    }
    case 'pattern': {
      if (typeof value !== 'string') throw bad(at, 'must be a string');
      const re = new RegExp(value, 'u');
      return (d, st, depth) => {
        if (!re.test(d as string)) fail(st, depth, at, kw, { pattern: value }, `must match pattern "${value}"`);
      };
    }
    case 'items': {
      if (alwaysValid(value, at, cx)) return undefined;
      const item = compileNode(value, at, cx, allErrors);
      return (d, st, depth) => {
        const a = d as unknown[];
        for (let i = 0; i < a.length; i++) {
          const n = st.errors.length;
          st.path[depth] = i;
          item(a[i], st, depth + 1);
          if (!allErrors && st.errors.length !== n) return;
        }
      };
    }
    case 'required': {
      if (!Array.isArray(value) || value.some((p) => typeof p !== 'string')) throw bad(at, 'must be an array of strings');
      if (value.length === 0) return undefined;
      const names = value as string[];
      return (d, st, depth) => {
        const o = d as Schema;
        for (let i = 0; i < names.length; i++) {
          const p = names[i]!;
          if (o[p] !== undefined) continue;
          fail(st, depth, at, kw, { missingProperty: p }, `must have required property '${p}'`);
          if (!allErrors) return;
        }
      };
    }
    case 'properties': {
      const props = schemaProperties(value, at);
      const names = props.filter((p) => !alwaysValid((value as Schema)[p], `${at}/${fragment(p)}`, cx));
      const checks = names.map((p) => compileNode((value as Schema)[p], `${at}/${fragment(p)}`, cx, allErrors));
      if (checks.length === 0) return undefined;
      return (d, st, depth) => {
        const o = d as Schema;
        for (let i = 0; i < names.length; i++) {
          const p = names[i]!;
          const v = o[p];
          if (v === undefined) continue;
          const n = st.errors.length;
          st.path[depth] = p;
          checks[i]!(v, st, depth + 1);
          if (!allErrors && st.errors.length !== n) return;
        }
      };
    }
    case 'additionalProperties': {
      if (value !== false && alwaysValid(value, at, cx)) return undefined;
      const declared = schema.properties === undefined ? [] : schemaProperties(schema.properties, `${sp}/properties`);
      // ajv: hasOwnProperty on `properties` above 8 names, else comparisons with each.
      const isDeclared =
        declared.length > 8 ? (k: string) => Object.prototype.hasOwnProperty.call(schema.properties, k) : (k: string) => declared.includes(k);
      const extra = value === false ? undefined : compileNode(value, at, cx, allErrors);
      return (d, st, depth) => {
        const o = d as Schema;
        for (const k in o) {
          if (isDeclared(k)) continue;
          const n = st.errors.length;
          if (extra) {
            st.path[depth] = k;
            extra(o[k], st, depth + 1);
          } else fail(st, depth, at, kw, { additionalProperty: k }, 'must NOT have additional properties');
          if (!allErrors && st.errors.length !== n) return;
        }
      };
    }
  }
  throw bad(at, 'unsupported keyword');
}

/** A string's length as ajv counts it: in code points (Array.from(s).length), a surrogate pair as one. */
function codePoints(s: unknown): number {
  const str = s as string;
  let n = str.length;
  for (let i = 0; i < str.length - 1; i++) {
    const c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n--;
      i++;
    }
  }
  return n;
}

/** ajv's allSchemaProperties. */
function schemaProperties(value: unknown, at: string): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw bad(at, 'must be an object');
  return Object.keys(value).filter((p) => p !== '__proto__');
}

/** A property name in a schema path (ajv's escapeFragment). */
const fragment = (p: string): string => encodeURIComponent(pointer(p));

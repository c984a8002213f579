/**
 * Text utilities of Microsoft.PowerShell.Utility: Get-Unique, Join-String, Select-String (MatchInfo
 * objects; files from the virtual disk) and ConvertTo-Html (the XHTML pwsh 7.6 writes).
 * References: Get-Unique.md, Join-String.md, Select-String.md, ConvertTo-Html.md; output checked
 * against pwsh 7.6 (test/pwsh/utility-cmdlets.pwsh.test.ts).
 */
import { defineCmdlet, type CmdletContext } from '../../src/engine/cmdlet';
import { PSObject, stringOf, typeNamesOf, type PSValue } from '../../src/engine/values';
import { toStr } from '../../src/engine/conversion';
import { compositeFormat } from '../../src/engine/textformat';
import { toRegex } from '../../src/engine/evaluator/operators';
import { globalRegex, netGroups, RegexParseError, RegexUnsupportedError, unsupportedRegexError } from '../../src/engine/regex';
import { FileSystemError } from '../../src/engine/services';
import { registerView } from '../../src/formatting/views';
import { arrayPropertyList, getOwnProperty, propertyList } from '../../src/engine/properties';
import { ScriptBlock } from '../../src/engine/scriptblock';
import { compareForSort } from './sort';
import { wildcardRegExp, hasWildcard } from './property-expressions';

// ---------------------------------------------------------------------------------------------
// Get-Unique

export const getUnique = defineCmdlet({
  name: 'Get-Unique',
  aliases: ['gu'],
  source: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'AsString',
  parameters: [
    { name: 'InputObject', type: 'PSObject', sets: { __AllParameterSets: { valueFromPipeline: true } } },
    { name: 'AsString', type: 'SwitchParameter', sets: { AsString: {} } },
    { name: 'OnType', type: 'SwitchParameter', sets: { UniqueByType: {} } },
    { name: 'CaseInsensitive', type: 'SwitchParameter' },
  ],
  help: {
    synopsis: 'Returns unique items from a sorted list.',
    description: 'Drops each item equal to the one before it, so the input should be sorted (Sort-Object). -AsString compares the items as text; -OnType keeps one item per run of the same type.',
    examples: [{ code: "'b','a','b' | Sort-Object | Get-Unique", remarks: 'a, b.' }],
  },
  process(ctx) {
    if (!ctx.bound('InputObject')) return;
    const input = ctx.params['InputObject'] ?? null;
    const first = !('last' in ctx.state);
    const last = ctx.state['last'] as PSValue;
    let unique = first;
    if (!first) {
      if (ctx.params['OnType'] === true) unique = (typeNamesOf(input)[0] ?? '') !== (typeNamesOf(last)[0] ?? '');
      else if (ctx.params['AsString'] === true || typeof input === 'string') {
        const a = stringOf(input);
        const b = stringOf(last);
        unique = ctx.params['CaseInsensitive'] === true ? a.toLowerCase() !== b.toLowerCase() : a !== b;
      } else unique = compareForSort(input, last, ctx.params['CaseInsensitive'] !== true) !== 0;
    }
    if (unique) {
      ctx.state['last'] = input;
      ctx.writeObject(input);
    }
  },
});

// ---------------------------------------------------------------------------------------------
// Join-String

export const joinString = defineCmdlet({
  name: 'Join-String',
  source: 'Microsoft.PowerShell.Utility',
  className: 'Microsoft.PowerShell.Commands.Utility.JoinStringCommand',
  defaultParameterSet: 'default',
  parameters: [
    { name: 'Property', type: 'Object', dotNetType: 'Microsoft.PowerShell.Commands.PSPropertyExpression', sets: { __AllParameterSets: { position: 0 } } },
    { name: 'Separator', type: 'String', allowEmptyString: true, sets: { __AllParameterSets: { position: 1 } } },
    { name: 'OutputPrefix', type: 'String', aliases: ['op'] },
    { name: 'OutputSuffix', type: 'String', aliases: ['os'] },
    { name: 'SingleQuote', type: 'SwitchParameter', sets: { SingleQuote: {} } },
    { name: 'DoubleQuote', type: 'SwitchParameter', sets: { DoubleQuote: {} } },
    { name: 'FormatString', type: 'String', sets: { Format: {} } },
    { name: 'UseCulture', type: 'SwitchParameter', noEffect: 'the session culture is en-US, whose list separator is the comma used without it' },
    { name: 'InputObject', type: 'PSObject[]', sets: { __AllParameterSets: { valueFromPipeline: true } } },
  ],
  outputType: ['System.String'],
  help: {
    synopsis: 'Combines objects from the pipeline into a single string.',
    description: 'Joins the input (or one property of it, or a script block computed from it) with -Separator, optionally quoting or formatting each item, between -OutputPrefix and -OutputSuffix.',
    examples: [
      { code: "Get-Mailbox | Join-String -Property Alias -Separator ', '", remarks: 'The aliases on one line.' },
      { code: "'a','b' | Join-String -SingleQuote -Separator ','", remarks: "'a','b'" },
    ],
  },
  begin(ctx) {
    ctx.state['parts'] = [];
  },
  process(ctx) {
    if (!ctx.bound('InputObject')) return;
    const raw = ctx.params['InputObject'];
    const items = Array.isArray(raw) ? raw : [raw ?? null];
    const prop = ctx.params['Property'];
    for (const item of items) {
      let v: PSValue = item;
      if (prop instanceof ScriptBlock) {
        const out = ctx.invokeScriptBlock(prop, item);
        v = out.length === 0 ? null : out.length === 1 ? out[0]! : out;
      } else if (prop !== undefined && prop !== null) v = getOwnProperty(item, toStr(prop)) ?? null;
      (ctx.state['parts'] as PSValue[]).push(v);
    }
  },
  end(ctx) {
    const parts = ctx.state['parts'] as PSValue[];
    const fmt = ctx.params['FormatString'];
    const text = parts.map((v) => {
      if (fmt !== undefined && fmt !== null) return compositeFormat(toStr(fmt), [v]);
      const s = toStr(v);
      if (ctx.params['SingleQuote'] === true) return `'${s}'`;
      if (ctx.params['DoubleQuote'] === true) return `"${s}"`;
      return s;
    });
    const sep = ctx.params['Separator'] === undefined || ctx.params['Separator'] === null ? '' : toStr(ctx.params['Separator']);
    const prefix = ctx.params['OutputPrefix'] === undefined ? '' : toStr(ctx.params['OutputPrefix']);
    const suffix = ctx.params['OutputSuffix'] === undefined ? '' : toStr(ctx.params['OutputSuffix']);
    ctx.writeObject(prefix + text.join(sep) + suffix);
  },
});

// ---------------------------------------------------------------------------------------------
// Select-String

export const MATCH_INFO = 'Microsoft.PowerShell.Commands.MatchInfo';
const MATCH = 'System.Text.RegularExpressions.Match';

function matchObject(m: RegExpExecArray, re: RegExp): PSObject {
  const o = new PSObject([MATCH, 'System.Text.RegularExpressions.Group', 'System.Text.RegularExpressions.Capture', 'System.Object']);
  const groups = netGroups(re, m).map(({ name, value: g }) => {
    const gr = new PSObject(['System.Text.RegularExpressions.Group', 'System.Text.RegularExpressions.Capture', 'System.Object']);
    gr.addProperty({ name: 'Success', value: g !== undefined, memberType: 'Property', typeName: 'bool' });
    gr.addProperty({ name: 'Name', value: name, memberType: 'Property', typeName: 'string' });
    gr.addProperty({ name: 'Value', value: g ?? '', memberType: 'Property', typeName: 'string' });
    gr.toStringOverride = () => g ?? '';
    return gr as PSValue;
  });
  o.addProperty({ name: 'Groups', value: groups, memberType: 'Property', typeName: 'System.Text.RegularExpressions.GroupCollection' });
  o.addProperty({ name: 'Success', value: true, memberType: 'Property', typeName: 'bool' });
  o.addProperty({ name: 'Name', value: '0', memberType: 'Property', typeName: 'string' });
  o.addProperty({ name: 'Index', value: m.index, memberType: 'Property', typeName: 'int' });
  o.addProperty({ name: 'Length', value: m[0].length, memberType: 'Property', typeName: 'int' });
  o.addProperty({ name: 'Value', value: m[0], memberType: 'Property', typeName: 'string' });
  o.toStringOverride = () => m[0];
  return o;
}

interface Source {
  /** 'InputStream' for piped text, else the file's full path. */
  path: string;
  display: string;
}

function matchInfo(src: Source, lineNumber: number, line: string, pattern: string, ignoreCase: boolean, matches: PSObject[], pre: string[], post: string[], hasContext: boolean): PSObject {
  const o = new PSObject([MATCH_INFO, 'System.Object']);
  const prop = (name: string, value: PSValue, typeName: string) => o.addProperty({ name, value, memberType: 'Property', typeName });
  let context: PSValue = null;
  if (hasContext) {
    const c = new PSObject(['Microsoft.PowerShell.Commands.MatchInfoContext', 'System.Object']);
    c.addProperty({ name: 'PreContext', value: pre, memberType: 'Property', typeName: 'string[]' });
    c.addProperty({ name: 'PostContext', value: post, memberType: 'Property', typeName: 'string[]' });
    c.addProperty({ name: 'DisplayPreContext', value: pre, memberType: 'Property', typeName: 'string[]' });
    c.addProperty({ name: 'DisplayPostContext', value: post, memberType: 'Property', typeName: 'string[]' });
    context = c;
  }
  prop('IgnoreCase', ignoreCase, 'bool');
  prop('LineNumber', lineNumber, 'ulong');
  prop('Line', line, 'string');
  prop('Filename', src.path === 'InputStream' ? 'InputStream' : src.path.split(/[\\/]/).pop()!, 'string');
  prop('Path', src.path, 'string');
  prop('Pattern', pattern, 'string');
  prop('Context', context, 'Microsoft.PowerShell.Commands.MatchInfoContext');
  prop('Matches', matches, 'System.Text.RegularExpressions.Match[]');
  // ToString: `file:line:text` for files, the text alone for piped strings; context lines around it.
  const piped = src.path === 'InputStream';
  const fmt = (n: number, text: string, mark: string) => (hasContext ? mark : '') + (piped ? text : `${src.display}:${n}:${text}`);
  o.toStringOverride = () =>
    [...pre.map((t, i) => fmt(lineNumber - pre.length + i, t, '  ')), fmt(lineNumber, line, '> '), ...post.map((t, i) => fmt(lineNumber + 1 + i, t, '  '))].join('\n');
  return o;
}

interface SelectState {
  regexes: RegExp[];
  patterns: string[];
  pre: number;
  post: number;
  found: boolean;
  done: boolean;
  /** Piped lines: the line number runs on across input objects. */
  lineNumber: number;
  history: string[];
  pending: { info: PSObject; post: string[]; need: number }[];
}

function selectLines(ctx: CmdletContext, st: SelectState, src: Source, lines: string[], startLine: number): void {
  const notMatch = ctx.params['NotMatch'] === true;
  const all = ctx.params['AllMatches'] === true;
  const ignoreCase = ctx.params['CaseSensitive'] !== true;
  const hasContext = st.pre > 0 || st.post > 0;
  const quiet = ctx.params['Quiet'] === true;
  const raw = ctx.params['Raw'] === true;
  lines.forEach((line, i) => {
    if (st.done) return;
    const n = startLine + i;
    // Post-context of earlier matches.
    for (const p of st.pending) if (p.need > 0) {
      p.post.push(line);
      p.need--;
    }
    let hit = -1;
    let found: RegExpExecArray[] = [];
    for (let k = 0; k < st.regexes.length && hit < 0; k++) {
      const re = st.regexes[k]!;
      if (all) {
        found = [...line.matchAll(globalRegex(re))];
        if (found.length) hit = k;
      } else {
        re.lastIndex = 0;
        const m = re.exec(line);
        if (m) {
          found = [m];
          hit = k;
        }
      }
    }
    const selected = notMatch ? hit < 0 : hit >= 0;
    if (selected) {
      st.found = true;
      if (quiet) {
        st.done = true;
        return;
      }
      if (raw) ctx.writeObject(line);
      else {
        const info = matchInfo(src, n, line, notMatch ? st.patterns[0]! : st.patterns[hit]!, ignoreCase, notMatch ? [] : found.map((m) => matchObject(m, st.regexes[hit]!)), st.history.slice(Math.max(0, st.history.length - st.pre)), [], hasContext);
        if (st.post > 0) {
          const entry = { info, post: [] as string[], need: st.post };
          st.pending.push(entry);
        } else ctx.writeObject(info);
      }
      if (ctx.params['List'] === true) st.done = true;
    }
    st.history.push(line);
    if (st.history.length > st.pre) st.history.shift();
    flushPending(ctx, st, src, false);
  });
}

function flushPending(ctx: CmdletContext, st: SelectState, src: Source, force: boolean): void {
  while (st.pending.length && (force || st.pending[0]!.need === 0)) {
    const p = st.pending.shift()!;
    const info = p.info;
    const ctxObj = info.get('Context') as PSObject;
    ctxObj.set('PostContext', p.post);
    ctxObj.set('DisplayPostContext', p.post);
    const n = Number(info.get('LineNumber'));
    const line = stringOf(info.get('Line') ?? null);
    const pre = ctxObj.get('PreContext') as string[];
    const piped = src.path === 'InputStream';
    const fmt = (k: number, text: string, mark: string) => mark + (piped ? text : `${src.display}:${k}:${text}`);
    info.toStringOverride = () => [...pre.map((t, i) => fmt(n - pre.length + i, t, '  ')), fmt(n, line, '> '), ...p.post.map((t, i) => fmt(n + 1 + i, t, '  '))].join('\n');
    ctx.writeObject(info);
  }
}

function displayPath(ctx: CmdletContext, full: string): string {
  const cwd = ctx.services.fs.getLocation();
  const prefix = cwd.endsWith('\\') ? cwd : cwd + '\\';
  return full.toLowerCase().startsWith(prefix.toLowerCase()) ? full.slice(prefix.length) : full;
}

/** The files a -Path names: wildcards expand within their folder. */
function resolvePaths(ctx: CmdletContext, path: string, literal: boolean): string[] | null {
  const fs = ctx.services.fs;
  const full = fs.resolve(path);
  if (literal || !hasWildcard(path)) return fs.exists(full) ? [full] : null;
  const cut = full.lastIndexOf('\\');
  const dir = full.slice(0, cut);
  const re = wildcardRegExp(full.slice(cut + 1));
  if (!fs.exists(dir) || !fs.isDirectory(dir)) return null;
  const found = fs.list(dir).filter((e) => !e.isDirectory && re.test(e.name)).map((e) => `${dir}\\${e.name}`);
  return found.length ? found : [];
}

export const selectString = defineCmdlet({
  name: 'Select-String',
  aliases: ['sls'],
  source: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'File',
  parameters: [
    { name: 'Culture', type: 'String', noEffect: 'matching uses the regular-expression rules whatever the culture' },
    { name: 'InputObject', type: 'PSObject', allowNull: true, allowEmptyString: true, sets: { Object: { mandatory: true, valueFromPipeline: true }, ObjectRaw: { mandatory: true, valueFromPipeline: true } } },
    { name: 'Pattern', type: 'String[]', sets: { __AllParameterSets: { position: 0, mandatory: true } } },
    { name: 'Path', type: 'String[]', sets: { File: { position: 1, mandatory: true, valueFromPipelineByPropertyName: true }, FileRaw: { position: 1, mandatory: true, valueFromPipelineByPropertyName: true } } },
    { name: 'LiteralPath', type: 'String[]', aliases: ['PSPath', 'LP'], sets: { LiteralFile: { mandatory: true, valueFromPipelineByPropertyName: true }, LiteralFileRaw: { mandatory: true, valueFromPipelineByPropertyName: true } } },
    { name: 'Raw', type: 'SwitchParameter', sets: { ObjectRaw: { mandatory: true }, FileRaw: { mandatory: true }, LiteralFileRaw: { mandatory: true } } },
    { name: 'SimpleMatch', type: 'SwitchParameter' },
    { name: 'CaseSensitive', type: 'SwitchParameter' },
    { name: 'Quiet', type: 'SwitchParameter', sets: { Object: {}, File: {}, LiteralFile: {} } },
    { name: 'List', type: 'SwitchParameter' },
    { name: 'NoEmphasis', type: 'SwitchParameter', noEffect: 'matches are not highlighted: the emulator writes plain text' },
    { name: 'Include', type: 'String[]', validateNotNullOrEmpty: true },
    { name: 'Exclude', type: 'String[]', validateNotNullOrEmpty: true },
    { name: 'NotMatch', type: 'SwitchParameter' },
    { name: 'AllMatches', type: 'SwitchParameter' },
    { name: 'Encoding', type: 'String', dotNetType: 'System.Text.Encoding', noEffect: 'virtual disk files are read as UTF-8' },
    { name: 'Context', type: 'Int32[]', validateNotNullOrEmpty: true, validateCount: [1, 2], validateRange: [0, 2147483647] },
  ],
  outputType: ['Microsoft.PowerShell.Commands.MatchInfo', 'System.Boolean', 'System.String'],
  help: {
    synopsis: 'Finds text in strings and files.',
    description:
      'Searches piped strings or the lines of files for a regular expression (or plain text with -SimpleMatch), case-insensitively unless -CaseSensitive. Each match is a MatchInfo object (Line, LineNumber, Path, Matches) that prints as file:line:text, or just the text for piped input.',
    examples: [
      { code: "Select-String -Path C:\\Temp\\*.log -Pattern 'error'", remarks: 'The lines with "error" in the log files.' },
      { code: "Get-Content users.txt | Select-String -Pattern '^a' -NotMatch", remarks: 'The lines not starting with a.' },
    ],
  },
  begin(ctx) {
    const patterns = ((ctx.params['Pattern'] as PSValue[] | undefined) ?? []).map((p) => toStr(p));
    const cs = ctx.params['CaseSensitive'] === true;
    const regexes = patterns.map((p) => {
      if (ctx.params['SimpleMatch'] === true) return new RegExp(p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), cs ? '' : 'i');
      try {
        return toRegex(p, cs);
      } catch (e) {
        // pwsh 7.6: `The string *a is not a valid regular expression: Invalid pattern '*a' at offset 1. ...`, no target.
        if (e instanceof RegexParseError)
          throw ctx.terminatingError({ message: `The string ${p} is not a valid regular expression: ${e.message}`, errorId: 'InvalidRegex', category: 'InvalidArgument', targetObject: null, exceptionType: 'System.ArgumentException' });
        if (e instanceof RegexUnsupportedError) throw unsupportedRegexError(e);
        throw e;
      }
    });
    const c = (ctx.params['Context'] as PSValue[] | undefined) ?? [];
    const pre = c.length ? Number(c[0]) : 0;
    const post = c.length > 1 ? Number(c[1]) : pre;
    const st: SelectState = { regexes, patterns, pre, post, found: false, done: false, lineNumber: 0, history: [], pending: [] };
    ctx.state['st'] = st;
  },
  process(ctx) {
    const st = ctx.state['st'] as SelectState;
    const set = ctx.parameterSetName;
    if (set === 'Object' || set === 'ObjectRaw') {
      if (st.done) return;
      const v = ctx.params['InputObject'] ?? null;
      const text = v === null ? '' : stringOf(v);
      st.lineNumber++;
      selectLines(ctx, st, { path: 'InputStream', display: 'InputStream' }, [text], st.lineNumber);
      return;
    }
    const literal = set === 'LiteralFile' || set === 'LiteralFileRaw';
    const paths = ((ctx.params[literal ? 'LiteralPath' : 'Path'] as PSValue[] | undefined) ?? []).map((p) => toStr(p));
    for (const p of paths) {
      const files = resolvePaths(ctx, p, literal);
      if (files === null) {
        ctx.writeError({ message: `Cannot find path '${ctx.services.fs.resolve(p)}' because it does not exist.`, errorId: 'PathNotFound', category: 'ObjectNotFound', targetObject: p, exceptionType: 'System.Management.Automation.ItemNotFoundException' });
        continue;
      }
      for (const file of files) {
        if (ctx.services.fs.isDirectory(file)) continue;
        let text: string;
        try {
          text = ctx.services.fs.readText(file);
        } catch (e) {
          if (e instanceof FileSystemError) {
            ctx.writeError({ message: e.message, errorId: 'ProcessingFile', category: 'ReadError', targetObject: file });
            continue;
          }
          throw e;
        }
        const lines = text.split(/\r?\n/);
        if (lines.length && lines[lines.length - 1] === '') lines.pop();
        const fileState: SelectState = { ...st, found: false, done: false, history: [], pending: [] };
        const src = { path: file, display: displayPath(ctx, file) };
        selectLines(ctx, fileState, src, lines, 1);
        flushPending(ctx, fileState, src, true);
        if (fileState.found) st.found = true;
        if (ctx.params['Quiet'] === true && st.found) st.done = true;
      }
    }
  },
  end(ctx) {
    const st = ctx.state['st'] as SelectState;
    flushPending(ctx, st, { path: 'InputStream', display: 'InputStream' }, true);
    // -Quiet: True when something matched; nothing at all otherwise (pwsh 7.6).
    if (ctx.params['Quiet'] === true && st.found) ctx.writeObject(true);
  },
});

// ---------------------------------------------------------------------------------------------
// ConvertTo-Html

const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The properties ConvertTo-Html reads: an array given as -InputObject is one object, with System.Array's own. */
function htmlProperties(v: PSValue): { name: string; value: PSValue }[] {
  return arrayPropertyList(v) ?? propertyList(v);
}

function htmlProperty(o: PSValue, name: string): PSValue {
  const own = arrayPropertyList(o);
  if (own) return own.find((x) => x.name.toLowerCase() === name.toLowerCase())?.value ?? null;
  return getOwnProperty(o, name) ?? null;
}

function columnsOf(ctx: CmdletContext, first: PSValue): { name: string; value: (o: PSValue) => PSValue }[] {
  const prop = ctx.params['Property'];
  if (prop !== undefined && prop !== null) {
    const list = Array.isArray(prop) ? prop : [prop];
    return list.flatMap((p) => {
      if (p instanceof ScriptBlock) return [{ name: p.toString(), value: (o: PSValue) => {
        const out = ctx.invokeScriptBlock(p, o);
        return out.length === 0 ? null : out.length === 1 ? out[0]! : out;
      } }];
      const name = toStr(p);
      if (hasWildcard(name)) {
        const re = wildcardRegExp(name);
        return htmlProperties(first).filter((x) => re.test(x.name)).map((x) => ({ name: x.name, value: (o: PSValue) => htmlProperty(o, x.name) }));
      }
      // A name the object does not have makes no column (pwsh resolves -Property against the object).
      const known = htmlProperties(first).find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!known && (Array.isArray(first) || getOwnProperty(first, name) === undefined)) return [];
      return [{ name: known?.name ?? name, value: (o: PSValue) => htmlProperty(o, name) }];
    });
  }
  return htmlProperties(first).map((x) => ({ name: x.name, value: (o: PSValue) => htmlProperty(o, x.name) }));
}

const cell = (v: PSValue): string => html(Array.isArray(v) ? v.map((x) => toStr(x)).join(' ') : toStr(v));

export const convertToHtml = defineCmdlet({
  name: 'ConvertTo-Html',
  source: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'Page',
  parameters: [
    { name: 'InputObject', type: 'PSObject', sets: { __AllParameterSets: { valueFromPipeline: true } } },
    { name: 'Property', type: 'Object[]', sets: { __AllParameterSets: { position: 0 } } },
    { name: 'Body', type: 'String[]', sets: { Page: { position: 3 } } },
    { name: 'Head', type: 'String[]', sets: { Page: { position: 1 } } },
    { name: 'Title', type: 'String', validateNotNullOrEmpty: true, sets: { Page: { position: 2 } } },
    { name: 'As', type: 'String', validateNotNullOrEmpty: true, validateSet: ['Table', 'List'] },
    { name: 'CssUri', type: 'String', dotNetType: 'System.Uri', aliases: ['cu', 'uri'], validateNotNullOrEmpty: true, sets: { Page: {} } },
    { name: 'Fragment', type: 'SwitchParameter', sets: { Fragment: {} } },
    { name: 'PostContent', type: 'String[]', validateNotNullOrEmpty: true },
    { name: 'PreContent', type: 'String[]', validateNotNullOrEmpty: true },
    { name: 'Meta', type: 'Hashtable', validateNotNullOrEmpty: true, sets: { Page: {} } },
    { name: 'Charset', type: 'String', validateNotNullOrEmpty: true, sets: { Page: {} } },
    { name: 'Transitional', type: 'SwitchParameter', sets: { Page: {} } },
  ],
  outputType: ['System.String'],
  help: {
    synopsis: 'Converts .NET objects into HTML that can be displayed in a Web browser.',
    description: 'Writes an XHTML page (or, with -Fragment, only the table) with one row per input object and one column per property (-Property chooses them); -As List writes a two-column name/value table per object.',
    examples: [{ code: 'Get-Mailbox | ConvertTo-Html -Property DisplayName, Alias -Title Mailboxes', remarks: 'An HTML page listing the mailboxes.' }],
  },
  begin(ctx) {
    ctx.state['items'] = [];
  },
  process(ctx) {
    if (ctx.bound('InputObject')) (ctx.state['items'] as PSValue[]).push(ctx.params['InputObject'] ?? null);
  },
  end(ctx) {
    const items = (ctx.state['items'] as PSValue[]).filter((v) => v !== null);
    const lines: string[] = [];
    const fragment = ctx.params['Fragment'] === true;
    const strs = (name: string) => ((ctx.params[name] as PSValue[] | undefined) ?? []).map((x) => toStr(x));
    if (!fragment) {
      const transitional = ctx.params['Transitional'] === true;
      lines.push(
        transitional
          ? '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"  "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
          : '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"  "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
        '<html xmlns="http://www.w3.org/1999/xhtml">',
        '<head>',
      );
      if (ctx.bound('Head')) lines.push(...strs('Head'));
      else lines.push(`<title>${ctx.bound('Title') ? html(toStr(ctx.params['Title'] ?? null)) : 'HTML TABLE'}</title>`);
      if (ctx.bound('CssUri')) lines.push(`<link rel="stylesheet" type="text/css" href="${html(toStr(ctx.params['CssUri'] ?? null))}" />`);
      lines.push('</head><body>');
      if (ctx.bound('Body')) lines.push(...strs('Body'));
    }
    if (ctx.bound('PreContent')) lines.push(...strs('PreContent'));
    const asList = toStr(ctx.params['As'] ?? 'Table').toLowerCase() === 'list';
    // pwsh 7.6: objects that give no column (an [int] has no properties) are skipped until one does, which
    // sets the columns; when none does, the table is empty.
    let cols: ReturnType<typeof columnsOf> = [];
    while (items.length && (cols = columnsOf(ctx, items[0]!)).length === 0) items.shift();
    if (!items.length && (ctx.state['items'] as PSValue[]).some((v) => v !== null)) lines.push('<table>', '</table>');
    else if (items.length) {
      lines.push('<table>');
      if (asList) {
        items.forEach((o, i) => {
          if (i > 0) lines.push('</table>', '<table>');
          for (const c of cols) lines.push(`<tr><td>${html(c.name)}:</td><td>${cell(c.value(o))}</td></tr>`);
        });
      } else {
        lines.push(`<colgroup>${cols.map(() => '<col/>').join('')}</colgroup>`);
        lines.push(`<tr>${cols.map((c) => `<th>${html(c.name)}</th>`).join('')}</tr>`);
        for (const o of items) lines.push(`<tr>${cols.map((c) => `<td>${cell(c.value(o))}</td>`).join('')}</tr>`);
      }
      lines.push('</table>');
    } else if (!fragment) lines.push('<table>', '</table>');
    if (ctx.bound('PostContent')) lines.push(...strs('PostContent'));
    if (!fragment) lines.push('</body></html>');
    for (const l of lines) ctx.writeObject(l);
  },
});


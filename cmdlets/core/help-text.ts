/**
 * Syntax lines and help text built from cmdlet metadata, laid out as pwsh's help view and
 * `Get-Command -Syntax` print them (reference/powershell/cmdlets/Get-Help.md, Get-Command.md).
 */
import type { CmdletMetadata, ParameterDeclaration } from '../../src/engine/cmdlet';

const COMMON_NAMES = ['Verbose', 'Debug', 'ErrorAction', 'WarningAction', 'InformationAction', 'ProgressAction', 'ErrorVariable', 'WarningVariable', 'InformationVariable', 'OutVariable', 'OutBuffer', 'PipelineVariable'];

/** Get-Command -Syntax writes pwsh's type accelerators in lower case (`<string[]>`); help keeps `<String[]>`. */
function typeText(type: string, lower: boolean): string {
  if (!lower) return type;
  const acc: Record<string, string> = { string: 'string', int32: 'int', uint32: 'uint', int64: 'long', boolean: 'bool', object: 'Object', psobject: 'psobject', scriptblock: 'scriptblock', hashtable: 'hashtable', datetime: 'datetime', timespan: 'timespan', securestring: 'securestring', pscredential: 'pscredential', double: 'double', 'byte[]': 'byte[]' };
  const base = type.replace(/\[\]$/, '');
  const arr = type.endsWith('[]') ? '[]' : '';
  return (acc[base.toLowerCase()] ?? base) + arr;
}

export function parameterSets(meta: CmdletMetadata): string[] {
  const sets: string[] = [];
  for (const p of meta.parameters) for (const s of Object.keys(p.sets ?? {})) if (s !== '__AllParameterSets' && !sets.includes(s)) sets.push(s);
  if (!sets.length) return ['__AllParameterSets'];
  if (meta.defaultParameterSet && sets.includes(meta.defaultParameterSet)) return [meta.defaultParameterSet, ...sets.filter((s) => s !== meta.defaultParameterSet)];
  return sets;
}

function membership(p: ParameterDeclaration, set: string) {
  if (!p.sets) return {};
  return p.sets[set] ?? p.sets['__AllParameterSets'];
}

function paramText(p: ParameterDeclaration, set: string, lower: boolean): string {
  const m = membership(p, set) ?? {};
  const isSwitch = p.type === 'SwitchParameter';
  if (isSwitch) return m.mandatory ? `-${p.name}` : `[-${p.name}]`;
  const name = m.position !== undefined ? `[-${p.name}]` : `-${p.name}`;
  const core = `${name} <${typeText(p.type, lower)}>`;
  return m.mandatory ? core : `[${core}]`;
}

/** One syntax line per parameter set: positional first by position, then named in declaration order. */
export function syntaxLines(meta: CmdletMetadata, lower: boolean): string[] {
  return parameterSets(meta).map((set) => {
    const inSet = meta.parameters.filter((p) => membership(p, set) !== undefined);
    const positional = inSet.filter((p) => membership(p, set)?.position !== undefined).sort((a, b) => (membership(a, set)!.position ?? 0) - (membership(b, set)!.position ?? 0));
    const named = inSet.filter((p) => membership(p, set)?.position === undefined);
    const mandatoryNamed = named.filter((p) => membership(p, set)?.mandatory);
    const optionalNamed = named.filter((p) => !membership(p, set)?.mandatory);
    const parts = [...positional, ...mandatoryNamed, ...optionalNamed].map((p) => paramText(p, set, lower));
    if (meta.supportsShouldProcess) parts.push('[-WhatIf]', '[-Confirm]');
    parts.push('[<CommonParameters>]');
    return `${meta.name} ${parts.join(' ')}`;
  });
}

function indent(text: string, n: number): string {
  return text
    .split('\n')
    .map((l) => (l ? ' '.repeat(n) + l : l))
    .join('\n');
}

function parameterBlock(meta: CmdletMetadata, p: ParameterDeclaration): string {
  const sets = Object.entries(p.sets ?? {});
  const first = sets[0]?.[1] ?? {};
  const lines = [`-${p.name} <${p.type}>`];
  if (p.description) lines.push(indent(p.description, 4));
  lines.push('');
  lines.push(`    Required?                    ${first.mandatory ? 'true' : 'false'}`);
  lines.push(`    Position?                    ${first.position !== undefined ? first.position : 'named'}`);
  lines.push(`    Default value                `);
  const pipe = first.valueFromPipeline && first.valueFromPipelineByPropertyName ? 'True (ByPropertyName, ByValue)' : first.valueFromPipeline ? 'True (ByValue)' : first.valueFromPipelineByPropertyName ? 'True (ByPropertyName)' : 'False';
  lines.push(`    Accept pipeline input?       ${pipe}`);
  lines.push(`    Aliases                      ${p.aliases?.length ? p.aliases.join(', ') : ''}`);
  lines.push(`    Accept wildcard characters?  false`);
  void meta;
  return lines.join('\n');
}

export interface HelpOptions {
  full?: boolean;
  detailed?: boolean;
  examples?: boolean;
  parameter?: string[];
}

/** The help view text for a cmdlet. */
export function helpText(meta: CmdletMetadata, opts: HelpOptions): string {
  const h = meta.help;
  if (opts.parameter && opts.parameter.length) {
    const out: string[] = [];
    for (const pat of opts.parameter) {
      const re = new RegExp('^' + pat.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$', 'i');
      for (const p of meta.parameters.filter((x) => re.test(x.name))) out.push(indent(parameterBlock(meta, p), 0));
    }
    return '\n' + out.join('\n\n') + '\n\n';
  }
  if (opts.examples) {
    const parts = ['', 'NAME', `    ${meta.name}`, '', 'SYNOPSIS', `    ${h.synopsis}`, ''];
    (h.examples ?? []).forEach((ex, i) => {
      parts.push('    ' + `--------- ${ex.title ?? `Example ${i + 1}`} ---------`.replace(/^-+ (Example \d+.*) -+$/, '$&'), '', indent(ex.code, 4), '');
      if (ex.remarks) parts.push(indent(ex.remarks, 4), '');
    });
    return parts.join('\n') + '\n';
  }
  const parts: string[] = ['', 'NAME', `    ${meta.name}`, '', 'SYNOPSIS', `    ${h.synopsis}`, '', '', 'SYNTAX'];
  for (const l of syntaxLines(meta, false)) parts.push(`    ${l}`, '');
  parts.push('');
  if (h.description) parts.push('DESCRIPTION', indent(h.description, 4), '', '');
  if (opts.full || opts.detailed) {
    parts.push('PARAMETERS');
    for (const p of meta.parameters) parts.push(indent(parameterBlock(meta, p), 4), '');
    parts.push('    <CommonParameters>', '        This cmdlet supports the common parameters: ' + COMMON_NAMES.join(', ') + '. For more information, see', '        about_CommonParameters (https://go.microsoft.com/fwlink/?LinkID=113216).', '', '');
    if (h.examples?.length) {
      h.examples.forEach((ex, i) => {
        parts.push(`    --------- ${ex.title ?? `Example ${i + 1}`} ---------`, '', indent(ex.code, 4), '');
        if (ex.remarks) parts.push(indent(ex.remarks, 4), '');
      });
    }
    if (h.notes) parts.push('NOTES', indent(h.notes, 4), '', '');
  }
  if (h.onlineUri) parts.push('RELATED LINKS', `    Online Version: ${h.onlineUri}`, '');
  if (!opts.full && !opts.detailed) {
    parts.push('REMARKS', `    To see the examples, type: "Get-Help ${meta.name} -Examples"`, `    For more information, type: "Get-Help ${meta.name} -Detailed"`, `    For technical information, type: "Get-Help ${meta.name} -Full"`);
    if (h.onlineUri) parts.push(`    For online help, type: "Get-Help ${meta.name} -Online"`);
    parts.push('');
  }
  return parts.join('\n') + '\n';
}

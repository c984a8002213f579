/**
 * Reads an Exchange cmdlet reference page (../shared/reference/exchange-cmdlets-all/<Name>.md, platyPS
 * markdown) into plain data: the SYNTAX parameter sets with mandatory / positional markers, each
 * parameter's YAML block (type, sets, aliases, pipeline) and applicability line, the synopsis,
 * description and examples. Node-only (tests, coverage generator); the cmdlet metadata in cmdlets/
 * is checked against what this returns.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { SHARED_DIR } from '../shared-folder';
import { join, resolve } from 'node:path';

/**
 * The reference folder: EXO_REFERENCE_DIR when set (relative to the project root), else ../shared/reference
 * beside the clone (tests run from the root). A fresh clone has no such folder: the checks against the
 * pages are then skipped (see reference-checks.ts), the product's own tests still run.
 */
export const REFERENCE_ROOT = process.env.EXO_REFERENCE_DIR ? resolve(process.cwd(), process.env.EXO_REFERENCE_DIR) : join(SHARED_DIR, 'reference');

/**
 * The Exchange cmdlet pages: exchange-cmdlets-all (every Exchange cmdlet), or the older
 * exchange-cmdlets folder (the migration cmdlets only) when that is all there is.
 */
export const REFERENCE_DIR = [join(REFERENCE_ROOT, 'exchange-cmdlets-all'), join(REFERENCE_ROOT, 'exchange-cmdlets')].find((d) => existsSync(d)) ?? join(REFERENCE_ROOT, 'exchange-cmdlets-all');

/** Are the reference pages there (CI: yes; a fresh clone alone: no)? */
export const REFERENCE_AVAILABLE = existsSync(REFERENCE_DIR);

/** The one line printed when the checks are skipped. */
export function referenceSkipNotice(): string {
  return `Reference checks skipped: no Exchange reference pages at ${REFERENCE_ROOT} (exchange-cmdlets-all or exchange-cmdlets). The syntax drift, generated-module and coverage-document checks did not run; put the shared reference folder beside the clone (../shared) or set EXO_REFERENCE_DIR to run them.`;
}

export interface SyntaxParameter {
  name: string;
  /** Type as the SYNTAX line writes it (`System.Boolean`, `Byte[]`); null for switches. */
  type: string | null;
  mandatory: boolean;
  positional: boolean;
}

export interface SyntaxSet {
  /** '__AllParameterSets' when the page has a single unnamed syntax block. */
  name: string;
  parameters: SyntaxParameter[];
}

export interface PageParameter {
  name: string;
  type: string;
  sets: string[] | 'All';
  aliases: string[];
  required: boolean;
  pipeline: boolean;
  applicable: string[];
  /** The first descriptive paragraph (after the availability note). */
  description: string;
  /** Bulleted values after "Valid values" / "Use one of" (enum parameters). */
  validValues: string[];
  /** Listed in SYNTAX but the page has no section for it. */
  fromSyntaxOnly?: boolean;
}

export interface ReferencePage {
  name: string;
  onlineUri: string;
  synopsis: string;
  description: string;
  syntax: SyntaxSet[];
  /** The set platyPS marks "(Default)" in SYNTAX, if any. */
  defaultSet?: string;
  parameters: PageParameter[];
  examples: { title: string; code: string; remarks: string }[];
  supportsShouldProcess: boolean;
}

const SHOULD_PROCESS = new Set(['WhatIf', 'Confirm']);
/** about_CommonParameters: never declared by a cmdlet (some pages list -ProgressAction in SYNTAX). */
const COMMON = new Set(['Verbose', 'Debug', 'ErrorAction', 'WarningAction', 'InformationAction', 'ProgressAction', 'ErrorVariable', 'WarningVariable', 'InformationVariable', 'OutVariable', 'OutBuffer', 'PipelineVariable']);

function section(text: string, heading: string): string {
  const start = text.indexOf(`\n## ${heading}\n`);
  if (start < 0) return '';
  const rest = text.slice(start + heading.length + 5);
  const end = rest.search(/\n## [A-Z]/);
  return end < 0 ? rest : rest.slice(0, end);
}

function paragraphs(block: string): string[] {
  return block
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** Removes markdown links and emphasis so help text reads as plain text. */
export function plain(s: string): string {
  return s
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\*([^*]+)\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

export function parseSyntaxBlock(code: string): { parameters: SyntaxParameter[]; shouldProcess: boolean } {
  const src = code.replace(/\s+/g, ' ').trim().replace(/^\S+\s*/, '');
  const parameters: SyntaxParameter[] = [];
  let shouldProcess = false;
  // Tokens: [[-Name] <T>] | [-Name] <T> | [-Name <T>] | -Name <T> | [-Switch] | -Switch | [<CommonParameters>]
  const re = /\[\[-(\w+)\]\s*<([^>]+)>\]|\[-(\w+)\]\s*<([^>]+)>|\[-(\w+)\s*<([^>]+)>\]|\[-(\w+)\]|-(\w+)\s*<([^>]+)>|-(\w+)|\[<CommonParameters>\]/g;
  for (const m of src.matchAll(re)) {
    let p: SyntaxParameter | null = null;
    if (m[1]) p = { name: m[1], type: m[2], mandatory: false, positional: true };
    else if (m[3]) p = { name: m[3], type: m[4], mandatory: true, positional: true };
    else if (m[5]) p = { name: m[5], type: m[6], mandatory: false, positional: false };
    else if (m[7]) p = { name: m[7], type: null, mandatory: false, positional: false };
    else if (m[8]) p = { name: m[8], type: m[9], mandatory: true, positional: false };
    else if (m[10]) p = { name: m[10], type: null, mandatory: true, positional: false };
    if (!p) continue;
    if (SHOULD_PROCESS.has(p.name)) {
      shouldProcess = true;
      continue;
    }
    if (COMMON.has(p.name)) continue;
    if (!parameters.some((x) => x.name.toLowerCase() === p!.name.toLowerCase())) parameters.push(p);
  }
  return { parameters, shouldProcess };
}

function yamlField(yaml: string, field: string): string {
  const m = new RegExp(`^${field}:[ \\t]*(.*)$`, 'm').exec(yaml);
  return m ? m[1].trim() : '';
}

export function parsePage(text: string): ReferencePage {
  text = text.replace(/\r\n/g, '\n');
  const name = /^title:\s*(.+)$/m.exec(text)?.[1].trim() ?? '';
  const onlineUri = /^online version:\s*(.+)$/m.exec(text)?.[1].trim() ?? '';
  const synopsisParas = paragraphs(section(text, 'SYNOPSIS'));
  const synopsis = plain(synopsisParas.find((p) => /^Use the /.test(p)) ?? synopsisParas[0] ?? '');
  const descParas = paragraphs(section(text, 'DESCRIPTION')).filter((p) => !/^You need to be assigned permissions/.test(p) && !p.startsWith('```'));
  const description = descParas.slice(0, 2).map(plain).join('\n\n');

  const syntaxText = section(text, 'SYNTAX');
  const syntax: SyntaxSet[] = [];
  let supportsShouldProcess = false;
  let defaultSet: string | undefined;
  const setRe = /(?:### ([^\n]+)\n)?```\n([\s\S]*?)```/g;
  for (const m of syntaxText.matchAll(setRe)) {
    const parsed = parseSyntaxBlock(m[2]);
    supportsShouldProcess ||= parsed.shouldProcess;
    // platyPS marks the default set's heading "Name (Default)".
    const heading = m[1]?.trim() ?? '__AllParameterSets';
    const setName = heading.replace(/\s*\(Default\)$/i, '');
    if (setName !== heading) defaultSet = setName;
    syntax.push({ name: setName, parameters: parsed.parameters });
  }

  const examples: ReferencePage['examples'] = [];
  const exText = section(text, 'EXAMPLES');
  for (const m of exText.matchAll(/### ([^\n]+)\n```(?:powershell)?\n([\s\S]*?)```\n([\s\S]*?)(?=\n### |$)/g)) {
    examples.push({ title: m[1].trim(), code: m[2].trim(), remarks: paragraphs(m[3]).map(plain).join('\n\n') });
  }

  const parameters: PageParameter[] = [];
  const parText = section(text, 'PARAMETERS');
  for (const m of parText.matchAll(/### -(\w+)\n([\s\S]*?)(?=\n### -|\n### CommonParameters|$)/g)) {
    const body = m[2];
    const applicable = (/> Applicable:\s*(.+)/.exec(body)?.[1] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const yamls = [...body.matchAll(/```yaml\n([\s\S]*?)```/g)].map((y) => y[1]);
    const first = yamls[0] ?? '';
    const setsList = yamls.flatMap((y) => yamlField(y, 'Parameter Sets').split(',').map((s) => s.trim()).filter(Boolean));
    const prose = paragraphs(body.replace(/```[\s\S]*?```/g, '').replace(/> Applicable:.*\n/, '')).filter((p) => !/^This parameter is (available|functional) only/.test(p));
    parameters.push({
      name: m[1],
      type: yamlField(first, 'Type'),
      sets: setsList.includes('(All)') ? 'All' : setsList,
      aliases: yamlField(first, 'Aliases').split(',').map((s) => s.trim()).filter(Boolean),
      required: yamls.some((y) => yamlField(y, 'Required') === 'True'),
      pipeline: yamls.some((y) => /^True/.test(yamlField(y, 'Accept pipeline input'))),
      applicable,
      // The first paragraph that describes the parameter (not a version or availability note before it).
      description: plain(prose.find((p) => !/^(\*\*)?Note(\*\*)?:/.test(p)) ?? prose[0] ?? ''),
      validValues: [...body.replace(/```[\s\S]*?```/g, '').matchAll(/^- (\w+)(?::.*)?$/gm)].map((v) => v[1]),
    });
  }
  // A few pages list a parameter in SYNTAX without its own section (Set-Mailbox -MessageRecallProcessingEnabled):
  // it is described from the SYNTAX lines alone (type, the sets that show it; no applicability note, so both sides).
  for (const set of syntax)
    for (const sp of set.parameters) {
      const known = parameters.find((p) => p.name.toLowerCase() === sp.name.toLowerCase());
      if (known?.fromSyntaxOnly && known.sets !== 'All') known.sets.push(set.name);
      else if (!known) parameters.push({ name: sp.name, type: sp.type ?? '', sets: [set.name], aliases: [], required: sp.mandatory, pipeline: false, applicable: [], description: '', validValues: [], fromSyntaxOnly: true });
    }
  return { name, onlineUri, synopsis, description, syntax, defaultSet, parameters, examples, supportsShouldProcess };
}

export function readPage(name: string): ReferencePage | null {
  const file = join(REFERENCE_DIR, `${name}.md`);
  if (!existsSync(file)) return null;
  return parsePage(readFileSync(file, 'utf8'));
}

export function referencePageNames(): string[] {
  if (!REFERENCE_AVAILABLE) return [];
  return readdirSync(REFERENCE_DIR)
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3));
}

const onPremOnly = (p: PageParameter | undefined) => !!p && p.applicable.length > 0 && !p.applicable.includes('Exchange Online');
const onlineOnly = (p: PageParameter | undefined) => !!p && p.applicable.includes('Exchange Online') && !p.applicable.some((a) => a.startsWith('Exchange Server'));

/**
 * The parameter sets Exchange Online has: a set is dropped when it holds a parameter available only
 * on premises and none available only in the cloud (pages merge both environments' sets).
 * Within a kept set, only parameters applicable to Exchange Online stay.
 */
export function onlineSets(page: ReferencePage): SyntaxSet[] {
  const byName = new Map(page.parameters.map((p) => [p.name.toLowerCase(), p]));
  const get = (n: string) => byName.get(n.toLowerCase());
  const single = page.syntax.length === 1;
  return page.syntax
    .filter((s) => single || !(s.parameters.some((p) => onPremOnly(get(p.name))) && !s.parameters.some((p) => onlineOnly(get(p.name)))))
    .map((s) => ({ name: s.name, parameters: s.parameters.filter((p) => !onPremOnly(get(p.name))) }));
}

/** On-premises (Exchange Server) sets and parameters, for cmdlets of the on-premises side. */
export function onPremSets(page: ReferencePage): SyntaxSet[] {
  const byName = new Map(page.parameters.map((p) => [p.name.toLowerCase(), p]));
  const cloudOnly = (n: string) => onlineOnly(byName.get(n.toLowerCase()));
  const single = page.syntax.length === 1;
  return page.syntax
    .filter((s) => single || !(s.parameters.some((p) => cloudOnly(p.name)) && !s.parameters.some((p) => onPremOnly(byName.get(p.name.toLowerCase())))))
    .map((s) => ({ name: s.name, parameters: s.parameters.filter((p) => !cloudOnly(p.name)) }));
}

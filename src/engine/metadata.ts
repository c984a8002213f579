/**
 * Validates cmdlet metadata against src/engine/cmdlet-metadata.schema.json, plus the rules a schema
 * cannot say: unique parameter names and aliases, one position per set. The schema is checked by
 * src/schema/check.ts (every problem listed, as ajv's allErrors), compiled once on first use.
 */
import { compileSchema } from '../schema/check';
import schema from './cmdlet-metadata.schema.json';
import type { CmdletMetadata } from './cmdlet';

const validateMetadata = compileSchema(schema, { allErrors: true });

export class InvalidCmdletMetadataError extends Error {
  constructor(cmdlet: string, problems: string[]) {
    super(`Invalid metadata for cmdlet '${cmdlet}': ${problems.join('; ')}`);
    this.name = 'InvalidCmdletMetadataError';
  }
}

/**
 * Metadata already found valid: by parameter list and help object, the other (small) fields as JSON.
 * Import-PSSession registers copies of the on-premises cmdlets that differ only in name and source
 * (sharing the parameters and help): each session of a corpus replay imports them again.
 */
const VALID = new WeakMap<object, WeakMap<object, Set<string>>>();

export function validateCmdletMetadata(meta: CmdletMetadata): void {
  const plain = { ...meta } as Record<string, unknown>;
  for (const k of ['begin', 'process', 'end']) delete plain[k];
  const { parameters, help } = meta as { parameters?: unknown; help?: unknown };
  const keyed = typeof parameters === 'object' && parameters !== null && typeof help === 'object' && help !== null;
  const key = keyed ? JSON.stringify(Object.entries(plain).filter(([k]) => k !== 'parameters' && k !== 'help')) : '';
  const known = keyed ? VALID.get(parameters)?.get(help) : undefined;
  if (known?.has(key)) return;
  check(meta, plain);
  if (!keyed) return;
  let byHelp = VALID.get(parameters);
  if (!byHelp) VALID.set(parameters, (byHelp = new WeakMap()));
  let keys = byHelp.get(help);
  if (!keys) byHelp.set(help, (keys = new Set()));
  keys.add(key);
}

function check(meta: CmdletMetadata, plain: Record<string, unknown>): void {
  const v = validateMetadata;
  const problems: string[] = [];
  if (!v(plain)) for (const e of v.errors ?? []) problems.push(`${e.instancePath || '/'} ${e.message ?? ''}`.trim());
  const names = new Set<string>();
  for (const p of meta.parameters ?? []) {
    for (const n of [p.name, ...(p.aliases ?? [])]) {
      const k = n.toLowerCase();
      if (names.has(k)) problems.push(`duplicate parameter name or alias '${n}'`);
      names.add(k);
    }
  }
  const positions = new Map<string, string>();
  for (const p of meta.parameters ?? []) {
    for (const [set, m] of Object.entries(p.sets ?? {})) {
      if (m.position === undefined) continue;
      const key = `${set}#${m.position}`;
      if (positions.has(key)) problems.push(`parameters '${positions.get(key)}' and '${p.name}' share position ${m.position} in set '${set}'`);
      positions.set(key, p.name);
    }
  }
  if (problems.length) throw new InvalidCmdletMetadataError(meta.name ?? '?', problems);
}

/** Naming rules shared by the generator and the runtime: cmdlet and parameter names as TypeScript members. */

/** 'CSVData' -> 'csvData', 'SourceEndpoint' -> 'sourceEndpoint', 'URL' -> 'url'. */
export function camelCase(pascal: string): string {
  const m = /^[A-Z]+/.exec(pascal);
  if (!m) return pascal;
  const caps = m[0];
  if (caps.length === pascal.length) return pascal.toLowerCase();
  // A run of capitals followed by lower case: the last capital starts the next word (CSVData -> csv + Data).
  const keep = caps.length > 1 ? caps.length - 1 : caps.length;
  return pascal.slice(0, keep).toLowerCase() + pascal.slice(keep);
}

/** 'New-MigrationBatch' -> 'newMigrationBatch'. */
export function functionName(cmdletName: string): string {
  return camelCase(cmdletName.replace(/-/g, ''));
}

/** 'New-MigrationBatch' -> 'NewMigrationBatch' (prefix of the generated interfaces). */
export function pascalName(cmdletName: string): string {
  return cmdletName.replace(/-/g, '');
}

/** 'Microsoft.Exchange.Migration.MigrationBatch' -> 'MigrationBatch'. */
export function shortTypeName(typeName: string): string {
  const t = typeName.replace(/^Deserialized\./, '');
  return t.slice(t.lastIndexOf('.') + 1).replace(/[^A-Za-z0-9_]/g, '');
}

/** Cmdlets whose every object a typed call returns (the others return the one object they write). */
export function returnsAll(cmdletName: string): boolean {
  return /^(Get|Invoke)-/i.test(cmdletName);
}

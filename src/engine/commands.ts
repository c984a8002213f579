/**
 * The command table: cmdlets and aliases (functions live in scopes). Lookup order as
 * about_Command_Precedence: alias, function, cmdlet.
 */
import type { CmdletDefinition } from './cmdlet';

export interface AliasEntry {
  name: string;
  definition: string;
  description?: string;
}

export class CommandTable {
  readonly cmdlets: Map<string, CmdletDefinition>;
  readonly aliases: Map<string, AliasEntry>;

  /** Empty, or a copy of another table (its entries are shared: definitions and aliases are not changed in place). */
  constructor(from?: CommandTable) {
    this.cmdlets = new Map(from?.cmdlets);
    this.aliases = new Map(from?.aliases);
  }

  addCmdlet(def: CmdletDefinition): void {
    this.cmdlets.set(def.name.toLowerCase(), def);
    for (const a of def.aliases ?? []) this.aliases.set(a.toLowerCase(), { name: a, definition: def.name });
  }

  /** Removes a cmdlet and the aliases it declared (a module removed at run time). */
  removeCmdlet(name: string): boolean {
    const def = this.cmdlets.get(name.toLowerCase());
    if (!def) return false;
    this.cmdlets.delete(name.toLowerCase());
    for (const a of def.aliases ?? []) this.aliases.delete(a.toLowerCase());
    return true;
  }

  setAlias(name: string, definition: string): void {
    this.aliases.set(name.toLowerCase(), { name, definition });
  }

  cmdlet(name: string): CmdletDefinition | undefined {
    return this.cmdlets.get(name.toLowerCase());
  }

  alias(name: string): AliasEntry | undefined {
    return this.aliases.get(name.toLowerCase());
  }
}

/**
 * The runtime value of a script block literal `{ ... }`: the AST plus the scope it was created in
 * (pwsh script blocks are not closures unless GetNewClosure() is used, so the scope is only a hint
 * for dot-sourcing; invocation always creates a child of the caller's current scope).
 */
import type { ScriptBlockAst } from '../language/ast';
import type { OpaqueValue } from './values';

export class ScriptBlock implements OpaqueValue {
  readonly psTypeNames = ['System.Management.Automation.ScriptBlock', 'System.Object'] as const;
  constructor(
    readonly ast: ScriptBlockAst,
    /** Full source of the script the block came from (for error positions). */
    readonly source: string,
  ) {}
  /** `{ $_ * 2 }.ToString()` is the text between the braces. */
  toString(): string {
    const t = this.ast.text;
    return t.startsWith('{') && t.endsWith('}') ? t.slice(1, -1) : t;
  }
}

export function isScriptBlock(v: unknown): v is ScriptBlock {
  return v instanceof ScriptBlock;
}

/**
 * The enumerators behind `$input`, `$foreach` and `$switch` (about_Automatic_Variables): MoveNext(),
 * Current and Reset() move one shared position; using the variable as a value (a string, a pipeline,
 * `foreach`) enumerates what is left and so consumes it, as .NET's IEnumerator does in pwsh.
 */
import type { OpaqueValue, PSValue } from './values';

export class PSEnumerator implements OpaqueValue {
  private position = -1;
  constructor(
    private readonly items: readonly PSValue[],
    readonly psTypeNames: readonly string[] = ['System.Collections.IEnumerator', 'System.Object'],
  ) {}

  moveNext(): boolean {
    if (this.position < this.items.length) this.position++;
    return this.position < this.items.length;
  }

  /** pwsh 7.6 reads Current before the first MoveNext (or past the end) as $null. */
  get current(): PSValue {
    return this.position >= 0 && this.position < this.items.length ? this.items[this.position] : null;
  }

  reset(): void {
    this.position = -1;
  }

  /** Enumerates the rest: the items after the current one, leaving the enumerator at the end. */
  drain(): PSValue[] {
    const rest = this.items.slice(this.position + 1);
    this.position = this.items.length;
    return rest;
  }

  toString(): string {
    return this.psTypeNames[0];
  }
}

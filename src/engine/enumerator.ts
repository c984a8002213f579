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

/**
 * pwsh's RangeEnumerator: `foreach ($i in 1..1e9)` counts from one end to the other without making
 * the array (a `break` after three items costs three items). Used as a value, it drains as any enumerator.
 */
export class PSRangeEnumerator extends PSEnumerator {
  private at: number;
  private started = false;
  private readonly step: number;

  constructor(
    private readonly from: number,
    private readonly to: number,
  ) {
    super([]);
    this.step = from <= to ? 1 : -1;
    this.at = from;
  }

  override moveNext(): boolean {
    if (!this.started) {
      this.started = true;
      return true;
    }
    if (this.at === this.to + this.step) return false;
    this.at += this.step;
    return this.at !== this.to + this.step;
  }

  override get current(): PSValue {
    return this.started && this.at !== this.to + this.step ? this.at : null;
  }

  override reset(): void {
    this.started = false;
    this.at = this.from;
  }

  override drain(): PSValue[] {
    const rest: PSValue[] = [];
    while (this.moveNext()) rest.push(this.at);
    return rest;
  }
}

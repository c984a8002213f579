/**
 * `$a += $x` in a loop, in linear time. pwsh copies the array at each `+=` (quadratic, but a fast
 * copy); here the array a `+=` made is watched instead: as long as nothing has read or written the
 * variable since, no one else can hold that array, so the next `+=` may append to it in place. Any
 * read or write of the variable (through whatever path: `$a`, Get-Variable, a copy of the entry)
 * ends the watch, and the next `+=` copies again, as pwsh does.
 */
import type { PSValue } from '../values';
import type { Variable } from '../scope';

export class AppendWatch {
  private variable: Variable | null = null;
  private array: PSValue[] | null = null;

  /** The array `variable` holds when nothing has read or written it since `watch`, else null. */
  owned(variable: Variable): PSValue[] | null {
    return this.variable === variable ? this.array : null;
  }

  /** Watches `variable`, which holds `array` that `+=` has just made (one variable at a time). */
  watch(variable: Variable, array: PSValue[]): void {
    this.release();
    const self = this;
    Object.defineProperty(variable, 'value', {
      configurable: true,
      enumerable: true,
      get() {
        self.release();
        return array;
      },
      set(v: PSValue) {
        self.release();
        variable.value = v;
      },
    });
    this.variable = variable;
    this.array = array;
  }

  /** Ends the watch: the variable's value is a plain property again. */
  release(): void {
    const v = this.variable;
    if (!v) return;
    const array = this.array;
    this.variable = null;
    this.array = null;
    Object.defineProperty(v, 'value', { value: array, writable: true, enumerable: true, configurable: true });
  }
}

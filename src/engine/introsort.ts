/**
 * .NET's in-place introspective sort (ArraySortHelper<T>.IntrospectiveSort, the sort behind
 * Array.Sort and List<T>.Sort): insertion sort for partitions of at most 16 items, median-of-three
 * quicksort above that, heapsort past the depth limit. It is not stable; pwsh's Sort-Object uses it
 * (List<T>.Sort) unless -Stable, -Top or -Bottom is given, so equal keys come out in the order this
 * algorithm leaves them. Reproduced step by step so ties match pwsh.
 */
export function introSort<T>(items: T[], compare: (a: T, b: T) => number): void {
  if (items.length < 2) return;
  introSortRange(items, 0, items.length, 2 * (Math.floor(Math.log2(items.length)) + 1), compare);
}

function swap<T>(a: T[], i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}

function swapIfGreater<T>(a: T[], cmp: (a: T, b: T) => number, i: number, j: number): void {
  if (cmp(a[i]!, a[j]!) > 0) swap(a, i, j);
}

/** Sorts a[lo, lo+length). */
function introSortRange<T>(a: T[], lo: number, length: number, depthLimit: number, cmp: (a: T, b: T) => number): void {
  let size = length;
  while (size > 1) {
    if (size <= 16) {
      if (size === 2) {
        swapIfGreater(a, cmp, lo, lo + 1);
        return;
      }
      if (size === 3) {
        swapIfGreater(a, cmp, lo, lo + 1);
        swapIfGreater(a, cmp, lo, lo + 2);
        swapIfGreater(a, cmp, lo + 1, lo + 2);
        return;
      }
      insertionSort(a, lo, size, cmp);
      return;
    }
    if (depthLimit === 0) {
      heapSort(a, lo, size, cmp);
      return;
    }
    depthLimit--;
    const p = pickPivotAndPartition(a, lo, size, cmp);
    introSortRange(a, lo + p + 1, size - (p + 1), depthLimit, cmp);
    size = p;
  }
}

function pickPivotAndPartition<T>(a: T[], lo: number, size: number, cmp: (a: T, b: T) => number): number {
  const hi = size - 1;
  const middle = hi >> 1;
  swapIfGreater(a, cmp, lo, lo + middle);
  swapIfGreater(a, cmp, lo, lo + hi);
  swapIfGreater(a, cmp, lo + middle, lo + hi);
  const pivot = a[lo + middle]!;
  swap(a, lo + middle, lo + hi - 1);
  let left = 0;
  let right = hi - 1;
  while (left < right) {
    while (left < hi - 1 && cmp(a[lo + ++left]!, pivot) < 0);
    while (right > 0 && cmp(pivot, a[lo + --right]!) < 0);
    if (left >= right) break;
    swap(a, lo + left, lo + right);
  }
  if (left !== hi - 1) swap(a, lo + left, lo + hi - 1);
  return left;
}

function heapSort<T>(a: T[], lo: number, n: number, cmp: (a: T, b: T) => number): void {
  for (let i = n >> 1; i >= 1; i--) downHeap(a, lo, i, n, cmp);
  for (let i = n; i > 1; i--) {
    swap(a, lo, lo + i - 1);
    downHeap(a, lo, 1, i - 1, cmp);
  }
}

function downHeap<T>(a: T[], lo: number, i: number, n: number, cmp: (a: T, b: T) => number): void {
  const d = a[lo + i - 1]!;
  while (i <= n >> 1) {
    let child = 2 * i;
    if (child < n && cmp(a[lo + child - 1]!, a[lo + child]!) < 0) child++;
    if (!(cmp(d, a[lo + child - 1]!) < 0)) break;
    a[lo + i - 1] = a[lo + child - 1]!;
    i = child;
  }
  a[lo + i - 1] = d;
}

function insertionSort<T>(a: T[], lo: number, size: number, cmp: (a: T, b: T) => number): void {
  for (let i = 0; i < size - 1; i++) {
    const t = a[lo + i + 1]!;
    let j = i;
    while (j >= 0 && cmp(t, a[lo + j]!) < 0) {
      a[lo + j + 1] = a[lo + j]!;
      j--;
    }
    a[lo + j + 1] = t;
  }
}

/**
 * JSON text of plain data as a sequence of chunks, so a 100,000-mailbox world is written without
 * first building one 100 MB string (lower peak memory). Large arrays near the top are split into
 * batches stringified natively; the output is byte-identical to JSON.stringify for plain data.
 */

const BATCH = 500;
const MAX_DEPTH = 3;

export function* jsonChunks(value: unknown, depth = 0): Generator<string> {
  if (depth < MAX_DEPTH && Array.isArray(value) && value.length > BATCH) {
    // Each batch's own brackets become the array's: the first keeps '[', the last keeps ']'. No copy of
    // the batch to map undefined/functions: JSON.stringify writes null for those in arrays too.
    for (let i = 0; i < value.length; i += BATCH) {
      const text = JSON.stringify(value.slice(i, i + BATCH));
      const last = i + BATCH >= value.length;
      yield i === 0 ? text.slice(0, -1) : ',' + (last ? text.slice(1) : text.slice(1, -1));
    }
    return;
  }
  if (depth < MAX_DEPTH && value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as { toJSON?: unknown }).toJSON !== 'function') {
    yield '{';
    let first = true;
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined || typeof v === 'function') continue;
      yield (first ? '' : ',') + JSON.stringify(k) + ':';
      first = false;
      yield* jsonChunks(v, depth + 1);
    }
    yield '}';
    return;
  }
  yield JSON.stringify(value) ?? 'null';
}

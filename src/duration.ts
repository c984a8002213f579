/**
 * Durations as test authors and lab scripts write them: '3d', '90m', '1.5h', '45s', '2w',
 * '500ms', combinations such as '1d12h', or a TimeSpan string '1.02:03:04' / '00:30:00'.
 */
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60000, h: 3600000, d: 86400000, w: 604800000 };

export function parseDuration(text: string): number {
  const s = text.trim();
  const span = /^(-)?(?:(\d+)\.)?(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?$/.exec(s);
  if (span) {
    const [, neg, d, h, m, sec, frac] = span;
    const ms =
      Number(d ?? 0) * UNIT_MS.d + Number(h) * UNIT_MS.h + Number(m) * UNIT_MS.m + Number(sec ?? 0) * 1000 + (frac ? Number(('0.' + frac)) * 1000 : 0);
    return neg ? -ms : ms;
  }
  const re = /(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)/gy;
  let total = 0;
  let consumed = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    total += Number(m[1]) * UNIT_MS[m[2]];
    consumed = re.lastIndex;
  }
  if (consumed !== s.length || s.length === 0) {
    throw new RangeError(`Cannot convert '${text}' to a duration: use a number with a unit (ms, s, m, h, d, w), e.g. '3d' or '1d12h', or a TimeSpan such as '01:30:00'.`);
  }
  return Math.round(total);
}

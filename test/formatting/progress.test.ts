/**
 * The Minimal progress view, against what pwsh 7.6.10 wrote to a terminal (captured with `script`
 * and tmux): `<activity> [<status in reverse video up to the percent>   <n>s]` in bold yellow.
 */
import { describe, expect, it } from 'vitest';
import { PendingProgress, renderProgressLine } from '../../src/formatting/progress';
import type { ProgressRecord } from '../../src/engine/host';

const rec = (over: Partial<ProgressRecord> & { activity: string }): ProgressRecord => ({
  activityId: 0,
  parentActivityId: -1,
  statusDescription: 'Processing',
  currentOperation: null,
  percentComplete: -1,
  secondsRemaining: -1,
  recordType: 'Processing',
  sourceId: 0,
  ...over,
});
const sp = (n: number) => ' '.repeat(n);
const Y = '\x1b[33;1m';
const R = '\x1b[7m';
const OFF = '\x1b[27m';
const Z = '\x1b[0m';

describe('renderProgressLine (Minimal view)', () => {
  it('80 columns, 20%: the bar is 75 cells, 15 of them reversed', () => {
    // pwsh: Write-Progress -Activity A -Status S -PercentComplete 20
    expect(renderProgressLine(rec({ activity: 'A', statusDescription: 'S', percentComplete: 20 }), 0, 80)).toBe(`${Y}A [${R}S${sp(14)}${OFF}${sp(59)}]${Z}`);
  });

  it('120 columns with seconds remaining at the end of the bar; CurrentOperation not shown', () => {
    const r = rec({ activity: 'Migration report', statusDescription: 'Processing user 3 of 10', percentComplete: 30, secondsRemaining: 75, currentOperation: 'alice@contoso.com' });
    expect(renderProgressLine(r, 0, 120)).toBe(`${Y}Migration report [${R}Processing user 3 of 10${sp(7)}${OFF}${sp(66)}75s]${Z}`);
  });

  it('100% (and no percent) reverses the whole bar', () => {
    expect(renderProgressLine(rec({ activity: 'Copying', statusDescription: 'Item 4', percentComplete: 100, secondsRemaining: 6 }), 0, 100)).toBe(`${Y}Copying [${R}Item 4${sp(80)}6s${OFF}]${Z}`);
    expect(renderProgressLine(rec({ activity: 'Other', statusDescription: 'y' }), 0, 100)).toBe(`${Y}Other [${R}y${sp(89)}${OFF}]${Z}`);
  });

  it('never wider than $PSStyle.Progress.MaxWidth (120)', () => {
    const line = renderProgressLine(rec({ activity: 'A', statusDescription: 'S', percentComplete: 50 }), 0, 200);
    expect(line.replace(/\x1b\[[0-9;]*m/g, '')).toHaveLength(118);
  });

  it('cuts a long activity at half the width and a long status with an ellipsis', () => {
    const line = renderProgressLine(rec({ activity: 'x'.repeat(70), statusDescription: 'y'.repeat(100), secondsRemaining: 5 }), 0, 80);
    const plain = line.replace(/\x1b\[[0-9;]*m/g, '');
    expect(plain).toBe(`${'x'.repeat(39)}\u2026 [${'y'.repeat(32)}\u20265s]`);
  });
});

describe('PendingProgress', () => {
  const plain = (p: PendingProgress) => p.render(100).map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').replace(/ +\]$/, ']'));

  it('lists activities oldest first, children indented under their parent', () => {
    const p = new PendingProgress();
    p.update(rec({ activityId: 1, activity: 'Outer', statusDescription: 'Batch 1', percentComplete: 50 }));
    p.update(rec({ activityId: 2, parentActivityId: 1, activity: 'Inner', statusDescription: 'User a', percentComplete: 10 }));
    p.update(rec({ activityId: 3, activity: 'Other', statusDescription: 'x' }));
    p.update(rec({ activityId: 3, activity: 'Other', statusDescription: 'y' }));
    expect(plain(p)).toEqual(['Outer [Batch 1]', '  Inner [User a]', 'Other [y]']);
    // pwsh: the inner bar is 100 - 5 - 2 - 4 = 89 cells, 10% of it reversed.
    expect(p.render(100)[1]).toBe(`  ${Y}Inner [${R}User a${sp(2)}${OFF}${sp(80)}]${Z}`);
  });

  it('a completed activity leaves; its children take its place', () => {
    const p = new PendingProgress();
    p.update(rec({ activityId: 1, activity: 'Outer' }));
    p.update(rec({ activityId: 2, parentActivityId: 1, activity: 'Inner' }));
    p.update(rec({ activityId: 3, activity: 'Other' }));
    p.update(rec({ activityId: 1, activity: 'Outer', recordType: 'Completed' }));
    expect(plain(p)).toEqual(['Inner [Processing]', 'Other [Processing]']);
    p.update(rec({ activityId: 2, activity: 'Inner', recordType: 'Completed' }));
    p.update(rec({ activityId: 3, activity: 'Other', recordType: 'Completed' }));
    expect(p.empty).toBe(true);
  });

  it('keys activities by source and id', () => {
    const p = new PendingProgress();
    p.update(rec({ activity: 'Script' }));
    p.update(rec({ activity: 'Clock', sourceId: 9 }));
    expect(plain(p)).toEqual(['Script [Processing]', 'Clock [Processing]']);
    p.update(rec({ activity: 'Script', recordType: 'Completed' }));
    expect(plain(p)).toEqual(['Clock [Processing]']);
  });
});

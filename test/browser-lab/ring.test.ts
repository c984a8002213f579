import { describe, expect, it } from 'vitest';
import { createRingBuffer, FRAME_CONTROL, FRAME_KEYS, RingReader, RingWriter } from '../../web/ring';

describe("the browser lab's keyboard ring", () => {
  it('carries keys and control frames in order, UTF-8 whole', () => {
    const sab = createRingBuffer(64);
    const w = new RingWriter(sab);
    const r = new RingReader(sab);
    w.send(FRAME_KEYS, 'Get-Mailbox\r');
    w.send(FRAME_CONTROL, '{"type":"check","step":2}');
    expect(r.take(0)).toEqual([
      { kind: FRAME_KEYS, text: 'Get-Mailbox\r' },
      { kind: FRAME_CONTROL, text: '{"type":"check","step":2}' },
    ]);
    expect(r.take(0)).toEqual([]);
  });

  it('wraps around its end and holds back what does not fit until read', () => {
    const sab = createRingBuffer(32);
    const w = new RingWriter(sab);
    const r = new RingReader(sab);
    const got: string[] = [];
    for (let i = 0; i < 20; i++) {
      w.send(FRAME_KEYS, `é${i}€`);
      if (i % 3 === 2) got.push(...r.take(0).map((f) => f.text));
    }
    while (!w.flush()) got.push(...r.take(0).map((f) => f.text));
    got.push(...r.take(0).map((f) => f.text));
    expect(got).toEqual(Array.from({ length: 20 }, (_, i) => `é${i}€`));
  });

  it('shares the terminal width', () => {
    const sab = createRingBuffer();
    new RingWriter(sab).columns = 132;
    expect(new RingReader(sab).columns).toBe(132);
  });

  it('waits for a frame up to a timeout', () => {
    const r = new RingReader(createRingBuffer());
    expect(r.take(5)).toEqual([]);
  });
});

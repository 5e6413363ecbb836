import { inOrder } from '../../src/http/batch';

/** Items whose tasks finish only when the test says so, in any order. */
function controllable() {
  const pending = new Map<number, () => void>();
  let inFlight = 0;
  let maxInFlight = 0;
  const run = (i: number) =>
    new Promise<number>((resolve) => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      pending.set(i, () => {
        inFlight -= 1;
        resolve(i);
      });
    });
  const finish = async (i: number) => {
    pending.get(i)?.();
    pending.delete(i);
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { run, finish, started: () => [...pending.keys()], maxInFlight: () => maxInFlight };
}

describe('inOrder', () => {
  it('yields in input order though later items finish first, with at most 2 × width in flight', async () => {
    const c = controllable();
    const out: number[] = [];
    const done = (async () => {
      for await (const r of inOrder([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 2, c.run, new AbortController().signal)) out.push(r);
    })();
    await new Promise((resolve) => setImmediate(resolve));
    expect(c.started()).toEqual([0, 1, 2, 3]);
    await c.finish(3);
    await c.finish(2);
    expect(out).toEqual([]); // 0 still runs: nothing may overtake it
    expect(c.started()).toEqual([0, 1, 4, 5]); // but the workers it freed went on
    for (const i of [0, 1, 4, 5, 6, 7, 8, 9]) await c.finish(i);
    await done;
    expect(out).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(c.maxInFlight()).toBe(4);
  });

  it('holds at most 4 × width results behind a slow head', async () => {
    const c = controllable();
    void (async () => {
      for await (const _ of inOrder(Array.from({ length: 100 }, (_, i) => i), 1, c.run, new AbortController().signal)) void _;
    })();
    await new Promise((resolve) => setImmediate(resolve));
    for (let i = 1; i < 10; i++) await c.finish(i);
    // 0 blocks the line: 1..3 are done and held, 0 runs, nothing more starts.
    expect(c.started()).toEqual([0]);
    for (let i = 0; i < 100; i++) await c.finish(i);
  });

  it('starts nothing more once aborted', async () => {
    const c = controllable();
    const hangUp = new AbortController();
    const out: number[] = [];
    const done = (async () => {
      for await (const r of inOrder([0, 1, 2, 3, 4, 5, 6, 7], 1, c.run, hangUp.signal)) out.push(r);
    })();
    await new Promise((resolve) => setImmediate(resolve));
    await c.finish(0);
    hangUp.abort();
    await c.finish(1);
    await done;
    expect(out).toEqual([0]);
    expect(c.started()).toEqual([2]); // the one already in flight when the client left; none after
  });
});

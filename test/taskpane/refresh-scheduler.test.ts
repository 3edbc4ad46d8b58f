import { createRefreshScheduler, type Timers } from "../../src/taskpane/refresh-scheduler";

/** A manual clock: timers fire only when the test advances time. */
function fakeTimers(): Timers & { advance(ms: number): void; pending(): number } {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  return {
    setTimeout: (callback, ms) => {
      const id = nextId++;
      timers.set(id, { at: now + ms, callback });
      return id;
    },
    clearTimeout: (handle) => {
      timers.delete(handle as number);
    },
    advance(ms) {
      now += ms;
      for (const [id, timer] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
        if (timer.at <= now) {
          timers.delete(id);
          timer.callback();
        }
      }
    },
    pending: () => timers.size,
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("createRefreshScheduler", () => {
  it("given a burst of change events, refreshes once after the quiet time", async () => {
    const clock = fakeTimers();
    let refreshes = 0;
    const scheduler = createRefreshScheduler(async () => void (refreshes += 1), clock, 400);
    for (let i = 0; i < 10; i += 1) {
      scheduler.request();
      clock.advance(100);
    }
    expect(refreshes).toBe(0);
    clock.advance(400);
    await settle();
    expect(refreshes).toBe(1);
  });

  it("given a change during a refresh, runs exactly one more after it, never two at once", async () => {
    const clock = fakeTimers();
    let active = 0;
    let maxActive = 0;
    let refreshes = 0;
    let release: () => void = () => undefined;
    const scheduler = createRefreshScheduler(
      () =>
        new Promise<void>((resolve) => {
          active += 1;
          refreshes += 1;
          maxActive = Math.max(maxActive, active);
          release = () => {
            active -= 1;
            resolve();
          };
        }),
      clock,
      400,
    );
    scheduler.request();
    clock.advance(400);
    scheduler.request();
    clock.advance(400);
    scheduler.request();
    clock.advance(400);
    expect(refreshes).toBe(1);
    release();
    await settle();
    clock.advance(400);
    await settle();
    release();
    await settle();
    expect([refreshes, maxActive, clock.pending()]).toEqual([2, 1, 0]);
  });

  it("given flush, refreshes now and cancels the pending one", async () => {
    const clock = fakeTimers();
    let refreshes = 0;
    const scheduler = createRefreshScheduler(async () => void (refreshes += 1), clock, 400);
    scheduler.request();
    await scheduler.flush();
    clock.advance(1000);
    await settle();
    expect(refreshes).toBe(1);
  });

  it("after dispose, ignores change events", async () => {
    const clock = fakeTimers();
    let refreshes = 0;
    const scheduler = createRefreshScheduler(async () => void (refreshes += 1), clock, 400);
    scheduler.request();
    scheduler.dispose();
    scheduler.request();
    clock.advance(1000);
    await settle();
    expect([refreshes, clock.pending()]).toEqual([0, 0]);
  });
});

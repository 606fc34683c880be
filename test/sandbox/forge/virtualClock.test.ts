import { jest } from '@jest/globals';
import { installClockSeam, VirtualClock } from '../../../sandbox/forge/virtualClock.js';

describe('VirtualClock', () => {
  it('fires timers in time order as advance passes them, each at its own virtual time', async () => {
    const clock = new VirtualClock({ startAt: 0 });
    const fired: Array<[string, number]> = [];
    clock.schedule(3_000, () => void fired.push(['b', clock.now()]));
    clock.schedule(1_000, () => void fired.push(['a', clock.now()]));
    clock.schedule(9_000, () => void fired.push(['c', clock.now()]));
    await clock.advance(5_000);
    expect(fired).toEqual([
      ['a', 1_000],
      ['b', 3_000],
    ]);
    expect(clock.now()).toBe(5_000);
  });

  it('runs a timer scheduled by a timer when advance reaches it', async () => {
    const clock = new VirtualClock({ startAt: 0 });
    const fired: number[] = [];
    clock.schedule(1_000, async () => {
      await Promise.resolve();
      clock.schedule(clock.now() + 1_000, () => void fired.push(clock.now()));
    });
    await clock.advance(2_000);
    expect(fired).toEqual([2_000]);
  });

  it('does not fire a cancelled timer', async () => {
    const clock = new VirtualClock({ startAt: 0 });
    const fired: number[] = [];
    const id = clock.schedule(10, () => void fired.push(1));
    clock.cancel(id);
    await clock.advance(100);
    expect(fired).toEqual([]);
  });

  it('refuses to go backwards', async () => {
    await expect(new VirtualClock().advance(-1)).rejects.toThrow('backwards');
  });

  it('runs at --speed 60 as one virtual minute per real second', () => {
    jest.useFakeTimers({ now: 0 });
    try {
      const clock = new VirtualClock({ startAt: 0 });
      clock.start(60);
      jest.advanceTimersByTime(1_000);
      expect(clock.now()).toBe(60_000);
      clock.stop();
      jest.advanceTimersByTime(1_000);
      expect(clock.now()).toBe(60_000);
    } finally {
      jest.useRealTimers();
    }
  });

  it('exposes now() to app code through globalThis.__sandbox_clock__ until uninstalled', async () => {
    const clock = new VirtualClock({ startAt: 1_000 });
    const uninstall = installClockSeam(clock);
    await clock.advance(500);
    expect(globalThis.__sandbox_clock__?.now()).toBe(1_500);
    uninstall();
    expect(globalThis.__sandbox_clock__).toBeUndefined();
  });
});

import type { Clock } from '../../ports/queue.js';

interface ClockSeam {
  now(): number;
}

/**
 * The app's one time seam. On Forge it is the wall clock; the local sandbox installs a virtual
 * clock at `globalThis.__sandbox_clock__` so SLAs, timers and the app agree on the time.
 */
export const forgeClock: Clock = {
  now(): number {
    const seam = (globalThis as { __sandbox_clock__?: ClockSeam }).__sandbox_clock__;
    return seam ? seam.now() : Date.now();
  },
};

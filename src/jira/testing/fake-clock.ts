/** A clock whose sleeps return at once and move time on, recording each wait. */
import type { Clock } from '../timing';

export interface FakeClock extends Clock {
  readonly sleeps: number[];
  advance(ms: number): void;
}

export const createFakeClock = (start = 1_000_000): FakeClock => {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
    advance: (ms) => {
      now += ms;
    },
  };
};

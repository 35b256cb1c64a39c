/** Writes a new newest record into the mock Jira every few milliseconds, as a busy site does, until stopped. */
import type { MockJira } from '../../testing/mock-jira';

export interface BusyWriter {
  /** Records written so far. */
  readonly written: () => number;
  readonly stop: () => void;
}

export const startBusyWriter = (jira: MockJira, everyMs = 4): BusyWriter => {
  let written = 0;
  const timer = setInterval(() => {
    jira.addRecord({ summary: 'User updated', category: 'user management' });
    written += 1;
  }, everyMs);
  return { written: () => written, stop: () => clearInterval(timer) };
};

/** Waits until the wall clock has passed `instantMs`, so nothing written afterwards can fall inside a range ending there. */
export const waitPast = async (instantMs: number): Promise<void> => {
  while (Date.now() <= instantMs) await new Promise((resolve) => setTimeout(resolve, 1));
};

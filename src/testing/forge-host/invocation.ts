/** The invocation a Forge function is running in (its caller, if any), visible to the backends behind `__forge_fetch__`. */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface Invocation {
  /** The user who invoked a resolver; absent for a scheduled trigger, which runs without a user. */
  readonly accountId?: string;
}

const running = new AsyncLocalStorage<Invocation>();

/** Runs `work` as one invocation: requests it sends are made on behalf of `invocation.accountId`. */
export const runInvocation = <T>(invocation: Invocation, work: () => Promise<T>): Promise<T> =>
  running.run(invocation, work);

/** The invocation the current async call chain belongs to; undefined outside any. */
export const currentInvocation = (): Invocation | undefined => running.getStore();

import type { Logger } from '@forge/cli-shared';

const debugEnabled = process.env.FORGE_CHECK_DEBUG === '1';

/** The Logger the Forge libraries expect, writing to the console (debug only with FORGE_CHECK_DEBUG=1). */
export function createCheckLogger(): Logger {
  return {
    traceEnabled: debugEnabled,
    debugEnabled,
    trace: (message) => {
      if (debugEnabled) console.log(message);
    },
    debug: (message) => {
      if (debugEnabled) console.log(message);
    },
    info: (message) => console.log(message),
    warn: (message) => console.warn(message),
    error: (error) => console.error(error.message),
  };
}

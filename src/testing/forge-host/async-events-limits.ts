/**
 * What Forge refuses in one push (https://developer.atlassian.com/platform/forge/runtime-reference/async-events-api/,
 * "A maximum of 50 events can be pushed per request, up to a maximum combined payload of 200 KB", delay up to 15
 * minutes). @forge/events checks the same before sending; the host refuses what reaches it past that check, with the
 * texts @forge/events uses, and a 413 for size, which @forge/events turns into its PayloadTooBigError.
 */

export const PUSH_LIMITS = { events: 50, kilobytes: 200, delaySeconds: 900 } as const;

export interface PushRefusal {
  readonly status: 400 | 413;
  readonly body: { readonly message?: string; readonly errorMessage?: string };
}

/** `sent` is the push's events as they arrived, `events` the same read by the host. */
export const checkPush = (
  sent: readonly unknown[],
  events: readonly { readonly delayInSeconds?: number | undefined }[],
): PushRefusal | undefined => {
  if (events.length === 0) return { status: 400, body: { message: 'No events pushed.' } };
  if (events.length > PUSH_LIMITS.events)
    return {
      status: 400,
      body: {
        message: `This push contains more than the ${PUSH_LIMITS.events} events allowed.`,
      },
    };
  const delays = events.map((event) => event.delayInSeconds ?? 0);
  if (delays.some((delay) => delay < 0 || delay > PUSH_LIMITS.delaySeconds))
    return {
      status: 400,
      body: { message: 'The delayInSeconds setting must be between 0 and 900.' },
    };
  if (Buffer.byteLength(JSON.stringify(sent)) / 1024 > PUSH_LIMITS.kilobytes)
    return {
      status: 413,
      body: { errorMessage: `The maximum payload size is ${PUSH_LIMITS.kilobytes}KB.` },
    };
  return undefined;
};

/** A deterministic, realistic audit log (records newest first) and the users who wrote it. */
import type { CleanWireAuditRecord as RawAuditRecord } from '../../jira/schemas';
import { formatJiraDate } from './jira-date';
import { createRandom, type Random } from './prng';
import { randomEvent } from './record-templates';
import type { MockUser } from './types';
import { DESCRIPTIONS, DISPLAY_NAMES, EVENT_SOURCES } from './vocabulary';

export interface GenerateOptions {
  count: number;
  seed: number;
  end: Date;
  spanDays: number;
  authorCount: number;
}

const DAY_MS = 86_400_000;

// Cloud account ids come in the old 24-hex form and the newer `<org>:<uuid>` form.
const accountId = (random: Random): string =>
  random.chance(0.5)
    ? random.hex(24)
    : `${random.pick(['557058', '712020', '5d53f3cb'])}:${random.uuid()}`;

const generateUsers = (random: Random, count: number): MockUser[] =>
  Array.from({ length: count }, (_, index) => {
    const base = DISPLAY_NAMES[index % DISPLAY_NAMES.length] ?? 'User';
    const round = Math.floor(index / DISPLAY_NAMES.length);
    return {
      accountId: accountId(random),
      displayName: round === 0 ? base : `${base} ${round + 1}`,
      ...(random.chance(0.1) ? { active: false } : {}),
    };
  });

const ipAddress = (random: Random): string =>
  random.chance(0.85)
    ? `${random.int(1, 223)}.${random.int(0, 255)}.${random.int(0, 255)}.${random.int(1, 254)}`
    : `2001:db8:${random.hex(4)}::${random.hex(4)}`;

export const generateAuditLog = ({ count, seed, end, spanDays, authorCount }: GenerateOptions) => {
  const random = createRandom(seed);
  const users = generateUsers(random, authorCount);
  const endMs = end.getTime();
  const times = Array.from(
    { length: count },
    () => endMs - Math.floor(random.next() * spanDays * DAY_MS),
  ).sort((a, b) => a - b);
  let id = 10_000 + random.int(0, 500);
  const ascending = times.map((time): RawAuditRecord => {
    id += random.int(1, 3);
    const { system, ...event } = randomEvent({ random, users });
    const author = !system && users.length > 0 ? random.pick(users) : undefined;
    const eventSourceRoll = random.next();
    return {
      id,
      summary: event.summary,
      created: formatJiraDate(time),
      category: event.category,
      // Usually "", sometimes a plugin, now and then left out entirely.
      ...(eventSourceRoll < 0.05
        ? {}
        : { eventSource: eventSourceRoll < 0.9 ? '' : random.pick(EVENT_SOURCES) }),
      ...(random.chance(0.04) ? { description: random.pick(DESCRIPTIONS) } : {}),
      ...(author ? { remoteAddress: ipAddress(random), authorAccountId: author.accountId } : {}),
      ...(author && random.chance(0.3) ? { authorKey: `JIRAUSER${random.int(10000, 10999)}` } : {}),
      ...(event.objectItem ? { objectItem: event.objectItem } : {}),
      ...(event.changedValues && !random.chance(0.1) ? { changedValues: event.changedValues } : {}),
      ...(event.associatedItems ? { associatedItems: event.associatedItems } : {}),
    };
  });
  return { records: ascending.reverse(), users };
};

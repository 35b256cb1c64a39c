/** Building blocks of generated events: the items and changes Jira records, shaped as real sites show them. */
import type {
  CleanWireChange as RawChangedValue,
  CleanWireItem as RawAuditItem,
} from '../../jira/schemas';
import type { Random } from './prng';
import type { MockUser } from './types';
import * as words from './vocabulary';

export interface TemplateContext {
  readonly random: Random;
  readonly users: readonly MockUser[];
}

export const userItem = ({ random, users }: TemplateContext): RawAuditItem => {
  const user = users.length > 0 && random.chance(0.7) ? random.pick(users) : undefined;
  const accountId = user?.accountId ?? `${random.int(557057, 712020)}:${random.uuid()}`;
  return {
    id: accountId,
    name: accountId,
    typeName: 'USER',
    parentId: words.DIRECTORY.id,
    parentName: words.DIRECTORY.name,
  };
};

// Cloud groups are often opaque ids; groups have no objectItem.id most of the time.
export const groupItem = ({ random }: TemplateContext): RawAuditItem => ({
  ...(random.chance(0.3) ? { id: random.uuid() } : {}),
  name: random.chance(0.4) ? `ug:${random.uuid()}` : random.pick(words.GROUP_NAMES),
  typeName: 'GROUP',
  parentId: words.DIRECTORY.id,
  parentName: words.DIRECTORY.name,
});

export const projectItem = ({ random }: TemplateContext): RawAuditItem => ({
  id: String(random.int(10000, 10099)),
  name: random.pick(words.PROJECT_NAMES),
  typeName: 'PROJECT',
});

export const named = (typeName: string, name: string, random: Random): RawAuditItem => ({
  id: String(random.int(10000, 19999)),
  name,
  typeName,
});

export const change = (
  fieldName: string,
  changedTo: string,
  changedFrom?: string,
): RawChangedValue => ({
  fieldName,
  ...(changedFrom !== undefined ? { changedFrom } : {}),
  changedTo,
});

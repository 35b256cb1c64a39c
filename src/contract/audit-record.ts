/** Audit record shapes as the resolver returns them: Jira's field names and values, plus `author`. */

export interface AuditItem {
  readonly id?: string;
  readonly name: string;
  readonly typeName: string;
  readonly parentId?: string;
  readonly parentName?: string;
}

export interface ChangedValue {
  readonly fieldName: string;
  readonly changedFrom?: string;
  readonly changedTo?: string;
}

export interface AuditAuthor {
  readonly accountId: string;
  readonly displayName: string;
  readonly avatarUrl?: string;
}

export interface AuditRecord {
  readonly id: number;
  readonly summary: string;
  readonly created: string;
  readonly category: string;
  readonly eventSource: string;
  readonly description?: string;
  readonly remoteAddress?: string;
  readonly authorAccountId?: string;
  readonly objectItem?: AuditItem;
  readonly changedValues: readonly ChangedValue[];
  readonly associatedItems: readonly AuditItem[];
  readonly author?: AuditAuthor;
}

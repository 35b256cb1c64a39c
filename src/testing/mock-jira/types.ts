/** The mock Jira's public API, shared by the resolver tests, the admin page tests and the local preview. */
import type { CleanWireAuditRecord as RawAuditRecord } from '../../jira/schemas';

export type { RawAuditRecord };

export interface MockUser {
  accountId: string;
  displayName: string;
  active?: boolean;
}

export interface MockJiraOptions {
  records?: RawAuditRecord[];
  users?: MockUser[];
}

export interface MockJiraPermissions {
  /**
   * Account ids holding Administer Jira. When given, an asUser audit request from anyone else (the invocation's
   * caller, src/testing/forge-host/invocation.ts) gets 403, as real Jira answers a non-admin.
   */
  admins?: string[];
}

/**
 * A failure the mock plays for the next `times` matching requests (all of them while set, when `times` is absent).
 * `path` limits it to one endpoint. A 429 always carries `Retry-After` (default 1 s); other statuses only when
 * `retryAfter` is given.
 */
export type MockFault =
  | {
      kind: 'status';
      status: number;
      retryAfter?: number;
      times?: number;
      /** Answer this many matching requests normally first (access taken away while the page is open). */
      after?: number;
      path?: 'audit' | 'users';
    }
  | { kind: 'malformed-json'; times?: number; path?: 'audit' | 'users' }
  | { kind: 'truncated-body'; times?: number; path?: 'audit' | 'users' }
  | { kind: 'needs-auth'; times?: number }
  | { kind: 'slow'; delayMs: number; times?: number; path?: 'audit' | 'users' };

export interface MockRequest {
  provider: 'user' | 'app';
  path: string;
  url: URL;
  status: number;
}

export interface MockJira {
  /** Sets `globalThis.__forge_fetch__` so the real `@forge/api` `requestJira` and `route` run against the mock. */
  install(): void;
  uninstall(): void;
  /** What install() wires: Forge's `__forge_fetch__(target, path, init)`. */
  fetch(target: unknown, path: string, init?: RequestInit): Promise<Response>;
  readonly requests: readonly MockRequest[];
  clearRequests(): void;
  /** A new newest record: next id, `created` = now unless given. */
  addRecord(partial?: Partial<RawAuditRecord>): RawAuditRecord;
  /** `times` = how many requests fail, then normal; without `times` until cleared; `undefined` clears. */
  setFault(fault: MockFault | undefined): void;
  /** Newest first. */
  allRecords(): readonly RawAuditRecord[];
}

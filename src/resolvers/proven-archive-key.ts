/**
 * The order every archive read follows, written once: parse the payload (a BAD_REQUEST costs no query and no Jira
 * call), then prove with an asUser request that Jira would show this caller the audit log, and only then serve from
 * the archive. Privilege never grows: the archive is read as the app, so nothing is served without that proof.
 */
import type { Failure } from '../contract';
import type { ArchiveDeps } from '../archive/archive-deps';
import type { JiraDeps } from '../jira/jira-deps';
import { startJiraSession, type JiraSession } from '../jira/jira-session';
import type { Parsed } from './parse-payload';

export const provenArchiveKey =
  <Query, Result>(
    parse: (payload: unknown) => Parsed<Query>,
    serve: (archive: ArchiveDeps, session: JiraSession, query: Query) => Promise<Result>,
  ) =>
  async (
    deps: JiraDeps,
    archive: ArchiveDeps,
    payload: unknown,
    accountId: string | undefined,
  ): Promise<Result | Failure> => {
    const parsed = parse(payload);
    if (!parsed.ok) return parsed;
    const session = startJiraSession('user', deps);
    const proof = await archive.proofs.prove(session, accountId);
    if (!proof.ok) return proof;
    return serve(archive, session, parsed.value);
  };

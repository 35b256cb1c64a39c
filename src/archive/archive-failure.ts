/** What an archive entry answers when the database fails: the contract's JIRA_ERROR, retryable when it may pass. */
import { NeedsAuthenticationError } from '@forge/api';
import { failure, type Failure } from '../contract';
import { toArchiveDbError } from './archive-db';

export const archiveFailure = (error: unknown): Failure => {
  const { retryable } = toArchiveDbError(error);
  return retryable
    ? failure(
        'JIRA_ERROR',
        "The app's audit archive (its Forge SQL database) did not answer in time. Try again in a minute.",
        { retryable },
      )
    : failure(
        'JIRA_ERROR',
        "The app's audit archive (its Forge SQL database) could not run a request. If this keeps happening, contact the app's support.",
        { retryable },
      );
};

/**
 * Runs an entry's archive work and answers a database failure as the contract's failure. Nothing about the failure
 * is logged (statements and their errors can hold record text); missing consent still reaches Forge.
 */
export const guardArchive = async <T>(work: () => Promise<T | Failure>): Promise<T | Failure> => {
  try {
    return await work();
  } catch (error) {
    if (error instanceof NeedsAuthenticationError) throw error;
    return archiveFailure(error);
  }
};

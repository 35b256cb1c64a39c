/** A failed search: what happened and what the admin can do, said once, with Retry as its action when it can help. */
import React from 'react';
import { SectionMessage, SectionMessageAction, Stack, Text } from '@forge/react';
import { ADVICE_SAYS_IT_ALL, plainMessage } from './error-text';
import type { PageError } from './page-state';
import { strings, type PageErrorCode } from './strings';

export interface SearchErrorMessageProps {
  readonly error: PageError;
  readonly onRetry: () => void;
}

// Waiting fixes a rate limit and a bad request is the admin's to change; the rest block reading the log.
const APPEARANCE: Record<PageErrorCode, 'warning' | 'error'> = {
  BAD_REQUEST: 'warning',
  RATE_LIMITED: 'warning',
  UNAUTHORIZED: 'error',
  FORBIDDEN: 'error',
  JIRA_ERROR: 'error',
  UNREACHABLE: 'error',
};

export const SearchErrorMessage = ({ error, onRetry }: SearchErrorMessageProps) => (
  <SectionMessage
    testId="search-error"
    appearance={APPEARANCE[error.code]}
    title={strings.errors.titles[error.code]}
    actions={
      error.retryable
        ? [
            <SectionMessageAction key="retry" testId="retry-search" onClick={onRetry}>
              {strings.errors.retry}
            </SectionMessageAction>,
          ]
        : undefined
    }
  >
    <Stack space="space.100">
      <Text>{strings.errors.advice[error.code]}</Text>
      {!ADVICE_SAYS_IT_ALL.has(error.code) && (
        <Text>{strings.errors.fromApp(plainMessage(error.message))}</Text>
      )}
    </Stack>
  </SectionMessage>
);

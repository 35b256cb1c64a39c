/** A failed search: what happened, what the admin can do, the app's own message, and Retry when it can help. */
import React from 'react';
import { Button, SectionMessage, Stack, Text } from '@forge/react';
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
  >
    <Stack space="space.100">
      <Text>{strings.errors.advice[error.code]}</Text>
      <Text>{strings.errors.fromApp(error.message)}</Text>
      {error.retryable && (
        <Button testId="retry-search" onClick={onRetry}>
          {strings.errors.retry}
        </Button>
      )}
    </Stack>
  </SectionMessage>
);

/** No record matches the search: say what to try. */
import React from 'react';
import { EmptyState } from '@forge/react';
import { strings } from './strings';

export const EmptyResult = () => (
  <EmptyState
    testId="empty-result"
    header={strings.empty.header}
    description={strings.empty.description}
  />
);

/** No record matches the search: advice that names only what the admin narrowed (empty-advice.ts). */
import React from 'react';
import { EmptyState } from '@forge/react';
import type { EmptyAdvice } from './empty-advice';

export const EmptyResult = ({ advice }: { readonly advice: EmptyAdvice }) => (
  <EmptyState testId="empty-result" header={advice.header} description={advice.description} />
);

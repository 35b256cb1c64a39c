/** The page's call for the activity chart, through the same typed, validated bridge client as the table. */
import type { ActivitySummaryQueryInput, ActivitySummaryResult } from '../contract';
import { invokeResolver } from './bridge-client';

export interface ActivityClient {
  getActivitySummary(payload: ActivitySummaryQueryInput): Promise<ActivitySummaryResult>;
}

export const activityClient: ActivityClient = {
  getActivitySummary: (payload) => invokeResolver('getActivitySummary', payload),
};

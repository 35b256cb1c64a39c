/** What an endpoint of the mock answers, before faults and transport. */
export interface EndpointResult {
  readonly status: number;
  readonly body: string;
  readonly contentType: string;
}

export const jsonResult = (status: number, body: unknown): EndpointResult => ({
  status,
  body: JSON.stringify(body),
  contentType: 'application/json;charset=UTF-8',
});

/** Jira's usual error body. */
export const errorResult = (status: number, message: string): EndpointResult =>
  jsonResult(status, { errorMessages: [message], errors: {} });

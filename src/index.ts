/** Forge function entries (manifest.yml): `index.handler`, the resolver behind the admin page. */
import { createJiraDeps } from './jira/jira-deps';
import { createResolverHandler } from './resolvers';

/** One set per function instance: a warm instance keeps its author cache between invocations. */
const deps = createJiraDeps();

export const handler = createResolverHandler(deps);

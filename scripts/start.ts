/** `npm start`: the local preview of the admin page against a mock Jira (see preview/server.ts for options). */
import { main } from '../preview/server';

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

/** Forge function entry (`index.handler` in manifest.yml): the resolver behind the admin page. */
export { handler } from './resolvers';

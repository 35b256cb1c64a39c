/** The app's UI Kit entry, resolved by the preview bundler from manifest.yml. */
declare module 'forge-app-entry';

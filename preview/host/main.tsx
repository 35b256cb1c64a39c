/** Browser entry: the fake bridge first, then the app's real UI Kit entry (resolved by the bundler). */
import './install-host';
import 'forge-app-entry';

import type { StatsigService } from '@forge/cli-shared';

/** The flag calls the offline checks reach; each answers as a logged-out CLI with no experiments. */
type OfflineFlags = Pick<
  StatsigService,
  'getDeprecatedRuntimes' | 'isTypescriptBundlerEnabled' | 'testForgeCliBundleRuntimeLoaderGate'
>;

const offlineFlags: OfflineFlags = {
  getDeprecatedRuntimes: async () => [],
  isTypescriptBundlerEnabled: async () => false,
  testForgeCliBundleRuntimeLoaderGate: async () => false,
};

/**
 * Stands in for the CLI's StatsigService, which needs a login and the network. The libraries
 * only call the methods above; a call to any other would throw, which is the signal we want.
 */
export const offlineFeatureFlags = offlineFlags as unknown as StatsigService;

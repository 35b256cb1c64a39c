import { ConfigFile, FileSystemReader, FileSystemWriter } from '@forge/cli-shared';
import type { ManifestSchema } from '@forge/manifest';

/** The app's manifest as the CLI reads it; call inside `inAppDirectory`. */
export interface ForgeApp {
  readonly reader: FileSystemReader;
  readonly configFile: ConfigFile;
  readonly manifest: ManifestSchema;
}

export async function openForgeApp(): Promise<ForgeApp> {
  const reader = new FileSystemReader();
  const configFile = new ConfigFile(reader, new FileSystemWriter());
  return { reader, configFile, manifest: await configFile.readConfig() };
}

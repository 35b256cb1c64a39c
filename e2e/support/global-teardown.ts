/** Stops the preview server started by global-setup. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__PREVIEW_PROCESS__?.stop();
}

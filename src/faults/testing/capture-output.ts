/** What the app writes to the console and the process streams, for checking that nothing secret reaches logs. */

/** Everything written through console.* and process.stdout/stderr while `work` runs. */
export const captureOutput = async (work: () => Promise<void>): Promise<string> => {
  const written: string[] = [];
  const keep = (...args: unknown[]) => {
    written.push(
      args
        .map((arg) => (typeof arg === 'string' ? arg : (JSON.stringify(arg) ?? String(arg))))
        .join(' '),
    );
  };
  const spies = [
    ...(['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((method) =>
      jest.spyOn(console, method).mockImplementation(keep),
    ),
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
      keep(String(chunk));
      return true;
    }),
    jest.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => {
      keep(String(chunk));
      return true;
    }),
  ];
  try {
    await work();
  } finally {
    spies.forEach((spy) => spy.mockRestore());
  }
  return written.join('\n');
};

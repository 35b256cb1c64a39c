/** Sets environment variables for the length of a check; the returned function puts them back. */
export function overrideEnv(values: Readonly<Record<string, string>>): () => void {
  const saved = Object.keys(values).map((name) => [name, process.env[name]] as const);
  Object.assign(process.env, values);
  return () => {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}

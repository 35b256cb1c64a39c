/** CPU time per call, measured in interleaved rounds so a busy neighbour hits baseline and subject alike. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A full GC before a memory measurement, so garbage from earlier benchmarks does not hide or inflate the peak.
setFlagsFromString('--expose-gc');
export const collectGarbage = runInNewContext('gc') as () => void;

const cpuMicros = (): number => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Mean CPU ms of one call of `fn` over `calls` sequential calls. */
export const cpuMsPerCall = async (fn: () => unknown, calls: number): Promise<number> => {
  const start = cpuMicros();
  for (let index = 0; index < calls; index += 1) await fn();
  return (cpuMicros() - start) / 1000 / calls;
};

export interface Contender {
  readonly name: string;
  readonly run: () => unknown;
}

export interface CpuSummary {
  /** The least disturbed round: on a shared machine the best estimate of the code's own cost. */
  readonly min: number;
  readonly median: number;
}

/** Each contender's CPU ms per call over `rounds`; contenders take turns within each round. */
export const compareCpu = async (
  contenders: readonly Contender[],
  { rounds = 15, callsPerRound = 10, warmupCalls = 20 } = {},
): Promise<Map<string, CpuSummary>> => {
  for (const contender of contenders) await cpuMsPerCall(contender.run, warmupCalls);
  const samples = new Map(contenders.map((contender) => [contender.name, [] as number[]]));
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 === 0 ? contenders : [...contenders].reverse();
    for (const contender of order)
      samples.get(contender.name)!.push(await cpuMsPerCall(contender.run, callsPerRound));
  }
  return new Map(
    [...samples].map(([name, values]) => [
      name,
      { min: Math.min(...values), median: median(values) },
    ]),
  );
};

/** Samples heap, RSS and memory outside the JS heap (Blob and Buffer data) every `everyMs` while `work` runs. */
export const withPeakMemory = async <T>(
  work: () => Promise<T>,
  everyMs = 20,
): Promise<{
  result: T;
  startHeap: number;
  peakHeap: number;
  startRss: number;
  peakRss: number;
  startExternal: number;
  peakExternal: number;
}> => {
  collectGarbage();
  const start = process.memoryUsage();
  let peakHeap = start.heapUsed;
  let peakRss = start.rss;
  let peakExternal = start.external;
  const sample = () => {
    const now = process.memoryUsage();
    peakHeap = Math.max(peakHeap, now.heapUsed);
    peakRss = Math.max(peakRss, now.rss);
    peakExternal = Math.max(peakExternal, now.external);
  };
  const timer = setInterval(sample, everyMs);
  try {
    const result = await work();
    sample();
    return {
      result,
      startHeap: start.heapUsed,
      peakHeap,
      startRss: start.rss,
      peakRss,
      startExternal: start.external,
      peakExternal,
    };
  } finally {
    clearInterval(timer);
  }
};

/** The real content with `n` SYNTHETIC events added (benchmarks and tests only). */
export function withSyntheticEvents<T extends { events: unknown[] }>(real: T, n: number, seed?: number): T;

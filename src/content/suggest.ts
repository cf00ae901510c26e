/** Edit distance between two short strings (Levenshtein), for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}

/** The candidates closest to what was asked for: by id or any name, best first. */
export function suggest<T>(asked: string, candidates: readonly T[], keys: (c: T) => string[], limit = 3): T[] {
  const q = asked.toLowerCase().slice(0, 80);
  return candidates
    .map((c) => ({ c, d: Math.min(...keys(c).map((k) => editDistance(q, k.toLowerCase().slice(0, 80)) / Math.max(1, Math.max(q.length, k.length)))) }))
    .filter((x) => x.d < 0.6)
    .sort((x, y) => x.d - y.d)
    .slice(0, limit)
    .map((x) => x.c);
}

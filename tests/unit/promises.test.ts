import { describe, expect, it } from 'vitest';
import { onceUntilFailure, tracked } from '../../src/lib/promises';

describe('promises the app keeps', () => {
  it('runs a load once and hands every caller the same promise', async () => {
    let runs = 0;
    const load = onceUntilFailure(() => Promise.resolve(++runs));
    const first = load();
    expect(load()).toBe(first);
    expect(await first).toBe(1);
    expect(await load()).toBe(1);
    expect(runs).toBe(1);
  });

  it('forgets a load that failed, so the next call tries again', async () => {
    let runs = 0;
    const load = onceUntilFailure(() => (++runs === 1 ? Promise.reject(new Error('offline')) : Promise.resolve('here')));
    await expect(load()).rejects.toThrow('offline');
    expect(await load()).toBe('here');
    expect(runs).toBe(2);
  });

  it("marks a settled promise with what React's use() reads", async () => {
    const ok = tracked(Promise.resolve(7)) as Promise<number> & { status?: string; value?: number };
    await ok;
    await Promise.resolve();
    expect([ok.status, ok.value]).toEqual(['fulfilled', 7]);
    const failed = tracked(Promise.reject(new Error('no'))) as Promise<never> & { status?: string; reason?: unknown };
    await failed.catch(() => undefined);
    await Promise.resolve();
    expect(failed.status).toBe('rejected');
  });
});

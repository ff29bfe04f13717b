import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenFirstPaintTimed } from './first-paint-timing';

/** A stand-in for the browser's PerformanceObserver: `deliver` hands the observers an entry, as Chrome does. */
class FakeObserver {
  static supportedEntryTypes = ['largest-contentful-paint'];
  static live = new Set<FakeObserver>();
  static deliver() {
    for (const observer of FakeObserver.live) observer.callback();
  }
  constructor(private readonly callback: () => void) {}
  observe() {
    FakeObserver.live.add(this);
  }
  disconnect() {
    FakeObserver.live.delete(this);
  }
}

const firstPaint = {} as Element;

/** Whether the promise has settled by now (after the microtasks queued so far). */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

describe('whenFirstPaintTimed', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('PerformanceObserver', FakeObserver);
    vi.stubGlobal('document', { visibilityState: 'visible' });
    FakeObserver.supportedEntryTypes = ['largest-contentful-paint'];
  });
  afterEach(() => {
    FakeObserver.live.clear();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits until the browser has timed the first paint, then stops watching', async () => {
    const timed = whenFirstPaintTimed(firstPaint);
    expect(await settled(timed)).toBe(false);
    FakeObserver.deliver();
    expect(await settled(timed)).toBe(true);
    expect(FakeObserver.live.size).toBe(0);
  });

  it('waits no longer than its limit when no timing comes', async () => {
    const timed = whenFirstPaintTimed(firstPaint, 500);
    vi.advanceTimersByTime(499);
    expect(await settled(timed)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await settled(timed)).toBe(true);
    expect(FakeObserver.live.size).toBe(0);
  });

  it('does not wait when the page has no first paint (the dev server’s page)', async () => {
    expect(await settled(whenFirstPaintTimed(null))).toBe(true);
  });

  it('does not wait in a tab opened in the background, which Chrome does not time', async () => {
    vi.stubGlobal('document', { visibilityState: 'hidden' });
    expect(await settled(whenFirstPaintTimed(firstPaint))).toBe(true);
  });

  it('does not wait in a browser without Largest Contentful Paint', async () => {
    FakeObserver.supportedEntryTypes = ['paint'];
    expect(await settled(whenFirstPaintTimed(firstPaint))).toBe(true);
  });
});

/*
 * One measured page load of one target (our app or a peer page) on one dataset, in a fresh browser context.
 * The page side lives in bench/probe.js; this file drives the browser and asks the probe for its numbers.
 * Page code is only ever passed as strings, never as functions, so nothing tsx adds to compiled functions
 * reaches the browser.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { CHROMIUM_ARGS as PROJECT_CHROMIUM_ARGS } from '../scripts/chromium';
import { FIRST_ITEMS_MARK } from '../src/features/timeline/first-items-mark';
import type { FilterResult, ProbeApi, ProbeConfig, ProbeState } from './probe-api';
import type { RunResult, TargetId } from './metrics';
import { frameStats } from './statistics';

export const VIEWPORT = { width: 1280, height: 800 };
/** Launch flags: the project's (scripts/chromium.ts), plus precise heap numbers and window.gc(). */
export const CHROMIUM_ARGS = [
  ...PROJECT_CHROMIUM_ARGS,
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
];

/** Wheel steps per zoom direction, one every WHEEL_INTERVAL_MS (a brisk scroll wheel). */
const WHEEL_STEPS = 20;
const WHEEL_DELTA = 100;
const WHEEL_INTERVAL_MS = 50;
/** One drag lasts about this long; pointer moves are sent as fast as the page takes them. */
const DRAG_MS = 1000;
/** A zoom (20 wheel steps, about 1 s) or pan (two drags, about 2 s) that takes longer did not finish. */
export const PHASE_LIMIT_MS = 15_000;
/** Extra time recorded after the last input, so the frames it causes are counted. */
const TAIL_MS = 300;

export interface RunSpec {
  readonly target: TargetId;
  readonly url: string;
  /** Path of the dataset file the page should request (to tell "?data= not supported" from "slow"). */
  readonly dataPath?: string;
  /** Our app: the same dataset opened at a window where it draws single events, for their pan and zoom. */
  readonly singleEventsUrl?: string;
  /** Our app: the number of events the status line must show before items count as the dataset's. */
  readonly expectedTotal?: number;
  /** Titles whose first painted appearance is timed (the seed dataset only: the scan costs the page time). */
  readonly eventTexts?: readonly string[];
  /** Our app: whether the build contains the ct:first-items mark. */
  readonly useMark: boolean;
  /**
   * Our app: a file to open through the Data menu's file input once the built-in dataset is drawn; first drawn
   * is then timed from the input's change event, and `expectedTotal` is the file's.
   */
  readonly importFile?: string;
  readonly timeoutMs: number;
}

class Timeout extends Error {}

/** Resolves like `promise`, or rejects with Timeout after `ms`; a late settlement is ignored. */
function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout(`${what} took more than ${Math.round(ms / 1000)} s`)), ms);
  });
  promise.catch(() => undefined);
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

const inPage = <T>(page: Page, expression: string) => page.evaluate(expression) as Promise<T>;

/** Calls `window.__ctBench[method](...args)` in the page (bench/probe.js). */
function probe<M extends keyof ProbeApi>(
  page: Page,
  method: M,
  ...args: Parameters<ProbeApi[M]>
): Promise<Awaited<ReturnType<ProbeApi[M]>>> {
  return inPage(page, `window.__ctBench.${method}(${args.map((arg) => JSON.stringify(arg)).join(', ')})`);
}

function itemSelector(target: TargetId): string {
  return target === 'timelinejs' ? '.tl-timemarker' : '.vis-item';
}

async function newContext(browser: Browser, spec: RunSpec, probePath: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const config: ProbeConfig = {
    itemSelector: itemSelector(spec.target),
    expectedTotal: spec.expectedTotal ?? null,
    markName: spec.target === 'ours' ? FIRST_ITEMS_MARK : null,
    eventTexts: spec.eventTexts ?? [],
  };
  await context.addInitScript({ content: `window.__ctBenchConfig = ${JSON.stringify(config)};` });
  await context.addInitScript({ path: probePath });
  return context;
}

type LoadOutcome =
  | { kind: 'ok'; state: ProbeState; method: 'mark' | 'dom' }
  | { kind: 'dnf' | 'unsupported' | 'error'; message: string; detail?: string; state?: ProbeState };

/** Polls the probe until the dataset's first items are painted, the time limit passes, or the page fails. */
async function waitForFirstItems(
  page: Page,
  spec: RunSpec,
  requested: () => boolean,
  started: number,
): Promise<LoadOutcome> {
  const deadline = started + spec.timeoutMs;
  let last: ProbeState | undefined;
  let seenOtherSince: number | undefined;
  for (;;) {
    const remaining = deadline - Date.now();
    if (remaining <= 0) break;
    try {
      last = await withTimeout(probe(page, 'state'), remaining, 'page');
    } catch (error) {
      if (error instanceof Timeout) break;
      throw error;
    }
    if (spec.target !== 'ours') {
      if (last.peerError)
        return { kind: 'error', message: last.peerError, state: last } satisfies LoadOutcome;
      if (last.firstPaint !== null) return { kind: 'ok', state: last, method: 'dom' } satisfies LoadOutcome;
    } else {
      const totalMatches = spec.expectedTotal === undefined || last.status?.total === spec.expectedTotal;
      if (spec.useMark && last.markPaint !== null && totalMatches)
        return { kind: 'ok', state: last, method: 'mark' } satisfies LoadOutcome;
      if (!spec.useMark && last.firstPaint !== null)
        return { kind: 'ok', state: last, method: 'dom' } satisfies LoadOutcome;
      // Items of another dataset (the built-in one) and no request for ours: the app ignored ?data=.
      if (spec.dataPath && last.firstAny !== null && !totalMatches && !requested()) {
        seenOtherSince ??= Date.now();
        if (Date.now() - seenOtherSince > 3000) {
          const shown = last.status ? ` (it shows "${last.status.text}")` : '';
          return {
            kind: 'unsupported',
            message: 'not supported yet',
            detail: `the app drew other items and never requested ${spec.dataPath}${shown}`,
            state: last,
          } satisfies LoadOutcome;
        }
      }
    }
    await sleep(50);
  }
  return {
    kind: 'dnf',
    message: `did not finish in ${Math.round(spec.timeoutMs / 1000)} s`,
    ...(last && { state: last }),
  } satisfies LoadOutcome;
}

async function heapAfterGc(context: BrowserContext, page: Page): Promise<number> {
  const session = await context.newCDPSession(page);
  await session.send('HeapProfiler.enable');
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const usage = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usage.usedSize / 1e6;
}

/** Arms the probe, clicks, and returns click -> first paint after the last DOM change the click caused. */
async function timedClick(page: Page, click: () => Promise<void>): Promise<FilterResult> {
  await probe(page, 'settle', 300, 5000);
  await probe(page, 'filterArm');
  await click();
  return probe(page, 'filterResult', 300, 10000);
}

/**
 * Two actor filters: unchecking the first actor while all are shown, and checking it while none are shown
 * (after "Show none of the actors", not timed). Each ends back at all actors, so pan and zoom draw the whole dataset.
 */
async function measureFilter(page: Page, notes: string[]): Promise<Partial<RunResult>> {
  const checkbox = page.getByRole('group', { name: 'Actors' }).getByRole('checkbox').first();
  await checkbox.waitFor({ state: 'visible', timeout: 5000 });
  await checkbox.scrollIntoViewIfNeeded();
  const showAll = async () => {
    await page.getByRole('button', { name: 'Show all actors' }).click();
    await probe(page, 'settle', 300, 10000);
  };
  const check = (result: FilterResult, what: string) => {
    if (result.applied === null) notes.push(`${what}: the click was not seen`);
    else if (!result.itemsChanged) notes.push(`${what}: no item or status change (timed to the next paint)`);
  };

  const uncheck = await timedClick(page, () => checkbox.click());
  check(uncheck, 'unchecking the first actor');
  await showAll();
  await page.getByRole('button', { name: 'Show none of the actors' }).click();
  const only = await timedClick(page, () => checkbox.click());
  check(only, 'checking only the first actor');
  await showAll();
  const shown = (result: FilterResult) => ({
    ...(result.before && { before: result.before.shown }),
    ...(result.after && { after: result.after.shown }),
  });
  return {
    ...(uncheck.applied !== null && { filterMs: uncheck.applied }),
    ...(uncheck.status !== null && { filterStatusMs: uncheck.status }),
    ...(only.applied !== null && { filterOnlyMs: only.applied }),
    ...(only.status !== null && { filterOnlyStatusMs: only.status }),
    filterShown: { uncheck: shown(uncheck), only: shown(only) },
  };
}

async function recordFrames(page: Page, interact: () => Promise<void>): Promise<number[]> {
  await probe(page, 'framesStart');
  await interact();
  await sleep(TAIL_MS);
  return probe(page, 'framesStop');
}

/** Zooms in with the wheel, drags left and right, zooms out; frame gaps of each. */
async function measurePanZoom(
  page: Page,
  maxElements: { value: number },
  notes: string[],
): Promise<Pick<RunResult, 'pan' | 'zoom' | 'panUnfinished' | 'zoomUnfinished'>> {
  const center = page.locator('.vis-center').first();
  await center.scrollIntoViewIfNeeded();
  const box = await center.boundingBox();
  if (!box) throw new Error('.vis-center has no box');
  const y = box.y + Math.min(box.height / 2, 80);
  const x = box.x + box.width / 2;
  const sample = async () => {
    const { elements } = await probe(page, 'count');
    maxElements.value = Math.max(maxElements.value, elements);
  };
  const wheel = async (delta: number) => {
    await page.mouse.move(x, y);
    const begun = Date.now();
    for (let step = 0; step < WHEEL_STEPS; step += 1) {
      await page.mouse.wheel(0, delta);
      // On schedule: one step per interval, without waiting when the page is behind.
      const due = begun + (step + 1) * WHEEL_INTERVAL_MS;
      if (due > Date.now()) await sleep(due - Date.now());
    }
  };
  const drag = async (from: number, to: number) => {
    await page.mouse.move(from, y);
    await page.mouse.down();
    const begun = Date.now();
    for (;;) {
      const progress = Math.min(1, (Date.now() - begun) / DRAG_MS);
      await page.mouse.move(from + (to - from) * progress, y);
      if (progress >= 1) break;
      await sleep(8);
    }
    await page.mouse.up();
  };
  const left = box.x + box.width * 0.2;
  const right = box.x + box.width * 0.8;
  const phase = async (name: string, interact: () => Promise<void>) => {
    const gaps = await withTimeout(recordFrames(page, interact), PHASE_LIMIT_MS, name);
    await withTimeout(sample(), PHASE_LIMIT_MS, name);
    return gaps;
  };

  let zoomIn: number[] | undefined;
  let pan: number[] | undefined;
  let zoomOut: number[] | undefined;
  try {
    zoomIn = await phase('zoom in', () => wheel(-WHEEL_DELTA));
    pan = await phase('pan', async () => {
      await drag(right, left);
      await drag(left, right);
    });
    zoomOut = await phase('zoom out', () => wheel(WHEEL_DELTA));
  } catch (error) {
    if (!(error instanceof Timeout)) throw error;
    // The page is stuck in its own work: nothing more can be measured on it.
    notes.push(`pan/zoom: ${error.message}; the rest was not measured`);
  }
  const panStats = pan && frameStats(pan);
  const zoomStats = zoomIn && zoomOut && frameStats([...zoomIn, ...zoomOut]);
  return {
    ...(panStats ? { pan: panStats } : { panUnfinished: true }),
    ...(zoomStats ? { zoom: zoomStats } : { zoomUnfinished: true }),
  };
}

/**
 * Our app opened at `url`, a window where it draws single events rather than counts: pan and zoom frames
 * there, where vis-timeline lays out and stacks every item itself.
 */
async function measureSingleEvents(
  page: Page,
  spec: RunSpec,
  url: string,
  maxElements: { value: number },
  notes: string[],
): Promise<Partial<RunResult>> {
  const started = Date.now();
  await page.goto(url, { waitUntil: 'commit', timeout: spec.timeoutMs });
  const outcome = await waitForFirstItems(page, spec, () => true, started);
  if (outcome.kind !== 'ok') {
    notes.push(`single events: the window did not load (${outcome.message})`);
    return {};
  }
  await probe(page, 'settle', 500, 10000);
  if (await inPage<boolean>(page, "document.querySelector('.vis-item.aggregate-item') !== null")) {
    notes.push(`single events: the app drew counts at ${url}`);
    return {};
  }
  const { pan, zoom } = await measurePanZoom(page, maxElements, notes);
  return { ...(pan && { eventPan: pan }), ...(zoom && { eventZoom: zoom }) };
}

/** Opens `file` through the Data menu's file input and waits for its first items. */
async function openThroughFileInput(page: Page, spec: RunSpec, file: string): Promise<LoadOutcome> {
  await probe(page, 'settle', 300, 10000);
  await probe(page, 'rearm', spec.expectedTotal ?? null);
  const started = Date.now();
  await page.getByLabel('Open a dataset…', { exact: true }).setInputFiles(file);
  return waitForFirstItems(page, spec, () => true, started);
}

/** Loads `spec.url` once and measures everything the target supports. Never throws. */
export async function measureRun(browser: Browser, spec: RunSpec, probePath: string): Promise<RunResult> {
  const notes: string[] = [];
  try {
    const ownContext = await newContext(browser, spec, probePath);
    const page = await ownContext.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    let requested = false;
    page.on('request', (request) => {
      if (spec.dataPath && new URL(request.url()).pathname === spec.dataPath) requested = true;
    });
    const started = Date.now();
    await page.goto(spec.url, { waitUntil: 'commit', timeout: spec.timeoutMs });
    const { importFile } = spec;
    // A file to open waits for the page's own dataset first, whatever its size.
    const pageLoad = importFile ? { ...spec, expectedTotal: undefined } : spec;
    let outcome = await waitForFirstItems(page, pageLoad, () => requested, started);
    if (importFile && outcome.kind === 'ok') outcome = await openThroughFileInput(page, spec, importFile);
    if (pageErrors.length > 0) notes.push(`page errors: ${pageErrors.slice(0, 3).join(' | ')}`);
    if (outcome.kind !== 'ok') {
      if (outcome.detail) notes.push(outcome.detail);
      return { status: outcome.kind, message: outcome.message, notes };
    }
    const { state, method } = outcome;
    const drawn = method === 'mark' ? state.markPaint : state.firstPaint;
    const since = importFile ? state.fileChosen : 0;
    const firstDrawn = drawn !== null && since !== null ? drawn - since : null;
    if (importFile) notes.push('first drawn: from the file chosen (the file input’s change event)');
    const base: RunResult = {
      status: 'ok',
      ...(firstDrawn !== null && { firstDrawn }),
      firstDrawnMethod: method,
      ...(state.mark !== null && { markTime: state.mark }),
      ...(state.first !== null && { domFirst: state.first }),
      ...(state.firstAny !== null && { domFirstAny: state.firstAny }),
      ...(state.status && { appTotal: state.status.total }),
      notes,
    };

    // Everything after the first items gets its own time limit; a page that loads but then stalls still
    // reports what it got.
    const limit = Math.max(spec.timeoutMs, 30_000);
    const extra: { -readonly [K in keyof RunResult]?: RunResult[K] } = {};
    const phases: Record<string, number> = { load: (Date.now() - started) / 1000 };
    extra.phaseSeconds = phases;
    const phase = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
      const begun = Date.now();
      try {
        return await withTimeout(work(), limit, name);
      } finally {
        phases[name] = (Date.now() - begun) / 1000;
      }
    };
    const maxElements = { value: 0 };
    try {
      await phase('settle', () => probe(page, 'settle', 500, 10000));
      // Event text usually shows with the first items or before them; by now it has been painted if ever.
      const { textPaint } = await probe(page, 'state');
      if (textPaint !== null) extra.firstText = textPaint;
      const counts = await phase('count', () => probe(page, 'count'));
      extra.domElements = counts.elements;
      if (counts.contents !== null) extra.drawnItems = counts.contents;
      maxElements.value = counts.elements;
      extra.heapMB = await phase('heap', () => heapAfterGc(ownContext, page));
      extra.liveWorkers = page.workers().length;
      if (spec.target === 'ours')
        Object.assign(extra, await phase('filter', () => measureFilter(page, notes)));
      if (spec.target !== 'timelinejs')
        Object.assign(extra, await phase('panZoom', () => measurePanZoom(page, maxElements, notes)));
      const singleEventsUrl = spec.singleEventsUrl;
      if (singleEventsUrl)
        Object.assign(
          extra,
          await phase('singleEvents', () =>
            measureSingleEvents(page, spec, singleEventsUrl, maxElements, notes),
          ),
        );
    } catch (error) {
      notes.push(`stopped early: ${(error as Error).message.split('\n')[0]}`);
    } finally {
      if (extra.domElements !== undefined) extra.domElementsMax = maxElements.value;
    }
    if (pageErrors.length > 0 && !notes.some((note) => note.startsWith('page errors')))
      notes.push(`page errors: ${pageErrors.slice(0, 3).join(' | ')}`);
    return { ...base, ...extra, notes };
  } catch (error) {
    return { status: 'error', message: (error as Error).message.split('\n')[0] ?? 'error', notes };
  }
  // No context.close(): a page stuck in a long task can keep that waiting for minutes. The caller kills
  // the whole browser after every run instead.
}

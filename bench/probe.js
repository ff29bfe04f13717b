/*
 * The bench's in-page probe, added to every page it loads (ours and the peers) as a Playwright init script,
 * so it runs before any page script. It watches the DOM from the first moment and answers the harness
 * (bench/measure.ts) through `window.__ctBench`. Plain browser JavaScript: it is injected as is.
 *
 * Configuration comes from `window.__ctBenchConfig`, set by an earlier init script. Both are typed in
 * bench/probe-api.ts (ProbeConfig, ProbeApi), which bench/measure.ts reads the answers with.
 */
/* global window, document, requestAnimationFrame, MutationObserver, NodeFilter */
/** @import { FilterResult, ProbeApi, ProbeMoments, StatusCounts } from './probe-api' */
(() => {
  const config = window.__ctBenchConfig || {};
  const itemSelector = config.itemSelector || '.vis-item';
  let expectedTotal = config.expectedTotal ?? null;
  const markName = config.markName || null;
  /** @type {readonly string[]} */
  const eventTexts = config.eventTexts || [];

  /**
   * Runs `callback(time)` once the frame after this moment has been painted: rAF, then a task after it.
   * @param {(time: number) => void} callback
   */
  function afterNextPaint(callback) {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback(performance.now());
      channel.port2.postMessage(null);
    });
  }

  /**
   * The numbers of "Showing N of M events" in a role=status element, without thousands separators.
   * @returns {StatusCounts | null}
   */
  function statusCounts() {
    for (const element of document.querySelectorAll('[role="status"]')) {
      const match = /Showing\s+([\d,.\s\u202f]+?)\s+of\s+([\d,.\s\u202f]+?)\s+events/.exec(
        element.textContent || '',
      );
      if (match) {
        const number = (/** @type {string} */ text) => Number(text.replace(/[^\d]/g, ''));
        return { shown: number(match[1] ?? ''), total: number(match[2] ?? ''), text: match[0] };
      }
    }
    return null;
  }

  /** @type {ProbeMoments} */
  const state = {
    firstAny: null,
    first: null,
    firstPaint: null,
    mark: null,
    markPaint: null,
    fileChosen: null,
    textFirst: null,
    textPaint: null,
    lastMutation: 0,
    error: null,
  };

  // A file handed to a file input: the moment an import through the file picker starts.
  document.addEventListener(
    'change',
    (event) => {
      const target = /** @type {HTMLInputElement} */ (event.target);
      if (target.type === 'file' && state.fileChosen === null) state.fileChosen = performance.now();
    },
    { capture: true },
  );

  function check() {
    if (state.first !== null) return;
    if (!document.querySelector(itemSelector)) return;
    const now = performance.now();
    if (state.firstAny === null) state.firstAny = now;
    if (expectedTotal !== null) {
      const counts = statusCounts();
      if (!counts || counts.total !== expectedTotal) return;
    }
    state.first = now;
    afterNextPaint((time) => (state.firstPaint = time));
  }

  /**
   * Whether an event's title is on screen: in a text node whose element is rendered and visible (hidden
   * markup, like an article kept for readers without scripts, does not count).
   */
  function eventTextShown() {
    if (!document.body) return false;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue || '';
      if (!eventTexts.some((title) => text.includes(title))) continue;
      const element = node.parentElement;
      if (
        element &&
        element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
        element.getClientRects().length > 0
      )
        return true;
    }
    return false;
  }

  let textCheckPending = false;
  /**
   * Looks for event text in the next frame, once the page's stylesheets apply (before they have loaded,
   * hidden markup would look visible, but nothing is painted either); the frame's paint is the moment.
   */
  function checkText() {
    if (eventTexts.length === 0 || state.textFirst !== null || textCheckPending) return;
    textCheckPending = true;
    requestAnimationFrame(() => {
      textCheckPending = false;
      if (state.textFirst !== null || !eventTextShown()) return;
      state.textFirst = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (state.textPaint = performance.now());
      channel.port2.postMessage(null);
    });
  }

  /** @param {Node} node */
  const isElement = (node) => node.nodeType === 1;
  /**
   * The element a DOM change happened in (for a text change, its parent).
   * @param {MutationRecord} record
   */
  const elementOf = (record) =>
    isElement(record.target) ? /** @type {Element} */ (record.target) : record.target.parentElement;

  /**
   * vis-timeline's current-time bar moves on its own every few seconds: not a change the bench waits for.
   * @param {MutationRecord[]} records
   */
  const relevant = (records) => records.some((record) => !elementOf(record)?.closest('.vis-current-time'));

  /** @param {Node} node */
  const isItem = (node) => isElement(node) && /** @type {Element} */ (node).matches('.vis-item, .vis-item *');
  /**
   * A DOM change that shows a filter's result: an item added, removed or restyled, or the status text.
   * @param {MutationRecord} record
   */
  const showsResult = (record) => {
    if (elementOf(record)?.closest('[role="status"]')) return true;
    if (record.type === 'childList')
      return [...record.addedNodes, ...record.removedNodes].some(isItem) || isItem(record.target);
    return record.type === 'attributes' && isItem(record.target);
  };

  const observer = new MutationObserver((records) => {
    if (!relevant(records)) return;
    state.lastMutation = performance.now();
    check();
    checkText();
  });
  // Node insertions and text changes only: recording every style change would itself slow the page down.
  const observeDocument = () =>
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  observeDocument();

  if (markName) {
    const originalMark = performance.mark.bind(performance);
    performance.mark = function mark(name, options) {
      const entry = originalMark(name, options);
      if (name === markName && state.mark === null) {
        state.mark = entry ? entry.startTime : performance.now();
        afterNextPaint((time) => (state.markPaint = time));
      }
      return entry;
    };
  }

  window.addEventListener('error', (event) => {
    if (state.error === null) state.error = String(event.message || event.error);
  });

  /** Frame timestamps (rAF) while a scripted interaction runs; one loop per recording. */
  /** @type {number[] | null} */
  let frames = null;
  let recording = 0;
  function startLoop() {
    const id = (recording += 1);
    /** @type {number[]} */
    const times = [];
    frames = times;
    /** @param {number} time */
    const loop = (time) => {
      if (id !== recording) return;
      times.push(time);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  }

  /** @param {number} ms */
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  /**
   * The filter timing under way, from filterArm() to filterResult(): moments in ms since navigation start.
   * @typedef {{
   *   click: number | null, clickPaint: number | null, statusChange: number | null, statusPaint: number | null,
   *   lastChange: number | null, lastPaint: number | null, before: StatusCounts | null, stop: () => void
   * }} FilterRun
   */
  /** @type {FilterRun | null} */
  let filterRun = null;

  window.__ctBench = {
    rearm: (total) => {
      expectedTotal = total;
      Object.assign(state, {
        firstAny: null,
        first: null,
        firstPaint: null,
        mark: null,
        markPaint: null,
        fileChosen: null,
      });
    },

    state: () => ({
      ...state,
      now: performance.now(),
      status: statusCounts(),
      peerError: window.__peerError || null,
    }),

    count: () => ({
      elements: document.querySelectorAll(itemSelector).length,
      // vis-timeline draws a box item as three .vis-item elements (box, line, dot); each item has one content.
      contents: itemSelector === '.vis-item' ? document.querySelectorAll('.vis-item-content').length : null,
    }),

    /** Resolves once the DOM has not changed for `quietMs` (or after `maxMs`), with the time it settled. */
    settle: async (quietMs, maxMs) => {
      const start = performance.now();
      for (;;) {
        await sleep(50);
        const now = performance.now();
        if (now - state.lastMutation >= quietMs) return { settled: true, at: state.lastMutation };
        if (now - start >= maxMs) return { settled: false, at: state.lastMutation };
      }
    },

    // The DOM observer rests while frames are recorded, so it costs the page nothing then.
    framesStart: () => {
      observer.disconnect();
      startLoop();
    },
    /** Stops recording and returns the gaps between consecutive frames, in ms. */
    framesStop: () => {
      const times = frames || [];
      frames = null;
      recording += 1;
      observeDocument();
      state.lastMutation = performance.now();
      return times.slice(1).map((time, index) => time - /** @type {number} */ (times[index]));
    },

    /*
     * Actor filter timing. filterArm() listens for the next click (its event timestamp is when the input
     * arrived) and for the DOM changes that show a filter's result: timeline items added or removed, a
     * .vis-item's style or class, the status line's text. Axis and layout churn (vis-timeline redraws its axis
     * when its size checker fires, up to a second later) does not count. filterResult() waits until no such
     * change for `quietMs` and reports click -> end of the first frame painted after the last one (or after
     * the click itself, when nothing had to change), and click -> paint after the status line changed.
     */
    filterArm: () => {
      const before = statusCounts();
      /** @type {FilterRun} */
      const run = {
        click: null,
        clickPaint: null,
        statusChange: null,
        statusPaint: null,
        lastChange: null,
        lastPaint: null,
        before,
        stop: () => watcher.disconnect(),
      };
      filterRun = run;
      document.addEventListener(
        'click',
        (event) => {
          run.click = event.timeStamp;
          // Scheduled before the app's own handlers run: fires once the click's whole task has been painted.
          afterNextPaint((time) => (run.clickPaint = time));
        },
        { capture: true, once: true },
      );
      const watcher = new MutationObserver((records) => {
        if (run.click === null || !records.some(showsResult)) return;
        const now = performance.now();
        run.lastChange = now;
        afterNextPaint((time) => {
          if (run.lastChange === now) run.lastPaint = time;
        });
        if (run.statusChange === null) {
          const counts = statusCounts();
          if (counts && before && counts.shown !== before.shown) {
            run.statusChange = now;
            afterNextPaint((time) => (run.statusPaint = time));
          }
        }
      });
      watcher.observe(document.body, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['style', 'class'],
      });
    },
    filterResult: async (quietMs, maxMs) => {
      const run = filterRun;
      if (!run) throw new Error('filterResult() needs a filterArm() before it');
      const start = performance.now();
      for (;;) {
        await sleep(25);
        const now = performance.now();
        const since = Math.max(run.click ?? Infinity, run.lastChange ?? -Infinity);
        const painted = run.clickPaint !== null && (run.lastChange === null || run.lastPaint !== null);
        if ((now - since >= quietMs && painted) || now - start >= maxMs) break;
      }
      run.stop();
      const end = Math.max(run.clickPaint ?? -Infinity, run.lastPaint ?? -Infinity);
      return {
        click: run.click,
        applied: run.click !== null && Number.isFinite(end) ? end - run.click : null,
        status: run.click !== null && run.statusPaint !== null ? run.statusPaint - run.click : null,
        itemsChanged: run.lastChange !== null,
        before: run.before,
        after: statusCounts(),
      };
    },
  };
})();

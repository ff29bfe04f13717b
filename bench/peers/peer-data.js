/*
 * Shared by the peer pages: fetches the dataset named by ?data= (the same JSON our app loads) and reads
 * the leading YYYY[-MM[-DD]] of each end of an event's EDTF date, as a plain page would. Reports failures
 * to the bench through window.__peerError.
 */
/* global window, location */
(() => {
  const DATE = /(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/;

  /**
   * { year, month?, day? } of the first date in `text`, or null.
   * @param {string | undefined} text
   * @returns {PeerDate | null}
   */
  function readDate(text) {
    const match = DATE.exec(text || '');
    if (!match) return null;
    return {
      year: Number(match[1]),
      ...(match[2] && { month: Number(match[2]) }),
      ...(match[3] && { day: Number(match[3]) }),
    };
  }

  /** @type {BenchPeer['readRange']} */
  function readRange(edtf) {
    const [first, second] = edtf.split('/');
    const start = readDate(first) || readDate(second);
    // Every valid dataset date has a dated end; name a date without one rather than fail later on null.
    if (!start) throw new Error(`"${edtf}" has no date`);
    const end = second !== undefined && readDate(first) ? readDate(second) : null;
    return { start, end };
  }

  /** @param {PeerDate} date */
  function toTime(date) {
    return Date.UTC(date.year, (date.month || 1) - 1, date.day || 1);
  }

  /** @type {BenchPeer['loadEvents']} */
  async function loadEvents() {
    const url = new URLSearchParams(location.search).get('data');
    if (!url) throw new Error('no ?data= given');
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    const dataset = await response.json();
    return dataset.events;
  }

  /** @type {BenchPeer['fail']} */
  function fail(error) {
    window.__peerError = error instanceof Error && error.message ? error.message : String(error);
    throw error;
  }

  window.benchPeer = { loadEvents, readRange, toTime, fail };
})();

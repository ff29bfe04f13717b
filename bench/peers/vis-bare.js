/*
 * The bare vis-timeline page: every event becomes one item (title as content, start and end from the
 * EDTF date), all in one DataSet, then fit(). Only the height matches our app (520 px, scrolling inside),
 * so the two pages show the same area; everything else is vis-timeline's defaults.
 */
/* global window, document, vis */
(async () => {
  try {
    const events = await window.benchPeer.loadEvents();
    const items = events.map((event) => {
      const { start, end } = window.benchPeer.readRange(event.date);
      const startTime = window.benchPeer.toTime(start);
      /** @type {import('vis-timeline').DataItem} */
      const item = { id: event.id, content: event.title, start: startTime };
      if (end && window.benchPeer.toTime(end) > startTime) item.end = window.benchPeer.toTime(end);
      return item;
    });
    const container = document.getElementById('timeline');
    if (!container) throw new Error('vis-bare.html has no #timeline');
    const timeline = new vis.Timeline(container, new vis.DataSet(items), {
      maxHeight: 520,
      verticalScroll: true,
    });
    timeline.fit({ animation: false });
    window.__peerTimeline = timeline;
  } catch (error) {
    window.benchPeer.fail(error);
  }
})();

/*
 * TimelineJS fed the same events, converted to its JSON format: start_date/end_date as { year, month, day }
 * and text { headline, text }. Its defaults otherwise; no media, so nothing is fetched from elsewhere.
 */
/* global window, TL */
(async () => {
  try {
    const events = await window.benchPeer.loadEvents();
    const timelineEvents = events.map((event) => {
      const { start, end } = window.benchPeer.readRange(event.date);
      /** @type {TimelineJsSlide} */
      const slide = {
        unique_id: event.id,
        start_date: start,
        text: { headline: event.title, text: event.summary },
      };
      if (end) slide.end_date = end;
      return slide;
    });
    window.__peerTimeline = new TL.Timeline('timeline-embed', { events: timelineEvents }, { debug: false });
  } catch (error) {
    window.benchPeer.fail(error);
  }
})();

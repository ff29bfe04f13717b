/*
 * What the bench's page scripts (bench/probe.js and bench/peers/*.js, plain browser JavaScript) share through
 * `window`, and the libraries the peer pages load with a script tag. Only bench/tsconfig.pages.json reads this
 * file: these globals exist in the bench's pages, not in the app.
 */
import type { DataSet } from 'vis-data';
import type { Timeline } from 'vis-timeline';
import type { RawEvent } from '../src/domain/contract';
import type { ProbeApi, ProbeConfig } from './probe-api';

declare global {
  interface Window {
    /** Set by the harness (bench/measure.ts) before the probe runs. */
    __ctBenchConfig?: Partial<ProbeConfig>;
    __ctBench: ProbeApi;
    /** A peer page's failure, for the probe to report. */
    __peerError?: string;
    /** The peer page's timeline, kept reachable from the console. */
    __peerTimeline?: unknown;
    benchPeer: BenchPeer;
  }

  /** The leading YYYY[-MM[-DD]] of one end of an EDTF date; also how TimelineJS takes a date. */
  interface PeerDate {
    year: number;
    month?: number;
    day?: number;
  }

  /** bench/peers/peer-data.js: what both peer pages use. */
  interface BenchPeer {
    /** The events of the dataset named by ?data=. */
    loadEvents(): Promise<RawEvent[]>;
    /** Start and (for an interval with two dated ends) end of an EDTF date. */
    readRange(edtf: string): { start: PeerDate; end: PeerDate | null };
    toTime(date: PeerDate): number;
    /** Reports `error` to the bench and throws it. */
    fail(error: unknown): never;
  }

  /** One event of TimelineJS's JSON format, as far as the peer fills it in. */
  interface TimelineJsSlide {
    unique_id: string;
    start_date: PeerDate;
    end_date?: PeerDate;
    text: { headline: string; text: string };
  }

  /** The standalone vis-timeline build (bench/peers/vis-bare.html). */
  const vis: { Timeline: typeof Timeline; DataSet: typeof DataSet };
  /** TimelineJS (bench/peers/timelinejs.html), as far as the peer uses it. */
  const TL: {
    Timeline: new (
      container: string,
      data: { events: TimelineJsSlide[] },
      options: { debug: boolean },
    ) => unknown;
  };
}

import { formatWindow } from '../../domain/date-format';
import type { TimeWindow } from '../../url/view-params';

interface TimelineToolbarProps {
  readonly visibleWindow: TimeWindow | null;
  readonly onZoomIn: () => void;
  readonly onZoomOut: () => void;
  readonly onFit: () => void;
}

/** The timeline's heading, the dates it shows (not announced at every pan) and its zoom buttons. */
export function TimelineToolbar({ visibleWindow, onZoomIn, onZoomOut, onFit }: TimelineToolbarProps) {
  return (
    <div className="timeline-toolbar">
      <h2 id="timeline-heading" className="timeline-heading">
        Timeline
      </h2>
      <output className="timeline-window" aria-label="Visible dates" aria-live="off">
        {visibleWindow ? formatWindow(visibleWindow.start, visibleWindow.end) : ''}
      </output>
      <div className="timeline-zoom" role="group" aria-label="Zoom">
        <button type="button" onClick={onZoomIn}>
          <span aria-hidden="true">+</span> Zoom in
        </button>
        <button type="button" onClick={onZoomOut}>
          <span aria-hidden="true">−</span> Zoom out
        </button>
        <button type="button" onClick={onFit}>
          Fit all
        </button>
      </div>
    </div>
  );
}

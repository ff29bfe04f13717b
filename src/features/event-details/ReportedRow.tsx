import { formatEdtf } from '../../domain/date-format';
import { reportsWithOtherDates } from '../../domain/provenance';
import type { Dataset, TimelineEvent } from '../../domain/types';

/** When the event was reported, where that is not when it happened (an article of the 18th on the 17th). */
export function ReportedRow({ event, dataset }: { event: TimelineEvent; dataset: Dataset }) {
  const reports = reportsWithOtherDates(event, dataset.sourceById);
  if (reports.length === 0) return null;
  return (
    <div>
      <dt>Reported</dt>
      <dd>
        {reports.map((source) => (
          <p key={source.id} className="fact-line">
            <time dateTime={source.published.text}>{formatEdtf(source.published)}</time>, by{' '}
            {source.publisher}
            {reports.length > 1 && <> in “{source.title}”</>}.
            {source.publishedBasis && <span className="fact-note"> {source.publishedBasis}</span>}
          </p>
        ))}
      </dd>
    </div>
  );
}

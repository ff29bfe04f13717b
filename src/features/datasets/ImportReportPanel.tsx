import { useAppState } from '../../state/store-context';

/** Listing more than this many problems helps no one; the count says the rest. */
const MAX_LISTED = 500;

/** What the last import loaded and, record by record, what it left out and why. */
export function ImportReportPanel() {
  const report = useAppState((state) => state.importReport);
  const eventCount = useAppState((state) => state.dataset.events.length);
  const dismiss = useAppState((state) => state.dismissImportReport);
  if (!report) return null;
  const dropped = report.droppedEvents + report.droppedOther;
  return (
    <section className="import-report" aria-label="Import report">
      <button type="button" className="action-button import-report-dismiss" onClick={dismiss}>
        Dismiss<span className="visually-hidden"> the import report</span>
      </button>
      <p>
        Opened “{report.name}” ({report.format}): {eventCount.toLocaleString('en')} event
        {eventCount === 1 ? '' : 's'} loaded
        {dropped > 0
          ? `, ${dropped.toLocaleString('en')} record${dropped === 1 ? '' : 's'} dropped.`
          : ', nothing dropped.'}
      </p>
      {report.problems.length > 0 && (
        <details>
          <summary>
            {report.problems.length.toLocaleString('en')} problem{report.problems.length === 1 ? '' : 's'}{' '}
            found
          </summary>
          <ul aria-label="Import problems">
            {report.problems.slice(0, MAX_LISTED).map((problem, index) => (
              <li key={index}>
                <code>{problem.path}</code>: {problem.message}
              </li>
            ))}
          </ul>
          {report.problems.length > MAX_LISTED && (
            <p>… and {(report.problems.length - MAX_LISTED).toLocaleString('en')} more.</p>
          )}
        </details>
      )}
    </section>
  );
}

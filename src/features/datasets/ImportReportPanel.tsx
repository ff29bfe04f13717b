import { formatCount } from '../../domain/count-format';
import { useAppState } from '../../state/store-context';
import { effectLabel, eventsSentence, otherRecordsSentence } from './report-wording';

/** Listing more than this many problems helps no one; the count says the rest. */
const MAX_LISTED = 500;

/**
 * What the last import loaded and, record by record, what it repaired, left out and why. The counts and the
 * notes on how the file was read are a status (announced, not urgent); a file refused is an alert elsewhere.
 */
export function ImportReportPanel() {
  const report = useAppState((state) => state.importReport);
  const dismiss = useAppState((state) => state.dismissImportReport);
  if (!report) return null;
  const notes = report.problems.filter((problem) => problem.effect === 'noted');
  const problems = report.problems.filter((problem) => problem.effect !== 'noted');
  const others = otherRecordsSentence(report.counts);
  return (
    <section className="import-report" aria-label="Import report">
      <button type="button" className="action-button import-report-dismiss" onClick={dismiss}>
        Dismiss<span className="visually-hidden"> the import report</span>
      </button>
      <div role="status">
        <p>{eventsSentence(report.name, report.format, report.counts)}</p>
        {others && <p>{others}</p>}
        {notes.map((note, index) => (
          <p key={index} className="import-note">
            Note: <code>{note.path}</code>: {note.message}
          </p>
        ))}
      </div>
      {problems.length > 0 && (
        <details>
          <summary>
            {formatCount(problems.length)} problem{problems.length === 1 ? '' : 's'} found
          </summary>
          <ul aria-label="Import problems">
            {problems.slice(0, MAX_LISTED).map((problem, index) => (
              <li key={index}>
                <span className="problem-effect">{effectLabel(problem)}</span> <code>{problem.path}</code>:{' '}
                {problem.message}
              </li>
            ))}
          </ul>
          {problems.length > MAX_LISTED && <p>… and {formatCount(problems.length - MAX_LISTED)} more.</p>}
        </details>
      )}
    </section>
  );
}

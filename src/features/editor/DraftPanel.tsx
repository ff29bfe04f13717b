import { useState, type ChangeEvent } from 'react';
import { formatLocalMoment } from '../../domain/calendar';
import { draftFromDataset } from '../../domain/editor/draft';
import { importDataset } from '../../domain/import/import-dataset';
import type { Dataset } from '../../domain/types';
import type { DraftSummary } from '../../shared/draft-storage';
import { useEditor, useStores } from './editor-context';

function DraftEntry({ summary, open }: { summary: DraftSummary; open: boolean }) {
  const { editor } = useStores();
  const [confirming, setConfirming] = useState(false);
  const reopen = async () => {
    const found = await editor.getState().openStored(summary.id);
    editor
      .getState()
      .tell(found ? `Opened “${summary.title}”.` : `“${summary.title}” is no longer on this device.`);
  };
  const remove = async () => {
    await editor.getState().deleteStored(summary.id);
    editor.getState().tell(`Deleted the draft “${summary.title}”.`);
  };
  return (
    <li className="draft-entry">
      <span>
        <span className="draft-entry-title">{summary.title}</span>
        <span className="field-hint">
          {' '}
          {summary.events} {summary.events === 1 ? 'event' : 'events'} · saved{' '}
          {formatLocalMoment(summary.updatedAt)}
          {open && ' · open now'}
        </span>
      </span>
      {confirming ? (
        <span role="group" aria-label={`Delete “${summary.title}”?`} className="confirm-group">
          <button type="button" className="action-button is-danger" onClick={() => void remove()}>
            Delete for good
          </button>
          <button type="button" className="action-button" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </span>
      ) : (
        <span className="draft-entry-actions">
          {!open && (
            <button type="button" className="action-button" onClick={() => void reopen()}>
              Open<span className="visually-hidden"> “{summary.title}”</span>
            </button>
          )}
          <button type="button" className="action-button" onClick={() => setConfirming(true)}>
            Delete<span className="visually-hidden"> “{summary.title}”</span>
          </button>
        </span>
      )}
    </li>
  );
}

/** The drafts on this device, a new one, and a dataset (a file or the built-in one) opened as a new draft. */
export function DraftPanel({ openBuiltin }: { openBuiltin: () => Promise<Dataset> }) {
  const { editor } = useStores();
  const drafts = useEditor((state) => state.drafts);
  const draftId = useEditor((state) => state.draftId);

  const adopt = (dataset: Dataset, name: string, leftOut: number) => {
    editor.getState().adoptDraft(draftFromDataset(dataset));
    const dropped =
      leftOut > 0
        ? ` ${leftOut} ${leftOut === 1 ? 'record had' : 'records had'} problems and ${leftOut === 1 ? 'was' : 'were'} left out.`
        : '';
    editor.getState().tell(`Opened “${name}” as a new draft: ${dataset.events.length} events.${dropped}`);
  };
  const openFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const result = importDataset(await file.text(), file.name);
    if (!result.ok) {
      const reasons = result.problems.slice(0, 3).map((problem) => `${problem.path}: ${problem.message}`);
      editor.getState().tell(`Could not open “${file.name}”: ${reasons.join('; ')}`);
      return;
    }
    const { sources, actors, events } = result.counts;
    adopt(result.dataset, file.name, sources.dropped + actors.dropped + events.dropped);
  };
  const startDraft = () => {
    editor.getState().startDraft();
    editor.getState().tell('Started a new draft.');
  };

  return (
    <section className="editor-panel draft-panel" aria-labelledby="editor-drafts-heading">
      <h2 id="editor-drafts-heading">Drafts on this device</h2>
      {drafts === null ? (
        <p className="field-hint">This browser lists no drafts: it does not keep them on this device.</p>
      ) : drafts.length === 0 ? (
        <p className="field-hint">None yet.</p>
      ) : (
        <ul className="draft-entries">
          {drafts.map((summary) => (
            <DraftEntry key={summary.id} summary={summary} open={summary.id === draftId} />
          ))}
        </ul>
      )}
      <div className="draft-actions">
        <button type="button" className="action-button" onClick={startDraft}>
          New draft
        </button>
        <label className="action-button file-button">
          Open a dataset to edit
          <input
            type="file"
            className="visually-hidden"
            accept=".json,.csv,application/json,text/csv"
            onChange={(event) => void openFile(event)}
          />
        </label>
        <button
          type="button"
          className="action-button"
          onClick={() => void openBuiltin().then((dataset) => adopt(dataset, dataset.title, 0))}
        >
          Edit the built-in dataset
        </button>
      </div>
    </section>
  );
}

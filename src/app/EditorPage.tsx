import { Editor } from '../features/editor/Editor';
import type { EditorStore } from '../features/editor/editor-store';
import { ThemeSelect } from '../features/theme/ThemeSelect';
import type { Dataset } from '../domain/types';
import { SkipLink } from './SkipLink';
import './header.css';

/** The built-in dataset, loaded (with its source texts) only when the author asks to edit it. */
async function loadBuiltin(): Promise<Dataset> {
  const { loadBuiltinDataset } = await import('./builtin-dataset');
  const result = loadBuiltinDataset();
  if (!result.ok) throw new Error('The built-in dataset is invalid');
  return result.dataset;
}

/** The page /edit/: the editor under the site's header. */
export function EditorPage({ store }: { store: EditorStore }) {
  return (
    <div className="app-shell">
      <SkipLink />
      <header className="site-header">
        <p className="site-name visually-hidden-when-narrow">Conflict timeline</p>
        <div className="site-tools">
          <a href="../">Back to the timeline</a>
          <ThemeSelect />
        </div>
        <div className="dataset-heading">
          <h1 className="dataset-title">Make a timeline</h1>
          <p className="dataset-about-line">
            Add an article, select a passage, and make it an event tied to that exact quote. Drafts stay on
            this device; download the dataset when it is done.
          </p>
        </div>
      </header>
      <main id="main">
        <Editor store={store} openBuiltin={loadBuiltin} />
      </main>
    </div>
  );
}

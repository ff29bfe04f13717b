import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { followDraftAddress } from './app/editor-address';
import { EditorPage } from './app/EditorPage';
import { createEditorStore } from './features/editor/editor-store';
import { applyTheme, readStoredTheme } from './features/theme/theme';
import { openDraftStorage } from './shared/draft-storage';
import './app/app.css';

// The remembered theme, before anything renders (no inline script: the page's CSP allows only files).
applyTheme(readStoredTheme());

const root = document.getElementById('root');
if (!root) throw new Error('edit/index.html has no #root element');

const store = createEditorStore({ storage: openDraftStorage() });
followDraftAddress(store);

createRoot(root).render(
  <StrictMode>
    <EditorPage store={store} />
  </StrictMode>,
);

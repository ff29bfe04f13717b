import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadBuiltinDataset } from './app/builtin-dataset';
import { applyUrl, syncUrlWithStore } from './app/url-sync';
import { preloadDataset } from './features/datasets/load-dataset';
import { createAppStore } from './state/app-store';
import { StoreProvider } from './state/store-context';
import { applyTheme, readStoredTheme } from './features/theme/theme';
import './app/app.css';

// The remembered theme, before anything renders (no inline script: the page's CSP will allow only files).
applyTheme(readStoredTheme());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const builtin = loadBuiltinDataset();
if (!builtin.ok) {
  // The build validates curated data, so this is a broken build, not a reader's mistake.
  throw new Error(
    `Built-in dataset is invalid: ${builtin.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
  );
}

const store = createAppStore(builtin.dataset);
applyUrl(store, window.location.search);
syncUrlWithStore(store);
// A link to a dataset starts its download now rather than after the first render.
const { dataUrl } = store.getState();
if (dataUrl !== null) preloadDataset(dataUrl);

createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App builtinDataset={builtin.dataset} />
    </StoreProvider>
  </StrictMode>,
);

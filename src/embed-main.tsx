import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadBuiltinDataset } from './app/builtin-dataset';
import { EmbedPage } from './app/EmbedPage';
import { applyUrl } from './app/url-sync';
import { startDatasetLoading } from './features/datasets/dataset-loading';
import { applyTheme, readStoredTheme } from './features/theme/theme';
import { createAppStore } from './state/app-store';
import { StoreProvider } from './state/store-context';
import './app/app.css';

/*
 * The embed page (/embed/?event=…): the same store and address as the app, read once. The frame does not
 * write its address back: each choice would add a step to the host page's Back button.
 */
applyTheme(readStoredTheme());

const root = document.getElementById('root');
if (!root) throw new Error('embed/index.html has no #root element');

const builtin = loadBuiltinDataset();
if (!builtin.ok) throw new Error('Built-in dataset is invalid: run npm run validate');

const store = createAppStore(
  builtin.dataset,
  {},
  { base: import.meta.env.BASE_URL, pagesOf: builtin.dataset },
);
applyUrl(store);
startDatasetLoading({ store, builtinDataset: builtin.dataset });

createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <EmbedPage />
    </StoreProvider>
  </StrictMode>,
);

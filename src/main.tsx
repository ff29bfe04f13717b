import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadTimelineView } from './app/EventsView';
import { loadBuiltinDataset } from './app/builtin-dataset';
import { whenFirstPaintTimed } from './app/first-paint-timing';
import { applyUrl, syncUrlWithStore } from './app/url-sync';
import { startDatasetLoading } from './features/datasets/dataset-loading';
import { DatasetLoadingProvider } from './features/datasets/loading-context';
import { createAppStore } from './state/app-store';
import { selectOpening, selectShowsList } from './state/selectors';
import { StoreProvider } from './state/store-context';
import { applyTheme, readStoredTheme } from './features/theme/theme';
import './app/app.css';
import './app/first-paint.css';

// The remembered theme, before anything renders (no inline script: the page's CSP will allow only files).
applyTheme(readStoredTheme());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The build's pages paint the built-in dataset's events in the timeline's place; the app keeps them there.
const firstPaint = root.querySelector<HTMLElement>('.first-paint-events');

const builtin = loadBuiltinDataset();
if (!builtin.ok) {
  // The build validates curated data, so this is a broken build, not a reader's mistake.
  throw new Error(
    `Built-in dataset is invalid: ${builtin.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
  );
}

// The built-in dataset's events have their own pages (written by the build), under Vite's base.
const store = createAppStore(
  builtin.dataset,
  {},
  { base: import.meta.env.BASE_URL, pagesOf: builtin.dataset },
);
applyUrl(store);
syncUrlWithStore(store);
// After the URL sync (see startDatasetLoading); a link's dataset starts downloading here, before the first render.
const loading = startDatasetLoading({ store, builtinDataset: builtin.dataset });

// A failed download is reported where the timeline would be, when the view asks for it again.
const initial = store.getState();
const showsTimeline = !selectShowsList(initial);
if (showsTimeline) loadTimelineView().catch(() => {});
// Only a box the app keeps needs its paint timed first (see whenFirstPaintTimed); one it drops may go at once.
const keptFirstPaint = showsTimeline && !selectOpening(initial) ? firstPaint : null;
const reactRoot = createRoot(root);
void whenFirstPaintTimed(keptFirstPaint).then(() =>
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <StoreProvider store={store}>
          <DatasetLoadingProvider loading={loading}>
            <App firstPaint={firstPaint} />
          </DatasetLoadingProvider>
        </StoreProvider>
      </StrictMode>,
    ),
  ),
);

import { FilterPanel } from '../filters/FilterPanel';
import { DatasetPanel } from '../loading/DatasetPanel';
import type { Dataset } from '../domain/types';
import { NoticeList } from '../notices/NoticeList';
import { useAppState } from '../state/store-context';
import { Announcer } from './Announcer';
import { ErrorBoundary } from './ErrorBoundary';
import { EventsView } from './EventsView';
import { Header } from './Header';
import { ReadingArea } from './ReadingArea';
import { SkipLink } from './SkipLink';

export function App({ builtinDataset }: { builtinDataset: Dataset }) {
  const dataset = useAppState((state) => state.dataset);
  const openDataset = useAppState((state) => state.openDataset);
  return (
    <div className="app-shell">
      <SkipLink />
      <Header dataset={dataset} />
      <DatasetPanel builtinDataset={builtinDataset} />
      <NoticeList />
      <ErrorBoundary onRecover={() => openDataset(builtinDataset, {}, null, null)}>
        <main id="main" className="app-main">
          <FilterPanel />
          <EventsView />
          <ReadingArea />
        </main>
      </ErrorBoundary>
      <footer className="site-footer">
        <p>
          Every event links to the exact passage it comes from. Dates are shown as precisely as the source
          gives them, and no more.
        </p>
      </footer>
      <Announcer />
    </div>
  );
}

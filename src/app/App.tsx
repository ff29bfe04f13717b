import { FilterPanel } from '../filters/FilterPanel';
import { NoticeList } from '../notices/NoticeList';
import { useAppState } from '../state/store-context';
import { TimelineView } from '../timeline/TimelineView';
import { Header } from './Header';
import { ReadingArea } from './ReadingArea';

export function App() {
  const dataset = useAppState((state) => state.dataset);
  return (
    <div className="app-shell">
      <Header dataset={dataset} />
      <NoticeList />
      <main id="main" className="app-main">
        <FilterPanel />
        <TimelineView />
        <ReadingArea />
      </main>
      <footer className="site-footer">
        <p>
          Every event links to the exact passage it comes from. Dates are shown as precisely as the source
          gives them, and no more.
        </p>
      </footer>
    </div>
  );
}

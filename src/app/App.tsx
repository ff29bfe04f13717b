import { EventDetails } from '../event-details/EventDetails';
import { FilterPanel } from '../filters/FilterPanel';
import { NoticeList } from '../notices/NoticeList';
import { useAppState } from '../state/store-context';
import { Announcer } from './Announcer';
import { EventsView } from './EventsView';
import { Header } from './Header';
import { SkipLink } from './SkipLink';

export function App() {
  const dataset = useAppState((state) => state.dataset);
  return (
    <div className="app-shell">
      <SkipLink />
      <Header dataset={dataset} />
      <NoticeList />
      <main id="main" className="app-main">
        <FilterPanel />
        <EventsView />
        <EventDetails />
      </main>
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

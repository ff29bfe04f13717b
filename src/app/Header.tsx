import { formatEdtf } from '../domain/date-format';
import type { Dataset } from '../domain/types';
import { ShortcutsHelp } from '../shortcuts/ShortcutsHelp';
import { ThemeSelect } from '../theme/ThemeSelect';

export function Header({ dataset }: { dataset: Dataset }) {
  return (
    <header className="site-header">
      <div className="site-bar">
        <p className="site-name">Conflict timeline</p>
        <div className="site-tools">
          <ThemeSelect />
          <ShortcutsHelp />
        </div>
      </div>
      <h1 className="dataset-title">{dataset.title}</h1>
      {dataset.description && <p className="dataset-description">{dataset.description}</p>}
      <p className="dataset-sources">
        {dataset.sources.length === 1 ? 'Source: ' : `Sources (${dataset.sources.length}): `}
        {dataset.sources.map((source, index) => (
          <span key={source.id}>
            {index > 0 && '; '}
            {source.publisher},{' '}
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              “{source.title}”<span className="visually-hidden"> (opens in a new tab)</span>
            </a>{' '}
            <span className="source-date">({formatEdtf(source.published)})</span>
          </span>
        ))}
      </p>
    </header>
  );
}

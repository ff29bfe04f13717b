import { useAppState } from '../../state/store-context';
import './notices.css';

/** Things the reader should know about what did not apply (a bad link parameter, dropped records). */
export function NoticeList() {
  const notices = useAppState((state) => state.notices);
  const dismissNotice = useAppState((state) => state.dismissNotice);
  return (
    <div className="notices" role="status" aria-label="Notices">
      {notices.length > 0 && (
        <ul>
          {notices.map((notice) => (
            <li key={notice.id}>
              <span>{notice.message}</span>
              <button
                type="button"
                onClick={() => dismissNotice(notice.id)}
                aria-label={`Dismiss: ${notice.message}`}
              >
                Dismiss
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

import { useAppState } from '../../state/store-context';
import { useDatasetLoading } from './loading-context';

/** "Back to the built-in dataset", shown while another dataset is open. */
export function ReturnToBuiltinButton() {
  const { builtinDataset, returnToBuiltin } = useDatasetLoading();
  const isBuiltin = useAppState((state) => state.dataset === builtinDataset);
  if (isBuiltin) return null;
  return (
    <button type="button" className="action-button" onClick={returnToBuiltin}>
      Back to the built-in dataset
    </button>
  );
}

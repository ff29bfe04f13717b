import { createContext, useContext, type ReactNode } from 'react';
import type { DatasetLoading } from './dataset-loading';

const LoadingContext = createContext<DatasetLoading | null>(null);

/** Hands the page's one dataset loader (started in main.tsx) to the views that open, cancel or leave data. */
export function DatasetLoadingProvider({
  loading,
  children,
}: {
  loading: DatasetLoading;
  children: ReactNode;
}) {
  return <LoadingContext.Provider value={loading}>{children}</LoadingContext.Provider>;
}

export function useDatasetLoading(): DatasetLoading {
  const loading = useContext(LoadingContext);
  if (!loading) throw new Error('useDatasetLoading must be used inside <DatasetLoadingProvider>');
  return loading;
}

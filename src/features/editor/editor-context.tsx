import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { EditorState, EditorStore } from './editor-store';
import type { WorkspaceState, WorkspaceStore } from './workspace-store';

interface Stores {
  readonly editor: EditorStore;
  readonly workspace: WorkspaceStore;
}

const StoresContext = createContext<Stores | null>(null);

export function EditorStoresProvider({ stores, children }: { stores: Stores; children: ReactNode }) {
  return <StoresContext.Provider value={stores}>{children}</StoresContext.Provider>;
}

/** Both stores, for event handlers that need their latest state without subscribing to it. */
export function useStores(): Stores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('editor components must be used inside <EditorStoresProvider>');
  return stores;
}

export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(useStores().editor, selector);
}

export function useWorkspace<T>(selector: (state: WorkspaceState) => T): T {
  return useStore(useStores().workspace, selector);
}

import type { DrawPreview } from '../../domain/draw-preview';
import type { ImportResult } from '../../domain/import/import-dataset';
import type { LoadProgress } from '../../state/app-store';

/** An import result whose dataset travels as JSON text (see domain/dataset-transfer.ts). */
export type TransferredResult =
  | (Omit<Extract<ImportResult, { ok: true }>, 'dataset'> & { readonly datasetJson: string })
  | Extract<ImportResult, { ok: false }>;

/** What the page asks the dataset worker for, and what the worker answers. */

export type LoadRequest =
  { readonly kind: 'url'; readonly url: string } | { readonly kind: 'file'; readonly file: File };

export type WorkerMessage =
  | ({ readonly type: 'progress' } & LoadProgress)
  | { readonly type: 'preview'; readonly preview: DrawPreview }
  | { readonly type: 'done'; readonly result: TransferredResult; readonly name: string };

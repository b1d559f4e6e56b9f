import { useEffect, useRef, useState } from 'react';
import { datasetsPath, useRememberDataset, type DatasetView } from './datasetsApi.js';
import { sendFile, UploadAborted } from './sendFile.js';

export type AppendState =
  | { phase: 'idle' }
  | { phase: 'uploading'; fileName: string; sent: number | null }
  | { phase: 'refused'; fileName: string; error: unknown };

/**
 * Appends a file to a dataset as a new version (`POST …/datasets/:id/versions`), with the upload's
 * progress; the import then runs in the background and the row follows it. The dataset's own mapping
 * reads the file. Leaving the page stops an upload that has not finished.
 */
export function useAppendFile(workspaceId: string, datasetId: string) {
  const [state, setState] = useState<AppendState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const remember = useRememberDataset(workspaceId);

  useEffect(() => () => controller.current?.abort(), []);

  async function append(file: File) {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setState({ phase: 'uploading', fileName: file.name, sent: 0 });
    try {
      const answer = await sendFile<{ dataset: DatasetView }>(
        `${datasetsPath(workspaceId)}/${datasetId}/versions`,
        file,
        {
          signal: abort.signal,
          onProgress: (sent, total) =>
            setState({ phase: 'uploading', fileName: file.name, sent: total > 0 ? sent / total : null }),
        },
      );
      setState({ phase: 'idle' });
      remember(answer.dataset);
    } catch (error) {
      if (error instanceof UploadAborted) setState({ phase: 'idle' });
      else setState({ phase: 'refused', fileName: file.name, error });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  }

  return {
    state,
    append: (file: File) => void append(file),
    cancel: () => controller.current?.abort(),
    dismiss: () => setState({ phase: 'idle' }),
  };
}

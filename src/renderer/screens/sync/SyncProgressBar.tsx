import { Progress, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { SYNC_PHASE_LABELS, type SyncProgress } from '../../../shared/sync/views';
import { api } from '../../api/client';

/** While `active`, asks the main process every few tenths of a second how far the export or import has come. */
export function SyncProgressBar({ active }: { active: boolean }) {
  const [progress, setProgress] = useState<SyncProgress | null>(null);
  useEffect(() => {
    if (!active) {
      setProgress(null);
      return;
    }
    let stopped = false;
    const poll = async () => {
      try {
        const current = await api.call('sync.progress', {});
        if (!stopped) setProgress(current);
      } catch {
        // The next poll tries again; the operation itself reports its own errors.
      }
    };
    const timer = setInterval(() => void poll(), 300);
    void poll();
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [active]);

  if (!active) return null;
  const known = progress !== null && progress.total > 0;
  return (
    <Stack gap={4} maw={480} data-testid="sync-progress">
      <Progress value={known ? (progress.done / progress.total) * 100 : 100} animated={!known} striped={!known} />
      <Text size="xs" c="dimmed">
        {progress ? `${SYNC_PHASE_LABELS[progress.phase]}${known ? `：${progress.done.toLocaleString('zh-CN')} / ${progress.total.toLocaleString('zh-CN')}` : '…'}` : '正在开始…'}
      </Text>
    </Stack>
  );
}

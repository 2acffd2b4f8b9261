import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useCallback, useEffect, useRef } from 'react';
import { useBlocker } from 'react-router-dom';

/**
 * Asks before leaving a form with unsaved input — by the navigation, a link, 返回, or closing the window.
 * Call `release()` just before navigating away after a successful save.
 */
export function useUnsavedGuard(isDirty: () => boolean): { release(): void } {
  const released = useRef(false);
  const dirty = useRef(isDirty);
  dirty.current = isDirty;

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      !released.current && dirty.current() && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modals.openConfirmModal({
      title: '离开此页？',
      children: <Text size="sm">有尚未保存的内容，离开后将丢失。可以先留在此页保存（申请可保存为草稿）。</Text>,
      labels: { confirm: '放弃并离开', cancel: '留在此页' },
      confirmProps: { color: 'red' },
      onConfirm: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker]);

  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!released.current && dirty.current()) event.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => window.removeEventListener('beforeunload', beforeUnload);
  }, []);

  return { release: useCallback(() => void (released.current = true), []) };
}

import { useCallback, useEffect, useState } from 'react';
import type { InputOf, MethodName, OutputOf } from '../../shared/api';
import { api, ApiCallError } from './client';

export interface Query<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  reload(): Promise<void>;
}

/** Loads a read method's result on mount; `reload` after a change. */
export function useQuery<M extends MethodName>(method: M, input: InputOf<M>): Query<OutputOf<M>> {
  const [data, setData] = useState<OutputOf<M> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const key = JSON.stringify(input);

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setData(await api.call(method, JSON.parse(key)));
      setError(null);
    } catch (e) {
      setError(e instanceof ApiCallError ? e.message : '读取失败，请重试。');
    } finally {
      setLoading(false);
    }
  }, [method, key]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { data, error, loading, reload };
}

import { useCallback, useEffect, useState } from 'react';
import type { ResponseContract } from '@netvaerk/shared/api/response-contract';
import { ApiError } from './api-client';
import { useTab } from './tab-context';

export type Loaded<T> = { state: 'loading' } | { state: 'error'; error: ApiError } | { state: 'ready'; data: T };

/** GETs a path and keeps the result; `replace` puts in a newer copy (a command's answer) without a reload. */
export function useApi<T>(path: string, contract: ResponseContract<T>) {
  const { api } = useTab();
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setLoaded({ state: 'loading' });
    api.get(path, contract).then(
      (data) => current && setLoaded({ state: 'ready', data }),
      (error: unknown) =>
        current &&
        setLoaded({
          state: 'error',
          error: error instanceof ApiError ? error : new ApiError(0, 'CLIENT.ERROR', String(error)),
        }),
    );
    return () => {
      current = false;
    };
  }, [api, path, contract, attempt]);
  const reload = useCallback(() => setAttempt((a) => a + 1), []);
  const replace = useCallback((data: T) => setLoaded({ state: 'ready', data }), []);
  return { loaded, reload, replace };
}

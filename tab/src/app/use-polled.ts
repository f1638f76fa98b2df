import { useEffect, useState } from 'react';
import type { ResponseContract } from '@netvaerk/shared/api/response-contract';
import { ApiError } from './api-client';
import type { Loaded } from './use-api';
import { useTab } from './tab-context';

/**
 * GETs a path now and then every `everyMs` while the page is open (the stage's live count: within 2 s of an
 * answer at 1 s). A failed refresh keeps what was shown and tries again; only a first failure is an error.
 * `bump` fetches at once (after the viewer's own change).
 */
export function usePolled<T>(path: string, contract: ResponseContract<T>, everyMs: number) {
  const { api } = useTab();
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [bumped, setBumped] = useState(0);
  useEffect(() => {
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const fetchOnce = async () => {
      try {
        const data = await api.get(path, contract);
        if (current) setLoaded({ state: 'ready', data });
      } catch (error) {
        if (current)
          setLoaded((before) =>
            before.state === 'ready'
              ? before
              : {
                  state: 'error',
                  error: error instanceof ApiError ? error : new ApiError(0, 'CLIENT.ERROR', String(error)),
                },
          );
      }
      if (current) timer = setTimeout(() => void fetchOnce(), everyMs);
    };
    void fetchOnce();
    return () => {
      current = false;
      if (timer) clearTimeout(timer);
    };
  }, [api, path, contract, everyMs, bumped]);
  return { loaded, bump: () => setBumped((b) => b + 1), replace: (data: T) => setLoaded({ state: 'ready', data }) };
}

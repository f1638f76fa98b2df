import { networkViewContract } from '@netvaerk/shared/api/network-schemas';
import { useCallback, useState } from 'react';
import type { NetworkViewDto } from '@netvaerk/shared/api/api-types';
import { ApiError } from './api-client';
import { useTab } from './tab-context';

/** A fresh idempotency key for one submission: a retry of the same request is then a replay on the server. */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto as Crypto | undefined;
  return c?.randomUUID ? c.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * Sends a command on a network (POST /api/networks/:id/commands) and hands the updated network to `onView`.
 * Each form has its own, so a refusal is shown where the user acted. Resolves to the new view, or null.
 */
export function useCommand(networkId: string, onView: (view: NetworkViewDto) => void = () => undefined) {
  const { api } = useTab();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = useCallback(
    async (input: Record<string, unknown>): Promise<NetworkViewDto | null> => {
      setBusy(true);
      setError(null);
      try {
        const view = await api.post(
          `/api/networks/${encodeURIComponent(networkId)}/commands`,
          input,
          networkViewContract,
          newIdempotencyKey(),
        );
        onView(view);
        return view;
      } catch (e) {
        setError(e instanceof ApiError ? e : new ApiError(0, 'CLIENT.ERROR', String(e)));
        return null;
      } finally {
        setBusy(false);
      }
    },
    [api, networkId, onView],
  );
  return { run, busy, error, clearError: () => setError(null) };
}

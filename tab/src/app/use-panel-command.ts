import { meetingPanelContract } from '@netvaerk/shared/api/meeting-schemas';
import { useCallback, useState } from 'react';
import type { MeetingPanelDto } from '@netvaerk/shared/api/meeting-api-types';
import { ApiError } from './api-client';
import { useTab } from './tab-context';
import { newIdempotencyKey } from './use-command';

/** The side panel's path for one meeting of a network (`?meeting=`: Teams' meeting ids may hold a slash). */
export const panelApiPath = (networkId: string, meetingId: string, rest = '') =>
  `/api/networks/${encodeURIComponent(networkId)}/panel${rest}?${new URLSearchParams({ meeting: meetingId })}`;

/**
 * Sends one of the panel's commands (start the reflection, write the notes, answer) and hands the new panel to
 * `onPanel`. Each form has its own, so a refusal shows where the user acted.
 */
export function usePanelCommand(networkId: string, meetingId: string, onPanel: (panel: MeetingPanelDto) => void) {
  const { api } = useTab();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = useCallback(
    async (input: Record<string, unknown>): Promise<boolean> => {
      setBusy(true);
      setError(null);
      try {
        onPanel(
          await api.post(
            panelApiPath(networkId, meetingId, '/commands'),
            input,
            meetingPanelContract,
            newIdempotencyKey(),
          ),
        );
        return true;
      } catch (e) {
        setError(e instanceof ApiError ? e : new ApiError(0, 'CLIENT.ERROR', String(e)));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [api, networkId, meetingId, onPanel],
  );
  return { run, busy, error };
}

import { useCallback } from 'react';
import { apiErrorContract } from '@netvaerk/shared/api/people-schemas';
import { t } from '@netvaerk/shared/i18n/messages';
import { ApiError } from './api-client';
import { useTab } from './tab-context';

/** The file name a response names in its Content-Disposition, or a fallback. */
function fileNameOf(response: Response, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '');
  return match?.[1] ?? fallback;
}

/**
 * Fetches a file from the API with the user's authentication (a plain link can't carry the Teams token) and
 * saves it; a refusal becomes the API's error with its message, like every other call.
 */
export function useDownload() {
  const { host, locale } = useTab();
  return useCallback(
    async (path: string, options: { body?: unknown; fallbackName: string }): Promise<string> => {
      const response = await window
        .fetch(path, {
          method: options.body === undefined ? 'GET' : 'POST',
          headers: {
            'accept-language': locale,
            ...(await host.authHeaders()),
            ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
        })
        .catch(() => {
          throw new ApiError(0, 'NETWORK.OFFLINE', t(locale, 'tab.error.offline'));
        });
      if (!response.ok) {
        const failure = apiErrorContract.schema.safeParse(await response.json().catch(() => null));
        if (!failure.success)
          throw new ApiError(response.status, `HTTP.${response.status}`, t(locale, 'tab.error.offline'));
        throw new ApiError(response.status, failure.data.code, failure.data.message, failure.data.fieldErrors ?? {});
      }
      const name = fileNameOf(response, options.fallbackName);
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return name;
    },
    [host, locale],
  );
}

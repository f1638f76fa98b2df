import type { Locale } from '@netvaerk/shared/domain/errors';
import type { ApiErrorBody } from '@netvaerk/shared/api/api-types';
import { t } from '@netvaerk/shared/i18n/messages';
import { SSO_ERROR_CODES, SsoError } from './sso-failure';

/** A refusal or failure from the API, with its stable code and the message to show. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiClient {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown, idempotencyKey?: string): Promise<T>;
}

/** Talks to the tab API with the host's authentication and the user's language. */
export function createApiClient(options: {
  authHeaders: () => Promise<Record<string, string>>;
  locale: Locale;
  offlineMessage: string;
  fetchImpl?: typeof fetch;
}): ApiClient {
  const doFetch = options.fetchImpl ?? ((input, init) => window.fetch(input, init));
  const request = async <T>(method: string, path: string, body?: unknown, key?: string): Promise<T> => {
    let auth: Record<string, string>;
    try {
      auth = await options.authHeaders();
    } catch (error) {
      // Teams' own error text (English, technical) is never shown: the user gets what to do, in their language.
      const failure = error instanceof SsoError ? error.failure : 'failed';
      throw new ApiError(0, SSO_ERROR_CODES[failure], t(options.locale, 'tab.sso.failed'));
    }
    const headers: Record<string, string> = {
      accept: 'application/json',
      'accept-language': options.locale,
      ...auth,
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(key ? { 'idempotency-key': key } : {}),
    };
    let response: Response;
    try {
      response = await doFetch(path, {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch {
      throw new ApiError(0, 'NETWORK.OFFLINE', options.offlineMessage);
    }
    const text = await response.text();
    const parsed: unknown = text ? JSON.parse(text) : null;
    if (!response.ok) {
      const error = (parsed ?? {}) as Partial<ApiErrorBody>;
      throw new ApiError(
        response.status,
        error.code ?? `HTTP.${response.status}`,
        error.message ?? options.offlineMessage,
        error.fieldErrors ?? {},
      );
    }
    return parsed as T;
  };
  return {
    get: (path) => request('GET', path),
    post: (path, body, key) => request('POST', path, body, key),
  };
}

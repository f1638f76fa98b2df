import type { Locale } from '@netvaerk/shared/domain/errors';
import { apiErrorContract } from '@netvaerk/shared/api/people-schemas';
import type { ResponseContract } from '@netvaerk/shared/api/response-contract';
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

/** The code of an answer that isn't what its route's contract says (a server and tab of different versions). */
export const UNEXPECTED_RESPONSE = 'API.UNEXPECTED_RESPONSE';

/** Every answer is checked against its route's contract (`shared/src/api/*-schemas.ts`) before a page sees it. */
export interface ApiClient {
  get<T>(path: string, contract: ResponseContract<T>): Promise<T>;
  post<T>(path: string, body: unknown, contract: ResponseContract<T>, idempotencyKey?: string): Promise<T>;
}

/** Talks to the tab API with the host's authentication and the user's language. */
export function createApiClient(options: {
  authHeaders: () => Promise<Record<string, string>>;
  locale: Locale;
  offlineMessage: string;
  fetchImpl?: typeof fetch;
}): ApiClient {
  const doFetch = options.fetchImpl ?? ((input, init) => window.fetch(input, init));
  const unexpected = (status: number, what: string, detail: unknown): ApiError => {
    // The page shows what to do; the console keeps what was wrong, for whoever is asked to look.
    console.error(`Unexpected answer for ${what}`, detail);
    return new ApiError(status, UNEXPECTED_RESPONSE, t(options.locale, 'tab.api.unexpected'));
  };
  const request = async <T>(
    method: string,
    path: string,
    contract: ResponseContract<T>,
    body?: unknown,
    key?: string,
  ): Promise<T> => {
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
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch (error) {
      // A proxy's HTML error page, say: not JSON at all.
      if (response.ok) throw unexpected(response.status, `${method} ${path}`, error);
    }
    if (!response.ok) {
      const failure = apiErrorContract.schema.safeParse(parsed);
      if (!failure.success) throw new ApiError(response.status, `HTTP.${response.status}`, options.offlineMessage);
      throw new ApiError(response.status, failure.data.code, failure.data.message, failure.data.fieldErrors ?? {});
    }
    const checked = contract.schema.safeParse(parsed);
    if (!checked.success)
      throw unexpected(response.status, `${method} ${path} (${contract.name})`, checked.error.issues);
    return checked.data;
  };
  return {
    get: (path, contract) => request('GET', path, contract),
    post: (path, body, contract, key) => request('POST', path, contract, body, key),
  };
}

import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Locale } from '../../shared/src/domain/errors';
import type { MeDto, NetworkViewDto } from '@netvaerk/shared/api/api-types';
import type { ResponseContract } from '@netvaerk/shared/api/response-contract';
import { ApiError, type ApiClient } from '../../tab/src/app/api-client';
import type { TabHost } from '../../tab/src/app/host';
import { TabContext } from '../../tab/src/app/tab-context';

// jsdom has no ResizeObserver; Fluent's Textarea and overflow helpers only need it to exist.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  Object.assign(window, { ResizeObserver: NoResizeObserver });
}

export type Answer = unknown | ApiError | 'pending';

/**
 * A fake API: answers per "METHOD path", records every call. Each answer is checked against the route's
 * contract, as the real client does, so a fixture that drifts from the DTO fails here instead of passing kindly.
 */
export function fakeApi(answers: Record<string, Answer | ((body: unknown) => Answer)>) {
  const calls: { method: string; path: string; body?: unknown; key?: string }[] = [];
  const answer = <T,>(method: string, path: string, contract: ResponseContract<T>, body?: unknown): Promise<T> => {
    const entry = answers[`${method} ${path}`];
    const value = typeof entry === 'function' ? (entry as (b: unknown) => Answer)(body) : entry;
    if (value === 'pending') return new Promise(() => undefined);
    if (value instanceof ApiError) return Promise.reject(value);
    if (value === undefined)
      return Promise.reject(new ApiError(404, 'TEST.NO_ANSWER', `no answer for ${method} ${path}`));
    const checked = contract.schema.safeParse(value);
    if (!checked.success)
      return Promise.reject(
        new Error(`fixture for ${method} ${path} is not a ${contract.name}: ${JSON.stringify(checked.error.issues)}`),
      );
    return Promise.resolve(checked.data);
  };
  const api: ApiClient = {
    get: (path, contract) => (calls.push({ method: 'GET', path }), answer('GET', path, contract)),
    post: (path, body, contract, key) => (
      calls.push({ method: 'POST', path, body, ...(key ? { key } : {}) }),
      answer('POST', path, contract, body)
    ),
  };
  return { api, calls };
}

export const ME: MeDto = {
  person: { tenantId: 't', objectId: 'leader', name: 'Lene Leder' },
  director: false,
  consultant: false,
  forums: [],
  seesAll: false,
  mayExportCaseRecords: false,
  localDev: true,
};

export function testHost(overrides: Partial<TabHost> = {}): TabHost {
  return {
    mode: 'localDev',
    locale: 'da',
    theme: 'default',
    frameContext: 'content',
    authHeaders: async () => ({}),
    onThemeChange: () => undefined,
    ...overrides,
  };
}

/** Renders a view as the tab does: Fluent's Teams theme and the tab's context around it. */
export function renderInTab(
  ui: ReactElement,
  options: { api: ApiClient; me?: MeDto; locale?: Locale; host?: TabHost; navigate?: (p: string) => void },
) {
  const locale = options.locale ?? 'da';
  return render(
    <FluentProvider theme={teamsLightTheme}>
      <TabContext.Provider
        value={{
          host: options.host ?? testHost({ locale }),
          api: options.api,
          me: options.me ?? ME,
          locale,
          navigate: options.navigate ?? (() => undefined),
        }}
      >
        {ui}
      </TabContext.Provider>
    </FluentProvider>,
  );
}

const version = (fields: Record<string, string | string[]>, signed: boolean) => ({
  version: 1,
  fields,
  editedBy: 'Dorthe Direktør',
  editedAt: '2026-02-01T10:00:00.000Z',
  signatures: signed ? [{ by: 'Dorthe Direktør', at: '2026-02-02T10:00:00.000Z', as: 'director' as const }] : [],
  parties: [
    {
      body: 'director' as const,
      acknowledged: signed,
      by: signed ? [{ by: 'Dorthe Direktør', at: '2026-02-02T10:00:00.000Z' }] : [],
    },
  ],
  locked: signed,
});

/** A network in the active phase, as GET /api/networks/:id answers it. */
export function networkView(overrides: Partial<NetworkViewDto> = {}): NetworkViewDto {
  return {
    id: 'n1',
    name: 'Fra barn til voksen med hjerneskade',
    type: 'welfare',
    track: null,
    phase: 'active',
    purpose: 'Helhed for den unge',
    background: 'Mange specialister',
    originator: 'Ole Ophav',
    originatorGroup: 'Sundhed',
    leader: { tenantId: 't', objectId: 'leader', name: 'Lene Leder' },
    period: { startDate: '2026-02-01', endDate: '2026-10-31' },
    daysLeft: 120,
    anonymousReflections: false,
    timeline: [
      { phase: 'idea', at: '2026-01-05T09:00:00.000Z' },
      { phase: 'kickoffHeld', at: '2026-02-10T09:00:00.000Z' },
      { phase: 'active', at: '2026-02-11T09:00:00.000Z' },
      { phase: 'closingReflection', at: null },
    ],
    contract: [
      {
        phase: 1,
        versions: [version({ purpose: 'Helhed', background: 'Behov', parties: ['Netværksdirektør'] }, true)],
        requiredSigners: ['director'],
        canEdit: false,
        canSign: false,
        signsForMeeting: false,
      },
      {
        phase: 2,
        versions: [],
        requiredSigners: ['leader', 'director'],
        canEdit: false,
        canSign: false,
        signsForMeeting: false,
      },
      { phase: 3, versions: [], requiredSigners: ['leader'], canEdit: false, canSign: false, signsForMeeting: false },
    ],
    participants: [
      {
        id: 'p1',
        kind: 'internal',
        name: 'Pia Deltager',
        organisation: null,
        email: null,
        role: 'participant',
        status: 'accepted',
        guestUntil: null,
        addedBy: 'Lene Leder',
        addedAt: '2026-02-03T09:00:00.000Z',
        respondedAt: '2026-02-04T09:00:00.000Z',
      },
    ],
    canManageParticipants: false,
    meetings: [],
    closing: null,
    rounds: [],
    anchoring: null,
    decisions: [
      {
        kind: 'decision',
        outcome: 'approve',
        by: 'Claus Chefforum',
        at: '2026-01-20T09:00:00.000Z',
        reason: null,
        body: 'headsForum',
        meetingDate: null,
        subject: null,
        votes: [],
      },
    ],
    pending: [],
    history: [
      {
        id: 'e1',
        type: 'ideaSubmitted',
        at: '2026-01-05T09:00:00.000Z',
        by: 'Ole Ophav',
        surface: 'bot',
        reason: null,
      },
      { id: 'e2', type: 'reflectionAnswered', at: '2026-03-01T09:00:00.000Z', by: null, surface: 'bot', reason: null },
    ],
    failedMessages: null,
    ...overrides,
  };
}

/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { meContract } from '@netvaerk/shared/api/people-schemas';
import { createApiClient } from '../../tab/src/app/api-client';
import { type AuthenticationEnd, finishConsent } from '../../tab/src/app/finish-consent';
import { SSO_ERROR_CODES, SsoError, ssoFailureOf } from '../../tab/src/app/sso-failure';
import { ConsentView } from '../../tab/src/components/consent-view';

describe('why Teams gave no token', () => {
  it.each([
    ['resourceRequiresConsent', 'consentRequired'],
    ['consent_required', 'consentRequired'],
    ['AADSTS65001: The user or administrator has not consented to use the application', 'consentRequired'],
    ['invalid_grant', 'consentRequired'],
    ['interaction_required', 'consentRequired'],
    ['tokenRevoked', 'failed'],
    ['resourceDisabled', 'failed'],
    ['FailedToOpenWindow', 'failed'],
  ])('%s → %s', (reason, failure) => {
    expect(ssoFailureOf(new Error(reason))).toBe(failure);
    expect(ssoFailureOf(reason)).toBe(failure);
  });

  it("becomes an API error in the user's language, never Teams' own text", async () => {
    for (const [locale, text] of [
      ['da', 'Teams kunne ikke bekræfte, hvem du er'],
      ['en', 'Teams could not confirm who you are'],
    ] as const) {
      const api = createApiClient({
        locale,
        offlineMessage: 'offline',
        authHeaders: () => Promise.reject(new SsoError('consentRequired', 'resourceRequiresConsent')),
        fetchImpl: () => Promise.reject(new Error('no request may be sent without a token')),
      });
      const error = await api.get('/api/me', meContract).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: SSO_ERROR_CODES.consentRequired });
      expect((error as Error).message).toContain(text);
      expect((error as Error).message).not.toContain('resourceRequiresConsent');
    }
  });
});

describe('the consent view', () => {
  it('opens the consent popup and carries on once consent is given', async () => {
    let consented = 0;
    const consent = jest.fn(() => Promise.resolve());
    render(<ConsentView locale="da" consent={consent} onConsented={() => consented++} />);
    fireEvent.click(screen.getByRole('button', { name: 'Giv tilladelse' }));
    await waitFor(() => expect(consented).toBe(1));
    expect(consent).toHaveBeenCalledTimes(1);
  });

  it('says so when the popup was closed, and lets the user try again', async () => {
    render(
      <ConsentView
        locale="en"
        consent={() => Promise.reject(new Error('CancelledByUser'))}
        onConsented={() => undefined}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Give permission' }));
    expect(await screen.findByText(/Permission was not given/)).toBeTruthy();
    expect(screen.queryByText(/CancelledByUser/)).toBeNull();
    expect((screen.getByRole('button', { name: 'Give permission' }) as HTMLButtonElement).disabled).toBe(false);
  });
});

describe('the consent popup’s last page (/tab/auth-end)', () => {
  const teams = () => {
    const said: string[] = [];
    const end: AuthenticationEnd = {
      initialize: async () => void said.push('initialize'),
      notifySuccess: () => void said.push('success'),
      notifyFailure: (reason) => void said.push(`failure:${reason}`),
    };
    return { said, end };
  };

  it('tells Teams consent was given when Entra came back with a code', async () => {
    const { said, end } = teams();
    expect(await finishConsent('?code=abc&state=xyz', end)).toBe('success');
    expect(said).toEqual(['initialize', 'success']);
  });

  it('tells Teams it failed when Entra came back with an error (e.g. the user declined)', async () => {
    const { said, end } = teams();
    expect(await finishConsent('?error=access_denied&error_description=declined', end)).toBe('failure');
    expect(said).toEqual(['initialize', 'failure:access_denied']);
  });
});

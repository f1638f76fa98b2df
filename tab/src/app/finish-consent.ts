/** The parts of teams-js the consent popup's last page uses (a parameter, so tests can stand in for Teams). */
export interface AuthenticationEnd {
  initialize(): Promise<void>;
  notifySuccess(): void;
  notifyFailure(reason: string): void;
}

/**
 * The last page of the consent popup (/tab/auth-end, where Entra sends the user back): tells Teams how it went,
 * and Teams closes the popup and resolves (or rejects) the tab's `authentication.authenticate`. The
 * authorisation code Entra adds is never used: consent is recorded by Entra itself.
 */
export async function finishConsent(search: string, teams: AuthenticationEnd): Promise<'success' | 'failure'> {
  await teams.initialize();
  const error = new URLSearchParams(search).get('error');
  if (error) {
    teams.notifyFailure(error);
    return 'failure';
  }
  teams.notifySuccess();
  return 'success';
}

/** teams-js itself, loaded only on this page. */
export async function teamsAuthenticationEnd(): Promise<AuthenticationEnd> {
  const { app, authentication } = await import('@microsoft/teams-js');
  return {
    initialize: () => app.initialize(),
    notifySuccess: () => authentication.notifySuccess(),
    notifyFailure: (reason) => authentication.notifyFailure(reason),
  };
}

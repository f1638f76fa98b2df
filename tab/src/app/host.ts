import type { Locale } from '@netvaerk/shared/domain/errors';

export type ThemeName = 'default' | 'dark' | 'contrast';

/** What the tab saves when it is added to a channel (the configurable tab's settings page). */
export interface TabSettings {
  entityId: string;
  contentUrl: string;
  websiteUrl: string;
  suggestedDisplayName: string;
}

/**
 * Where the tab runs: inside Teams (SSO token, Teams theme and locale) or in local development (a chosen demo
 * identity). Components only see this interface, so tests can give them a host of their own.
 */
export interface TabHost {
  mode: 'teams' | 'localDev';
  locale: Locale;
  theme: ThemeName;
  /** Teams' frame context: 'content', 'settings', 'sidePanel', … ('content' outside Teams). */
  frameContext: string;
  /** Headers that authenticate a request to the API; rejects with an `SsoError` when Teams gives no token. */
  authHeaders(): Promise<Record<string, string>>;
  /**
   * In Teams: asks the user to consent to the app's scope in Teams' authentication popup (our /auth/consent,
   * which sends them to Entra); resolves once they did, rejects if they closed it or Entra refused.
   */
  consent?(): Promise<void>;
  /** Teams' sub-page id from a deep link (`context.page.subPageId`), e.g. `network:<id>`. */
  subPageId?: string;
  onThemeChange(listener: (theme: ThemeName) => void): void;
  /**
   * On the settings page in Teams: enable Save and store the tab's settings when it is pressed; `beforeSave` runs
   * first (linking the meeting or channel to the network) and a failure keeps the dialog open.
   */
  configureTab?(settings: TabSettings | null, beforeSave?: () => Promise<void>): void;
  /** Where in Teams the tab is: a meeting (its id and chat) or a channel. */
  teamsPlace?: { meetingId?: string; chatId?: string; channelId?: string };
  /**
   * Shares a page of the tab to the meeting's stage for everyone (Teams' `meeting.shareAppContentToStage`, from
   * the side panel); in local development the stage preview shows it. Absent where there is no stage.
   */
  shareToStage?(url: string): Promise<void>;
}

export const THEMES: readonly ThemeName[] = ['default', 'dark', 'contrast'];

export function asTheme(value: string | null | undefined): ThemeName | null {
  return value === 'default' || value === 'dark' || value === 'contrast' ? value : null;
}

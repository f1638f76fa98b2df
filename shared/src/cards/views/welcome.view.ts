import type { Locale } from '../../domain/errors';
import { t } from '../../i18n/messages';
import type { AppCardData, MessageSpec } from '../app.card';
import { Verbs } from '../verbs';

/** The first card a person or a team sees: what the app does, and the way in. */
export function welcomeView(locale: Locale): AppCardData {
  return {
    title: t(locale, 'welcome.title'),
    messages: [{ text: t(locale, 'welcome.body') }, { text: t(locale, 'welcome.commands') }],
    actions: [{ title: t(locale, 'action.proposeNetwork'), verb: Verbs.showIdeaForm, data: {}, style: 'positive' }],
  };
}

/** A short card with a title and one or more messages: refusals, confirmations, errors. */
export function noticeView(title: string, ...messages: MessageSpec[]): AppCardData {
  return { title, messages };
}

import type { Locale } from '../domain/errors';
import type { Meeting, Network } from '../domain/network';
import type { OutboxView } from '../domain/outbox';
import type { ReflectionAnswer } from '../domain/repository';
import type { Actor, OrgConfig, PersonRef } from '../domain/types';
import { t } from '../i18n/messages';
import type { AppCardData, MessageSpec } from './app.card';
import { contractFormView } from './views/contract-form.view';
import { kindOf } from './kinds/registry';
import { networkCardView } from './views/network-card.view';
import { participantsView } from './views/participants.view';
import {
  meetingStartView,
  reflectionCardView,
  reflectionReminderView,
  reflectionSummaryView,
} from './views/reflection.view';
import { noticeView } from './views/welcome.view';

/** What the views read besides the network and the configuration, loaded once per render by the caller. */
export interface ViewInputs {
  /** People to choose from (nominations, invitations). */
  knownPeople: PersonRef[];
  /** The answers to the meeting a reflection view is about (empty for other views). */
  answers: ReflectionAnswer[];
  /** How many have answered, when `answers` holds only some of them (the count comes from the tally). */
  answerCount?: number;
  /** A viewer's own answer among them (the caller knows how anonymous answers are keyed). */
  ownAnswer: (meeting: Meeting, viewer: Actor | null) => ReflectionAnswer | null;
  /** The closing answers, for the network cards that show them (absent for the rest). */
  closingAnswers?: Record<string, unknown>[];
}

export interface ViewOptions {
  /** Who is looking: null for the shared card everyone in a conversation sees. */
  viewer: Actor | null;
  locale: Locale;
  notice?: MessageSpec;
  values?: Record<string, string>;
  fieldErrors?: Record<string, string>;
}

/** A view a card or a refresh names that this version of the app does not have (e.g. a stale stored kind). */
export class UnknownViewError extends Error {}

type ViewOf<T extends OutboxView['type']> = Extract<OutboxView, { type: T }>;
type Render<T extends OutboxView['type']> = (
  view: ViewOf<T>,
  network: Network,
  config: OrgConfig,
  inputs: ViewInputs,
  options: ViewOptions,
) => AppCardData;

const REFLECTION_VARIANTS = {
  card: reflectionCardView,
  summary: reflectionSummaryView,
  reminder: reflectionReminderView,
} as const;

/** One pure view per view type: what a viewer (or everyone, for the shared card) sees of a network's card. */
const VIEWS: { [T in OutboxView['type']]: Render<T> } = {
  network: (view, network, config, inputs, o) => {
    const kind = kindOf(view.kind);
    if (!kind) throw new UnknownViewError(`unknown network card kind ${JSON.stringify(view.kind)}`);
    return networkCardView(kind, network, {
      ...o,
      config,
      ...(view.participantId ? { participantId: view.participantId } : {}),
      knownPeople: inputs.knownPeople,
      ...(inputs.closingAnswers ? { closingAnswers: inputs.closingAnswers } : {}),
    });
  },
  contract: (view, network, config, _inputs, o) => contractFormView(network, view.phase, { ...o, config }),
  participants: (_view, network, config, inputs, o) =>
    participantsView(network, { ...o, config, knownPeople: inputs.knownPeople }),
  reflection: (view, network, config, inputs, o) => {
    const meeting = network.meetings.find((m) => m.id === view.meetingId);
    if (!meeting) return noticeView(network.name, { text: t(o.locale, 'reflection.meetingUnknown') });
    if (view.variant === 'start')
      return meetingStartView(network, meeting, {
        locale: o.locale,
        viewer: o.viewer,
        config,
        ...(o.notice ? { notice: o.notice } : {}),
      });
    return REFLECTION_VARIANTS[view.variant](network, meeting, {
      locale: o.locale,
      viewer: o.viewer,
      config,
      answers: inputs.answers,
      ...(inputs.answerCount !== undefined ? { answered: inputs.answerCount } : {}),
      own: inputs.ownAnswer(meeting, o.viewer),
      ...(o.notice ? { notice: o.notice } : {}),
    });
  },
};

/** The card data of any view, for one viewer or for everyone. Pure: the same inputs give the same card. */
export function viewData(
  view: OutboxView,
  network: Network,
  config: OrgConfig,
  inputs: ViewInputs,
  options: ViewOptions,
): AppCardData {
  return (VIEWS[view.type] as Render<OutboxView['type']>)(view, network, config, inputs, options);
}

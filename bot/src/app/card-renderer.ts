import { networkTabDeepLink } from '@netvaerk/shared/api/tab-deep-link';
import { type AppCardData, renderAppCard } from '@netvaerk/shared/cards/app.card';
import type { ActionSpec, MessageSpec } from '@netvaerk/shared/cards/app.card';
import { refreshSection } from '@netvaerk/shared/cards/card-refresh';
import { kindOf, specOf } from '@netvaerk/shared/cards/kinds/registry';
import type { KindSpec } from '@netvaerk/shared/cards/kinds/kind-spec';
import type { CardJson } from '@netvaerk/shared/cards/render-template';
import { viewData, type ViewInputs } from '@netvaerk/shared/cards/view-data';
import type { Directory, KnownPerson } from '@netvaerk/shared/domain/directory';
import type { Locale } from '@netvaerk/shared/domain/errors';
import type { Meeting, Network } from '@netvaerk/shared/domain/network';
import type { OutboxView } from '@netvaerk/shared/domain/outbox';
import type { Pseudonymiser } from '@netvaerk/shared/domain/ports';
import type { NetworkRepository } from '@netvaerk/shared/domain/repository';
import { type Actor, type OrgConfig, type PersonRef, personKey } from '@netvaerk/shared/domain/types';
import { t } from '@netvaerk/shared/i18n/messages';
import { privacyLinkMessage } from '@netvaerk/shared/records/privacy-link';
import { candidateKeys, refreshAudience } from './refresh-audience';

export interface RenderOptions {
  viewer: Actor | null;
  locale: Locale;
  notice?: MessageSpec;
  values?: Record<string, string>;
  fieldErrors?: Record<string, string>;
  /** The reflection answers of the view's meeting, when the caller has just read them (saves a round trip). */
  answers?: ViewInputs['answers'];
  /** How many have answered, when `answers` holds only the viewer's own (the count is the meeting's tally). */
  answerCount?: number;
  /** Buttons after the view's own, for one viewer's card: e.g. the way back to the list it was opened from. */
  extraActions?: ActionSpec[];
}

/**
 * Views that choose among people (the participants card, a kind whose spec says so) need everyone the app knows.
 * A stored kind this version does not know is left to `viewData`, which reports it.
 */
const NEEDS_PEOPLE = (view: OutboxView) => view.type === 'participants' || specFor(view)?.choosesPeople === true;

/** Cards that carry the closing reflection's answers to the director and the decider (their specs say so). */
const NEEDS_CLOSING_ANSWERS = (view: OutboxView) => specFor(view)?.readsClosingAnswers === true;

function specFor(view: OutboxView): KindSpec | null {
  const kind = view.type === 'network' ? kindOf(view.kind) : null;
  return kind ? specOf(kind) : null;
}

/**
 * Renders any card view of a network for a viewer, or the shared card for everyone in a conversation with the
 * refresh that lets each person who can do more fetch their own view. Brings what the pure views need from
 * outside the domain: the configuration, the people the app knows, reflection answers and Teams ids.
 */
export class CardRenderer {
  constructor(
    private readonly directory: Directory,
    private readonly networks: NetworkRepository,
    private readonly pseudonymise: Pseudonymiser,
    /** The Teams app id for deep links into the tab (TEAMS_APP_ID); empty: cards carry no link. */
    private readonly teamsAppId = '',
    /** The public privacy page, linked from every reflection card (issue 17); none when the URL is unknown. */
    private readonly privacyUrl?: string,
  ) {}

  async knownPeople(network: Network | null, people?: KnownPerson[]): Promise<PersonRef[]> {
    const seen = new Set<string>();
    const refs: PersonRef[] = [];
    for (const p of [...(network?.interested ?? []), ...(people ?? (await this.directory.people()))]) {
      const key = personKey(p);
      if (!seen.has(key)) {
        seen.add(key);
        refs.push({ tenantId: p.tenantId, objectId: p.objectId, name: p.name });
      }
    }
    return refs;
  }

  async render(view: OutboxView, network: Network, config: OrgConfig, options: RenderOptions): Promise<CardJson> {
    const shared = options.viewer === null;
    // A card that offers to choose someone lists everyone the app knows; other cards read no one's row here.
    const people = NEEDS_PEOPLE(view) ? await this.directory.people() : [];
    const inputs: ViewInputs = {
      knownPeople: NEEDS_PEOPLE(view) ? await this.knownPeople(network, people) : [],
      ...(view.type === 'reflection' ? await this.reflectionInputs(network, view, options) : { answers: [] }),
      ownAnswer: (meeting, viewer) => this.ownAnswer(network, meeting, inputs.answers, viewer),
      ...(NEEDS_CLOSING_ANSWERS(view) && network.closing
        ? { closingAnswers: await this.networks.closingAnswers(network.id) }
        : {}),
    };
    const own = viewData(view, network, config, inputs, options);
    const data = this.withPrivacyLink(
      view,
      this.withTabLink(
        options.extraActions?.length ? { ...own, actions: [...(own.actions ?? []), ...options.extraActions] } : own,
        network,
        options.locale,
      ),
      options.locale,
    );
    if (!shared) return renderAppCard(data);
    // The refresh audience needs the Teams ids of the card's candidates only (not the whole organisation's).
    const candidates = candidateKeys(view, network, config);
    const userIds = refreshAudience(
      data,
      candidates,
      NEEDS_PEOPLE(view)
        ? new Map(people.map((p) => [personKey(p), p]))
        : await this.directory.reachablePeople(candidates),
      (viewer) => viewData(view, network, config, inputs, { viewer, locale: options.locale }),
    );
    return renderAppCard(
      userIds.length ? { ...data, refresh: refreshSection(network.id, view, userIds, options.locale) } : data,
    );
  }

  /**
   * What a reflection view reads: the answers the caller has, or for the shared card (which shows a count and no
   * one's answer) the meeting's tally alone, or every answer (a viewer's own card, the leader's summary).
   */
  private async reflectionInputs(
    network: Network,
    view: Extract<OutboxView, { type: 'reflection' }>,
    options: RenderOptions,
  ): Promise<Pick<ViewInputs, 'answers' | 'answerCount'>> {
    if (options.answers)
      return {
        answers: options.answers,
        ...(options.answerCount !== undefined ? { answerCount: options.answerCount } : {}),
      };
    if (options.viewer === null && view.variant !== 'summary') {
      const read = await this.networks.meetingReflections(network.id, [view.meetingId], { comments: false });
      return { answers: [], answerCount: read.get(view.meetingId)?.tally.count ?? 0 };
    }
    return { answers: await this.networks.reflectionAnswers(network.id, view.meetingId) };
  }

  /** Every card about a network links to the network's page in the tab (a Teams deep link), once the id is known. */
  private withTabLink(data: AppCardData, network: Network, locale: Locale): AppCardData {
    if (!this.teamsAppId) return data;
    return {
      ...data,
      openUrl: { title: t(locale, 'card.openTab'), url: networkTabDeepLink(this.teamsAppId, network.id) },
    };
  }

  private withPrivacyLink(view: OutboxView, data: ReturnType<typeof viewData>, locale: Locale) {
    if (view.type !== 'reflection' || view.variant === 'summary' || !this.privacyUrl) return data;
    return { ...data, messages: [...(data.messages ?? []), privacyLinkMessage(this.privacyUrl, locale)] };
  }

  /** The viewer's own answer: keyed by person, or by the keyed hash for anonymous meetings. */
  private ownAnswer(
    network: Network,
    meeting: Meeting,
    answers: ViewInputs['answers'],
    viewer: Actor | null,
  ): ViewInputs['answers'][number] | null {
    if (!viewer || answers.length === 0) return null;
    const key = meeting.anonymous
      ? this.pseudonymise(`${network.id}/${meeting.id}`, personKey(viewer))
      : personKey(viewer);
    return answers.find((a) => a.answerKey === key) ?? null;
  }
}

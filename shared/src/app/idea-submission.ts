import type { Locale } from '../domain/errors';
import type { Network } from '../domain/network';
import { BODY_NAMES, routeFor } from '../domain/routing';
import { t } from '../i18n/messages';

/** An idea as a person typed it, on the bot's card or the site's form: untrusted strings, parsed by the command. */
export interface IdeaFields {
  name: string;
  networkType?: string;
  track?: string;
  purpose: string;
  background: string;
  originatorGroup?: string;
}

/**
 * The `submitIdea` command for an idea, the same from every surface: the network id follows from the command id
 * (so a redelivered submission lands on the same network), and a track counts only for an innovation network.
 */
export function submitIdeaCommand(commandId: string, fields: IdeaFields) {
  return {
    type: 'submitIdea' as const,
    commandId,
    networkId: `n${commandId.slice(0, 24)}`,
    name: fields.name,
    networkType: fields.networkType || undefined,
    track: fields.networkType === 'innovation' && fields.track ? fields.track : undefined,
    purpose: fields.purpose,
    background: fields.background,
    originatorGroup: fields.originatorGroup,
  };
}

/** What happens next to a new idea, for the person who submitted it: who recommends it, or that a track is chosen. */
export function ideaNextStep(network: Network, locale: Locale): string {
  const route = routeFor(network);
  return route
    ? t(locale, 'idea.nextRecommender', { who: BODY_NAMES[route.recommender][locale] })
    : t(locale, 'idea.nextTrack');
}

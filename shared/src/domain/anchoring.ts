import type { AnchoringRecommendation, Network } from './network';
import { BODY_NAMES } from './routing';
import { FORUMS, type Forum } from './types';

/**
 * The bodies an anchoring recommendation can go to for a decision, via the director (DESIGN.md §4: "the deciding
 * bodies, including the municipal council and the heads' forum"): the municipal council and every configured
 * forum.
 */
export const DECIDING_BODIES = ['municipalCouncil', ...FORUMS] as const satisfies readonly (
  'municipalCouncil' | Forum
)[];
export type DecidingBody = (typeof DECIDING_BODIES)[number];

/** A deciding body's name in both languages, for messages that name it (the council is no configured body). */
export function decidingBodyName(body: DecidingBody): { da: string; en: string } {
  return body === 'municipalCouncil' ? { da: 'kommunalbestyrelsen', en: 'the municipal council' } : BODY_NAMES[body];
}

/** Whether a recommendation still waits for its deciding body's outcome: a task for the director until recorded. */
export function awaitsOutcome(r: AnchoringRecommendation): boolean {
  return r.path.kind === 'decidingBody' && !r.followUp;
}

/** A network's recommendations that wait for a deciding body's outcome, in the order they were made. */
export function openFollowUps(network: Pick<Network, 'anchoring'>): AnchoringRecommendation[] {
  return (network.anchoring?.recommendations ?? []).filter(awaitsOutcome);
}

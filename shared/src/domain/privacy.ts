import type { Network } from './network';
import type { DecideContext } from './outcome';
import { type Actor, type OrgConfig, samePerson } from './types';

/**
 * Privacy rules that span the domain (issue 13, point 8), one place each: what an anonymous answer's records
 * may say about time, and who sees comments by name.
 */

/**
 * The time recorded for an anonymous answer and everything it causes: the start of its day (UTC). With the exact
 * time, any row written at the same instant that names a person (a message to their chat) would name the author.
 */
export function anonymousTime(ctx: Pick<DecideContext, 'clock'>): string {
  return `${ctx.clock.now().toISOString().slice(0, 10)}T00:00:00.000Z`;
}

/**
 * Who sees a reflection comment with its author's name (a meeting that isn't anonymous): the network's leader,
 * the network director and the consultants. Everyone else who sees the network (forum members, politicians)
 * sees the comments without names.
 */
export function maySeeCommentAuthors(network: Pick<Network, 'leader'>, viewer: Actor, config: OrgConfig): boolean {
  return (
    Boolean(network.leader && samePerson(network.leader, viewer)) ||
    Boolean(config.director && samePerson(config.director, viewer)) ||
    config.consultants.some((c) => samePerson(c, viewer))
  );
}

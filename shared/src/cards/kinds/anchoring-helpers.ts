import { decidingBodyName } from '../../domain/anchoring';
import type { AnchoringRecommendation, Network } from '../../domain/network';
import { formatDateTime } from '../../i18n/locale';
import { t } from '../../i18n/messages';
import { meetingDateText } from '../views/ballot-parts';
import { esc } from '../views/common';
import type { NetworkViewContext } from './kind-spec';

const capital = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

const pathName = (r: AnchoringRecommendation, c: NetworkViewContext) =>
  t(c.locale, `closing.path.${r.path.kind === 'lineOrganisation' ? 'lineOrganisation' : r.path.body}`);

/** Where a recommendation stands: published or not, and for a deciding body's path, its outcome or the wait. */
function stateOf(r: AnchoringRecommendation, c: NetworkViewContext): string {
  const parts = [pathName(r, c)];
  if (r.approved !== undefined)
    parts.push(t(c.locale, r.approved ? 'closingRounds.anchoring.published' : 'closingRounds.anchoring.notPublished'));
  if (r.path.kind === 'decidingBody')
    parts.push(
      r.followUp
        ? r.followUp.meetingDate
          ? t(c.locale, 'closingRounds.followUp.recordedInMeeting', {
              outcome: esc(r.followUp.outcome, 400),
              body: capital(decidingBodyName(r.path.body)[c.locale]),
              date: meetingDateText(r.followUp.meetingDate, c.locale),
              who: esc(r.followUp.by.name),
            })
          : t(c.locale, 'closingRounds.followUp.recorded', {
              outcome: esc(r.followUp.outcome, 400),
              who: esc(r.followUp.by.name),
              when: formatDateTime(r.followUp.at, c.locale),
            })
        : t(c.locale, 'closingRounds.followUp.waiting'),
    );
  return parts.join(' · ');
}

/** Every anchoring recommendation as a fact: its text, its path and where it stands. */
export const recommendationStateFacts = (n: Network, c: NetworkViewContext, onlyDecidingBodies = false) =>
  (n.anchoring?.recommendations ?? [])
    .filter((r) => !onlyDecidingBodies || r.path.kind === 'decidingBody')
    .map((r) => ({ title: esc(r.text, 300), value: stateOf(r, c) }));

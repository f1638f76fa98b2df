import { t } from '../../i18n/messages';
import { Verbs } from '../verbs';

import type { KindSpec } from './kind-spec';

/** The director chooses an innovation network's track, which picks its row of the routing table. */
export const trackKind: KindSpec = {
  title: 'card.track.title',
  command: 'assignTrack',
  ask: (_n, c) => t(c.locale, 'card.track.ask'),
  actions: (n, c) => [
    {
      title: t(c.locale, 'track.political'),
      verb: Verbs.assignTrack,
      data: { track: 'political' },
    },
    {
      title: t(c.locale, 'track.administrative'),
      verb: Verbs.assignTrack,
      data: { track: 'administrative' },
    },
  ],
  done: (n, c) => (n.track ? { text: t(c.locale, `track.${n.track}`), tone: 'good', bold: true } : null),
};

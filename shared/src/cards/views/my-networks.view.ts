import type { Locale } from '../../domain/errors';
import { PHASE_NAMES } from '../../domain/lifecycle';
import type { NetworkSummary } from '../../domain/repository';
import { formatDate } from '../../i18n/locale';
import { t } from '../../i18n/messages';
import type { ActionSpec, AppCardData } from '../app.card';
import { Verbs } from '../verbs';
import { esc, typeLabel } from './common';

/**
 * "Mine netværk": each network with its type, phase and end date, and a button for every one of them that opens
 * the network's card as the person may act on it (`openNetwork`), with the way back to this list.
 */
export function myNetworksView(networks: NetworkSummary[], locale: Locale): AppCardData {
  return {
    title: t(locale, 'card.networks.title'),
    messages: networks.length ? [] : [{ text: t(locale, 'card.networks.none') }],
    entries: networks.map((n) => ({
      title: esc(n.name, 120),
      text: `${typeLabel(n, locale)} · ${PHASE_NAMES[n.phase][locale]}${n.period ? ` · ${formatDate(n.period.endDate, locale)}` : ''}`,
      action: {
        title: t(locale, 'action.openNetwork', { name: esc(n.name, 40) }),
        verb: Verbs.openNetwork,
        data: { networkId: n.id },
      },
    })),
  };
}

/** The button back to "Mine netværk" on a network opened from it. */
export const backToMyNetworks = (locale: Locale): ActionSpec => ({
  title: t(locale, 'action.backToNetworks'),
  verb: Verbs.showMyNetworks,
  data: {},
  associatedInputs: 'none',
});

/** "Tilknyt netværk": choose which network this meeting or channel belongs to. */
export function linkNetworkView(networks: Pick<NetworkSummary, 'id' | 'name'>[], locale: Locale): AppCardData {
  if (networks.length === 0)
    return { title: t(locale, 'meeting.link.title'), messages: [{ text: t(locale, 'meeting.link.none') }] };
  return {
    title: t(locale, 'meeting.link.title'),
    messages: [{ text: t(locale, 'meeting.link.intro') }],
    inputs: [
      {
        kind: 'choice',
        id: 'networkId',
        label: t(locale, 'field.network'),
        required: true,
        choices: networks.map((n) => ({ title: n.name, value: n.id })),
      },
    ],
    actions: [{ title: t(locale, 'action.link'), verb: Verbs.linkNetwork, data: {}, style: 'positive' }],
  };
}

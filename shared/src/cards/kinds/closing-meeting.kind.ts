import { DECIDING_BODIES } from '../../domain/anchoring';
import { t } from '../../i18n/messages';
import type { InputSpec } from '../app.card';
import { Verbs } from '../verbs';
import { textInput } from './kind-helpers';
import type { KindSpec } from './kind-spec';

/** A closed network's last meeting: its experiences and up to three anchoring recommendations, each with a path. */
export const closingMeetingKind: KindSpec = {
  title: 'closing.meeting.title',
  command: 'recordClosingMeeting',
  ask: (_n, c) => t(c.locale, 'closing.meeting.ask'),
  inputs: (_n, c) => [
    textInput(c, 'experiences', t(c.locale, 'closing.q.experiences')),
    ...[1, 2, 3].flatMap((i): InputSpec[] => [
      textInput(c, `recommendation${i}`, t(c.locale, 'closing.q.recommendation', { n: i }), true, i === 1),
      {
        kind: 'choice',
        id: `path${i}`,
        label: t(c.locale, 'closing.q.path', { n: i }),
        value: c.values?.[`path${i}`] ?? 'lineOrganisation',
        choices: (['lineOrganisation', ...DECIDING_BODIES] as const).map((p) => ({
          title: t(c.locale, `closing.path.${p}`),
          value: p,
        })),
      },
    ]),
  ],
  actions: (n, c) => [
    {
      title: t(c.locale, 'closing.meeting.send'),
      verb: Verbs.recordClosingMeeting,
      data: {},
      style: 'positive',
    },
  ],
};

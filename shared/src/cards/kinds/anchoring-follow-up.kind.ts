import { openFollowUps } from '../../domain/anchoring';
import { t } from '../../i18n/messages';
import type { InputSpec } from '../app.card';
import { Verbs } from '../verbs';
import { esc } from '../views/common';
import { recommendationStateFacts } from './anchoring-helpers';

import type { KindSpec } from './kind-spec';

/**
 * The director's follow-up on recommendations that went to a deciding body (the municipal council, a forum):
 * one outcome field and one button per recommendation still waiting, until each outcome is recorded.
 */
export const anchoringFollowUpKind: KindSpec = {
  title: 'closingRounds.followUp.title',
  command: 'recordAnchoringOutcome',
  ask: (n, c) => (openFollowUps(n).length > 0 ? t(c.locale, 'closingRounds.followUp.ask') : ''),
  inputs: (n, c) => {
    const open = openFollowUps(n);
    if (open.length === 0) return [];
    const outcomes = open.map((r): InputSpec => ({
      kind: 'text',
      id: `outcome_${r.id}`,
      label: t(c.locale, 'closingRounds.followUp.outcome', { text: esc(r.text, 120) }),
      multiline: true,
      value: c.values?.[`outcome_${r.id}`] ?? '',
      ...(c.fieldErrors?.[`outcome_${r.id}`] ? { error: c.fieldErrors[`outcome_${r.id}`] } : {}),
    }));
    // The body decided in its meeting: the date of that meeting goes with the outcome (one field for the card).
    const meetingDate: InputSpec = {
      kind: 'date',
      id: 'meetingDate',
      label: t(c.locale, 'field.meetingDate'),
      value: c.values?.meetingDate ?? '',
      ...(c.fieldErrors?.meetingDate ? { error: c.fieldErrors.meetingDate } : {}),
    };
    return [...outcomes, meetingDate];
  },
  actions: (n, c) =>
    openFollowUps(n).map((r) => ({
      title: `${t(c.locale, 'closingRounds.followUp.record')}: ${esc(r.text, 40)}`,
      verb: Verbs.recordAnchoringOutcome,
      data: { recommendationId: r.id },
    })),
  facts: (n, c) => recommendationStateFacts(n, c, true),
};

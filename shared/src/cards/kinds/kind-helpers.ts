import type { DecisionRecord, Stamp } from '../../domain/network';
import { formatDateTime } from '../../i18n/locale';
import { t } from '../../i18n/messages';
import type { ActionSpec, InputSpec, MessageSpec } from '../app.card';
import type { Verb } from '../verbs';
import { meetingRecordText } from '../views/ballot-parts';
import { esc } from '../views/common';
import type { NetworkViewContext } from './kind-spec';

/**
 * The two buttons of a decision a body takes: approve (positive) and reject (destructive), with the outcome.
 * (Which network and which card a button was pressed on, every button gets from `networkCardView`.)
 */
export const approveOrReject = (c: NetworkViewContext, verb: Verb): ActionSpec[] => [
  { title: t(c.locale, 'action.approve'), verb, data: { outcome: 'approve' }, style: 'positive' },
  { title: t(c.locale, 'action.reject'), verb, data: { outcome: 'reject' }, style: 'destructive' },
];

/** A text field whose value and error survive a refused submit. */
export const textInput = (
  c: NetworkViewContext,
  id: string,
  label: string,
  multiline = true,
  required = true,
): InputSpec => ({
  kind: 'text',
  id,
  label,
  multiline,
  required,
  value: c.values?.[id] ?? '',
  ...(c.fieldErrors?.[id] ? { error: c.fieldErrors[id] } : {}),
});

/** The optional reason beside a decision. */
export const reasonInput = (c: NetworkViewContext): InputSpec => ({
  kind: 'text',
  id: 'reason',
  label: t(c.locale, 'field.reason'),
  multiline: true,
  value: c.values?.reason ?? '',
});

/**
 * "<what> by <who>, <when>" for a step that is done; a decision a body took in its meeting reads as that
 * meeting's record ("… besluttede på mødet <date> · registreret af <secretary>").
 */
export const doneBy = (what: string, stamp: Stamp & Partial<DecisionRecord>, c: NetworkViewContext): string =>
  (stamp.outcome !== undefined ? meetingRecordText(stamp as DecisionRecord, what, c.locale) : null) ??
  t(c.locale, 'card.done.by', { what, who: esc(stamp.by.name), when: formatDateTime(stamp.at, c.locale) });

/** A decision's outcome, who took it and when, and its reason. */
export const decided = (
  record: (Stamp & Partial<DecisionRecord>) | null | undefined,
  labelKey: 'approved' | 'rejected' | 'recommended' | 'notRecommended',
  c: NetworkViewContext,
): MessageSpec | null =>
  record
    ? {
        text:
          doneBy(t(c.locale, `phase.outcome.${labelKey}`), record, c) +
          (record.reason ? `\n\n${t(c.locale, 'card.outcome.reason', { reason: esc(record.reason) })}` : ''),
        tone: labelKey === 'approved' || labelKey === 'recommended' ? 'good' : 'attention',
        bold: true,
      }
    : null;

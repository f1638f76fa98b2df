import { canIssue } from '../../domain/can-issue';
import type { Locale } from '../../domain/errors';
import { type ContractPhaseNumber, currentContractVersion, type Network } from '../../domain/network';
import type { Actor, OrgConfig } from '../../domain/types';
import { t } from '../../i18n/messages';
import { CONTRACT_FIELDS, toFormValue } from '../../contract/contract-fields';
import type { ActionSpec, AppCardData, InputSpec, MessageSpec } from '../app.card';
import { Verbs } from '../verbs';
import { bodyRuleOf } from '../../domain/body-decision';
import { signaturesDue } from '../../domain/contract-parties';
import { rolesOf } from '../../domain/roles';
import { baseFacts, esc, networkHistory, subtitle } from './common';
import { partyFacts } from './contract-parties.view';

const FILL_VERB = { 1: Verbs.fillContractPhase1, 2: Verbs.fillContractPhase2, 3: Verbs.fillContractPhase3 } as const;
const FILL_COMMAND = { 1: 'fillContractPhase1', 2: 'fillContractPhase2', 3: 'fillContractPhase3' } as const;

/** A stored phase's fields as form values (lists become one item per line). */
export function contractValues(fields: object | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(fields ?? {}).map(([k, v]) => [k, toFormValue(v as string | string[])]));
}

/**
 * A contract phase on a card: the form for those who may fill it (values kept on errors), the signatures so far,
 * and a sign button for those who still have to sign the current version.
 */
export function contractFormView(
  n: Network,
  phase: ContractPhaseNumber,
  c: {
    locale: Locale;
    viewer: Actor | null;
    config: OrgConfig;
    values?: Record<string, string>;
    fieldErrors?: Record<string, string>;
    notice?: MessageSpec;
  },
): AppCardData {
  const { locale } = c;
  const current = currentContractVersion(n, phase);
  // Phase 1 restates the idea: until it is filled in, its form starts from the purpose and background shown above.
  const known: Record<string, string> = phase === 1 && !current ? { purpose: n.purpose, background: n.background } : {};
  const values: Record<string, string> = c.values ?? { ...known, ...contractValues(current?.fields) };
  const mayFill = Boolean(c.viewer && canIssue(n, FILL_COMMAND[phase], c.viewer, c.config));
  const maySign = Boolean(c.viewer && canIssue(n, 'signContractPhase', c.viewer, c.config, { phase }));
  const messages: MessageSpec[] = [
    ...(c.notice ? [c.notice] : []),
    { text: t(locale, `card.contract.intro.${phase}`) },
  ];
  if (c.fieldErrors && Object.keys(c.fieldErrors).length)
    messages.push({ text: t(locale, 'card.form.fix'), tone: 'attention' });
  if (current?.locked) messages.push({ text: t(locale, 'card.contract.locked'), tone: 'good' });
  const facts = baseFacts(n, locale);
  if (current) {
    facts.push({
      title: t(locale, 'card.contract.version', { version: current.version }),
      value: current.signatures.length ? '' : t(locale, 'card.contract.unsigned'),
    });
    facts.push(...partyFacts(n, current, c.config, locale));
  }
  // A secretary acknowledges for a body that decides in its meeting, with the meeting's date.
  const dueAs =
    c.viewer && current ? signaturesDue(n, phase, rolesOf(c.viewer, c.config, n), c.viewer, c.config)[0] : undefined;
  const meetingAck = Boolean(maySign && dueAs && bodyRuleOf(dueAs, c.config, n).rule === 'meeting');
  const fillInputs: InputSpec[] = mayFill
    ? CONTRACT_FIELDS[phase].map((f) => {
        const error = c.fieldErrors?.[f.name];
        const common = {
          id: f.name,
          label: t(locale, f.label),
          value: values[f.name] ?? '',
          required: f.kind !== 'list',
          ...(error ? { error } : {}),
        };
        return f.kind === 'date'
          ? { kind: 'date' as const, ...common }
          : { kind: 'text' as const, ...common, multiline: f.kind !== 'short' };
      })
    : [];
  const inputs: InputSpec[] = [
    ...fillInputs,
    ...(meetingAck
      ? [
          {
            kind: 'date' as const,
            id: 'meetingDate',
            label: t(locale, 'field.meetingDate'),
            value: c.values?.meetingDate ?? '',
            ...(c.fieldErrors?.meetingDate ? { error: c.fieldErrors.meetingDate } : {}),
          },
        ]
      : []),
  ];
  if (!mayFill && current) {
    for (const f of CONTRACT_FIELDS[phase])
      facts.push({ title: t(locale, f.label), value: esc(values[f.name] ?? '', 800) });
  }
  const actions: ActionSpec[] = [];
  if (mayFill)
    actions.push({
      title: t(locale, 'action.save'),
      verb: FILL_VERB[phase],
      data: { networkId: n.id, phase },
      style: 'positive',
    });
  if (maySign)
    actions.push({
      title: t(locale, 'action.sign'),
      verb: Verbs.signContractPhase,
      data: { networkId: n.id, phase },
      associatedInputs: meetingAck ? 'auto' : 'none',
    });
  // The contract form replaces the card it was opened from (for the one who opened it), so it offers the way to
  // the participants in turn, as the participants card offers the way to the contract.
  if (phase > 1 && c.viewer && canIssue(n, 'inviteParticipant', c.viewer, c.config))
    actions.push({
      title: t(locale, 'action.invite'),
      verb: Verbs.showParticipantsForm,
      data: { networkId: n.id },
      associatedInputs: 'none',
    });
  return {
    title: t(locale, 'card.contract.title', { phase, name: esc(n.name, 200) }),
    subtitle: subtitle(n, locale),
    messages,
    facts,
    inputs,
    actions,
    requiredMessage: t(locale, 'card.required'),
    history: networkHistory(n, locale),
    historyTitle: t(locale, 'history.title'),
  };
}

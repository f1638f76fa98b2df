import { ADDRESSEES } from '../../domain/addressees';
import { canIssue } from '../../domain/can-issue';
import type { CommandType } from '../../domain/commands';
import { PHASE_SPECS } from '../../domain/lifecycle';
import type { Network } from '../../domain/network';
import { PERMISSIONS } from '../../domain/permissions';
import { t } from '../../i18n/messages';
import type { ActionSpec, AppCardData, MessageSpec } from '../app.card';
import { refreshData } from '../card-refresh';
import { awaitedBody } from '../../domain/permissions';
import type { KindSpec, NetworkViewContext } from '../kinds/kind-spec';
import { type NetworkCardKind, specOf } from '../kinds/registry';
import { Verbs } from '../verbs';
import { ballotAsk, ballotInputs, ballotMessages } from './ballot-parts';
import { baseFacts, bodyName, esc, networkHistory, subtitle } from './common';

export type { KindSpec, NetworkCardKind, NetworkViewContext };

/** Whether the card's step is still open: the network's phase still accepts its command. */
function isOpen(spec: KindSpec, n: Network): boolean {
  return Boolean(spec.command && PHASE_SPECS[n.phase].commands.includes(spec.command));
}

/**
 * What one viewer sees of a network card: the question and buttons if they may act now; otherwise who it waits
 * for, or what was decided, by whom and when. The shared card (viewer null) never shows restricted buttons.
 */
export function networkCardView(kind: NetworkCardKind, n: Network, c: NetworkViewContext): AppCardData {
  const spec = specOf(kind);
  const { locale } = c;
  // Buttons anyone may press (interest) show on the shared card too; others only in a permitted viewer's view.
  const publicAction = Boolean(spec.command && isOpen(spec, n) && isForEveryone(spec.command));
  const mayAct =
    publicAction ||
    Boolean(
      spec.command &&
      c.viewer &&
      canIssue(n, spec.command, c.viewer, c.config, c.participantId ? { participantId: c.participantId } : {}),
    );
  const messages: MessageSpec[] = c.notice ? [c.notice] : [];
  const done = spec.done?.(n, c) ?? null;
  const open = isOpen(spec, n);
  // What happened so far, then the question if the viewer can (still) act, e.g. nominate someone else.
  if (done) messages.push(done);
  if (spec.ask && (mayAct || (!done && !spec.command))) {
    const ask = spec.ask(n, c);
    if (ask) messages.push({ text: ask });
    const meetingAsk = mayAct && spec.ballot ? ballotAsk(n, spec.ballot, c.config, locale) : null;
    if (meetingAsk) messages.push({ text: meetingAsk });
  }
  const waiting = open && !mayAct && spec.command ? awaitedBody(n, spec.command) : null;
  const facts = [...baseFacts(n, locale), ...(spec.facts?.(n, c) ?? [])];
  if (spec.ballot && open) {
    const ballot = ballotMessages(n, spec.ballot, c);
    facts.push(...ballot.facts);
    messages.push(...ballot.messages);
  }
  if (waiting) facts.push({ title: t(locale, 'fact.waitingFor'), value: bodyName(waiting, locale) });
  if (c.fieldErrors && Object.keys(c.fieldErrors).length)
    messages.push({ text: t(locale, 'card.form.fix'), tone: 'attention' });
  const own = mayAct ? (spec.actions?.(n, c) ?? []) : (!spec.command && spec.actions?.(n, c)) || [];
  // Every button says which network and which card it was pressed on (the kind files need not).
  const actions: ActionSpec[] = own.map((a) => ({ ...a, data: { networkId: n.id, kind, ...a.data } }));
  // Anyone whose client didn't fetch their own view (not in refresh.userIds) can ask for it.
  if (!mayAct && open && spec.command) {
    actions.push({
      title: t(locale, 'action.refresh'),
      verb: Verbs.refreshCard,
      data: refreshData(n.id, {
        type: 'network',
        kind,
        ...(c.participantId ? { participantId: c.participantId } : {}),
      }),
      associatedInputs: 'none',
    });
  }
  return {
    title: t(locale, spec.title, { name: esc(n.name, 200) }),
    subtitle: subtitle(n, locale),
    messages,
    facts,
    inputs: mayAct ? [...(spec.inputs?.(n, c) ?? []), ...(spec.ballot ? ballotInputs(n, spec.ballot, c) : [])] : [],
    actions,
    history: networkHistory(n, locale),
    historyTitle: t(locale, 'history.title'),
  };
}

/** A command everyone who sees the card may send (anyone, and not meant for one addressee). */
function isForEveryone(command: CommandType): boolean {
  const rule = PERMISSIONS[command];
  return typeof rule !== 'function' && rule.anyone === true && !ADDRESSEES[command];
}

import type { BodyDecision } from '../../domain/body-decision';
import type { CommandType } from '../../domain/commands';
import type { Locale } from '../../domain/errors';
import type { Network } from '../../domain/network';
import type { Actor, OrgConfig, PersonRef } from '../../domain/types';
import type { MessageKey } from '../../i18n/messages';
import type { ActionSpec, InputSpec, MessageSpec } from '../app.card';

/** What a network card view knows besides the network: who looks, in which language, and the form's state. */
export interface NetworkViewContext {
  locale: Locale;
  /** Who is looking: null for the shared card everyone sees (no buttons that only some may press). */
  viewer: Actor | null;
  config: OrgConfig;
  /** People to choose from (nominations): those who expressed interest come first. */
  knownPeople?: PersonRef[];
  /** The invitation a card is about. */
  participantId?: string;
  /** A result or problem to show at the top (e.g. a refusal, "your vote is recorded"). */
  notice?: MessageSpec;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  /** The network's stored closing answers, for the cards that carry them to the decider. */
  closingAnswers?: Record<string, unknown>[];
}

/**
 * One kind of network card: one step of the flow with its question and buttons. Who the step waits for is not
 * part of the spec: it is the body the command's permission names (`PERMISSIONS`, the routing table for routed
 * steps), so the card cannot name someone other than the one the server lets act.
 */
export interface KindSpec {
  title: MessageKey;
  /** The command this card asks for; its buttons show only to viewers who may issue it now. */
  command?: CommandType;
  /**
   * Another kind asks for the same command and answers a press that was not made on this card; this one answers
   * only presses on itself. Each command has exactly one kind without this mark (`answeringKinds`).
   */
  secondary?: true;
  ask?: (n: Network, c: NetworkViewContext) => string;
  inputs?: (n: Network, c: NetworkViewContext) => InputSpec[];
  actions?: (n: Network, c: NetworkViewContext) => ActionSpec[];
  /** What happened, once the step is done. */
  done?: (n: Network, c: NetworkViewContext) => MessageSpec | null;
  facts?: (n: Network, c: NetworkViewContext) => { title: string; value: string }[];
  /** The card offers a choice among everyone the app knows (`knownPeople`), so the renderer loads them. */
  choosesPeople?: boolean;
  /** The card shows the closing reflection's answers (`closingAnswers`), so the renderer loads them. */
  readsClosingAnswers?: boolean;
  /** A decision a body takes by its decision rule: the card shows the votes, or asks the secretary for the date. */
  ballot?: BodyDecision;
}

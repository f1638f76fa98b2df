import template from './app.card.json';
import { type CardJson, renderTemplate } from './render-template';
import type { Verb } from './verbs';

export type InputSpec =
  | {
      kind: 'text';
      id: string;
      label: string;
      value?: string;
      multiline?: boolean;
      required?: boolean;
      maxLength?: number;
      placeholder?: string;
      error?: string;
    }
  | {
      kind: 'choice';
      id: string;
      label: string;
      value?: string;
      choices: { title: string; value: string }[];
      multiSelect?: boolean;
      expanded?: boolean;
      required?: boolean;
      error?: string;
    }
  | { kind: 'date'; id: string; label: string; value?: string; required?: boolean; error?: string }
  | { kind: 'toggle'; id: string; label: string; value?: boolean; error?: string };

export interface ActionSpec {
  title: string;
  verb: Verb;
  data: Record<string, unknown>;
  style?: 'positive' | 'destructive' | 'default';
  /** 'none' for actions that must not send (or validate) the card's inputs, e.g. a reject next to a form. */
  associatedInputs?: 'auto' | 'none';
}

export interface MessageSpec {
  text: string;
  tone?: 'default' | 'good' | 'attention' | 'warning' | 'accent';
  bold?: boolean;
}

/** The data of the one generic card layout: heading, messages, facts, form inputs, history and actions. */
export interface AppCardData {
  title: string;
  subtitle?: string;
  messages?: MessageSpec[];
  facts?: { title: string; value: string }[];
  inputs?: InputSpec[];
  history?: string[];
  historyTitle?: string;
  actions?: ActionSpec[];
  /**
   * A list of things to open, each with its own button below its text (Teams shows at most six buttons in a
   * card's action bar, so a list of any length cannot put its buttons there).
   */
  entries?: { title: string; text: string; action: ActionSpec }[];
  /** A link that opens in Teams (Action.OpenUrl), after the actions: the deep link into the network's tab. */
  openUrl?: { title: string; url: string };
  /** A user-specific view: these users' clients fetch their own version of the card (Teams MRIs, ≤ 60). */
  refresh?: { title: string; verb: Verb; data: Record<string, unknown>; userIds: string[] };
  requiredMessage?: string;
}

/**
 * A message's tone is the style of the container it sits in, not a text colour: Teams' green, yellow and (in the
 * dark theme) red text fall below 4.5:1 on its backgrounds, while its tinted containers keep dark text on a
 * light tint in both themes (tests/cards/every-card.spec.ts measures every text).
 */
const TONES = {
  default: 'default',
  good: 'good',
  attention: 'attention',
  warning: 'warning',
  accent: 'accent',
} as const;

/** Teams accepts at most 60 user ids in refresh.userIds. */
export const MAX_REFRESH_USERS = 60;

const executeAction = (a: ActionSpec) => ({
  ...a,
  data: { ...a.data, verb: a.verb },
  style: a.style ?? 'default',
  associatedInputs: a.associatedInputs ?? 'auto',
});

/**
 * Renders the generic card. Every text here must already be escaped where it holds user input (the views do
 * that); input values are plain and need no escaping.
 */
export function renderAppCard(data: AppCardData): CardJson {
  const card = renderTemplate(template, {
    title: data.title,
    subtitle: data.subtitle ?? '',
    messages: (data.messages ?? []).map((m) => ({
      text: m.text,
      style: TONES[m.tone ?? 'default'],
      weight: m.bold ? 'Bolder' : 'Default',
    })),
    facts: data.facts ?? [],
    inputs: (data.inputs ?? []).map((input) => ({
      value: '',
      multiline: false,
      required: false,
      maxLength: 4000,
      placeholder: '',
      multiSelect: false,
      choiceStyle: 'compact',
      choices: [],
      error: '',
      requiredMessage: data.requiredMessage ?? '',
      ...input,
      ...(input.kind === 'choice' ? { choiceStyle: input.expanded ? 'expanded' : 'compact' } : {}),
      ...(input.kind === 'toggle' ? { value: input.value ? 'true' : 'false' } : {}),
    })),
    entries: (data.entries ?? []).map((e) => ({ ...e, action: executeAction(e.action) })),
    history: (data.history ?? []).map((text) => ({ text })),
    historyTitle: data.historyTitle ?? '',
    actions: (data.actions ?? []).map(executeAction),
    openUrls: data.openUrl ? [data.openUrl] : [],
    hasRefresh: Boolean(data.refresh),
    refresh: data.refresh
      ? {
          ...data.refresh,
          data: { ...data.refresh.data, verb: data.refresh.verb },
          userIds: data.refresh.userIds.slice(0, MAX_REFRESH_USERS),
        }
      : { title: '', verb: '', data: {}, userIds: [] },
  });
  if (!data.refresh) delete card.refresh;
  return card;
}

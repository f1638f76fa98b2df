import type { Locale } from '../../domain/errors';
import { NETWORK_TYPES, TRACKS } from '../../domain/types';
import { t } from '../../i18n/messages';
import type { AppCardData } from '../app.card';
import { Verbs } from '../verbs';

/** The idea form: shown empty, or again with the values kept and a message at each bad field. */
export function ideaFormView(
  locale: Locale,
  values: Record<string, string> = {},
  fieldErrors: Record<string, string> = {},
): AppCardData {
  const err = (field: string) => (fieldErrors[field] ? { error: fieldErrors[field] } : {});
  const hasErrors = Object.keys(fieldErrors).length > 0;
  return {
    title: t(locale, 'idea.title'),
    messages: [
      { text: t(locale, 'idea.intro') },
      ...(hasErrors ? [{ text: t(locale, 'card.form.fix'), tone: 'attention' as const }] : []),
    ],
    requiredMessage: t(locale, 'card.required'),
    inputs: [
      {
        kind: 'text',
        id: 'name',
        label: t(locale, 'field.name'),
        required: true,
        maxLength: 200,
        value: values.name ?? '',
        ...err('name'),
      },
      {
        kind: 'choice',
        id: 'networkType',
        label: t(locale, 'field.type'),
        required: true,
        expanded: true,
        value: values.networkType ?? '',
        choices: NETWORK_TYPES.map((type) => ({ title: t(locale, `type.${type}`), value: type })),
        ...err('networkType'),
      },
      {
        kind: 'choice',
        id: 'track',
        label: t(locale, 'field.track'),
        value: values.track ?? '',
        choices: TRACKS.map((track) => ({ title: t(locale, `track.${track}`), value: track })),
        ...err('track'),
      },
      {
        kind: 'text',
        id: 'purpose',
        label: t(locale, 'field.purpose'),
        required: true,
        multiline: true,
        value: values.purpose ?? '',
        ...err('purpose'),
      },
      {
        kind: 'text',
        id: 'background',
        label: t(locale, 'field.background'),
        required: true,
        multiline: true,
        value: values.background ?? '',
        ...err('background'),
      },
      {
        kind: 'text',
        id: 'originatorGroup',
        label: t(locale, 'field.originatorGroup'),
        maxLength: 200,
        value: values.originatorGroup ?? '',
        ...err('originatorGroup'),
      },
    ],
    actions: [
      {
        title: t(locale, 'action.send'),
        verb: Verbs.submitIdea,
        data: { formId: values.formId ?? '' },
        style: 'positive',
      },
    ],
  };
}

import { t } from '../../i18n/messages';
import { Verbs } from '../verbs';
import { storyFacts } from './closing-helpers';
import { textInput } from './kind-helpers';
import type { KindSpec } from './kind-spec';

/** Two or three stories of the value created and for whom. */
export const closingStoriesKind: KindSpec = {
  title: 'closing.stories.title',
  command: 'addStory',
  ask: (_n, c) => t(c.locale, 'closing.stories.ask'),
  inputs: (_n, c) => [
    textInput(c, 'title', t(c.locale, 'closing.story.title'), false),
    textInput(c, 'value', t(c.locale, 'closing.story.value')),
    textInput(c, 'forWhom', t(c.locale, 'closing.story.forWhom'), false),
  ],
  actions: (n, c) => [
    {
      title: t(c.locale, 'closing.story.add'),
      verb: Verbs.addStory,
      data: {},
      style: 'positive',
    },
  ],
  facts: (n, c) => [
    { title: t(c.locale, 'closing.stories.count', { count: n.closing?.stories.length ?? 0 }), value: '' },
    ...storyFacts(n),
  ],
};

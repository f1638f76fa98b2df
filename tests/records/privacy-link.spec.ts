import { CardRenderer } from '../../bot/src/app/card-renderer';
import { InMemoryPartitionStore } from '../../shared/src/storage/in-memory-partition-store';
import { RowDirectory } from '../../shared/src/storage/row-directory';
import { actor, orgConfig, TYPE_CASES } from '../../shared/src/testing/domain-fixtures';
import { serviceOn } from '../../shared/src/testing/service-fixtures';
import { adaptiveCardProblems } from '../support/validate-card';

describe('the reflection card links to the privacy page', () => {
  it('ends the card in the meeting chat, and each participant’s own view, with the link in the card’s language', async () => {
    const store = new InMemoryPartitionStore();
    const s = await serviceOn(store);
    let n = await s.networkAtStage(TYPE_CASES[2]!, 'active', 'n1');
    await s.must('leader', 'n1', { type: 'linkMeeting', meetingId: 'm1', title: 'Møde 1', chatId: '19:c' });
    n = await s.must('leader', 'n1', { type: 'endMeeting', meetingId: 'm1' });
    const renderer = new CardRenderer(
      new RowDirectory(store),
      s.networks,
      (a, b) => `${a}/${b}`,
      '',
      'https://netvaerk.example.org/privacy',
    );
    const view = { type: 'reflection', meetingId: 'm1', variant: 'card' } as const;
    const shared = JSON.stringify(await renderer.render(view, n, orgConfig(), { viewer: null, locale: 'da' }));
    expect(shared).toContain('[Om dine data](https://netvaerk.example.org/privacy?lang=da)');
    const own = await renderer.render(view, n, orgConfig(), { viewer: actor('participant'), locale: 'en' });
    expect(JSON.stringify(own)).toContain('[About your data](https://netvaerk.example.org/privacy?lang=en)');
    expect(adaptiveCardProblems(own)).toEqual([]);
    // The leader's summary is not a card for participants: it has no link.
    const summary = await renderer.render({ ...view, variant: 'summary' }, n, orgConfig(), {
      viewer: actor('leader'),
      locale: 'da',
    });
    expect(JSON.stringify(summary)).not.toContain('/privacy');
  });
});

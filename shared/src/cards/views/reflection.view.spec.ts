import type { ReflectionAnswer } from '../../domain/repository';
import { actor, networkAt, orgConfig, TestWorld, TYPE_CASES } from '../../testing/domain-fixtures';
import { renderAppCard } from '../app.card';
import { reflectionSummaryView } from './reflection.view';

const MEETING = 'MCM=/+meeting';

function meetingWithAnswers() {
  const world = new TestWorld();
  let n = networkAt(world, TYPE_CASES[2]!, 'active');
  n = world.must(n, actor('leader'), { type: 'linkMeeting', meetingId: MEETING, title: 'Fælles plan' });
  const answer = (key: string, value: number, workingWell: number): ReflectionAnswer => ({
    answerKey: key,
    meetingId: MEETING,
    value,
    valueComment: '',
    workingWell,
    workingWellComment: '',
    changeForm: false,
    suggestion: '',
    answeredAt: '2026-03-01T10:00:00.000Z',
    person: null,
  });
  // Averages 4.5 and 3.5: one decimal, the one the locale writes with a comma or a point.
  return { n, meeting: n.meetings[0]!, answers: [answer('a', 5, 4), answer('b', 4, 3)] };
}

describe('the reflection summary card writes its averages in the reader’s number format (issue 15)', () => {
  it.each([
    ['da', '4,5', '3,5'],
    ['en', '4.5', '3.5'],
  ] as const)('in %s: %s and %s', (locale, value, workingWell) => {
    const { n, meeting, answers } = meetingWithAnswers();
    const data = reflectionSummaryView(n, meeting, { locale, viewer: null, config: orgConfig(), answers, own: null });
    expect(data.facts?.slice(0, 2).map((f) => f.value)).toEqual([value, workingWell]);
    // And so on the card itself, not only in its data.
    const card = JSON.stringify(renderAppCard(data));
    expect(card).toContain(`"value":"${value}"`);
    expect(card).not.toContain(locale === 'da' ? '4.5' : '4,5');
  });
});

import type { OutboxView } from '../domain/outbox';
import { NETWORK_CARD_KINDS } from './kinds/registry';
import { parseRefreshData, refreshData } from './card-refresh';

const VIEWS: OutboxView[] = [
  ...NETWORK_CARD_KINDS.map((kind): OutboxView => ({ type: 'network', kind })),
  { type: 'network', kind: 'invitation', participantId: 'p-1' },
  { type: 'contract', phase: 1 },
  { type: 'contract', phase: 2 },
  { type: 'contract', phase: 3 },
  { type: 'participants' },
  { type: 'reflection', meetingId: 'MCMxOTptZWV0aW5n/abc==', variant: 'card' },
  { type: 'reflection', meetingId: 'm', variant: 'summary' },
];

describe('refresh data', () => {
  it.each(VIEWS.map((v) => [JSON.stringify(v), v] as const))(
    'reads back %s as the view it was built from',
    (_, view) => {
      expect(parseRefreshData(refreshData('net-1', view))).toEqual({ ok: true, networkId: 'net-1', view });
    },
  );

  it('reads cards posted before views were named: a network card by its kind, a reflection without a variant', () => {
    expect(parseRefreshData({ networkId: 'n', kind: 'decision' })).toEqual({
      ok: true,
      networkId: 'n',
      view: { type: 'network', kind: 'decision' },
    });
    expect(parseRefreshData({ networkId: 'n', meetingId: 'm', view: 'reflection' })).toEqual({
      ok: true,
      networkId: 'n',
      view: { type: 'reflection', meetingId: 'm', variant: 'card' },
    });
  });

  it.each([
    [{ networkId: 'n', view: 'bogus' }, 'unknown view "bogus"'],
    [{ networkId: 'n', view: 'constructor' }, 'unknown view "constructor"'],
    [{ networkId: 'n', kind: 'constructor' }, 'network: kind'],
    [{ networkId: 'n', view: 'network', kind: 'toString' }, 'network: kind'],
    [{ networkId: 'n', view: 'contract', phase: 4 }, 'contract: phase'],
    [{ networkId: 'n', view: 'reflection' }, 'reflection: meetingId'],
    [{ view: 'participants' }, 'no valid networkId'],
    [{ networkId: 'n' }, 'unknown view ""'],
  ])('names what is wrong with %j', (data, problem) => {
    expect(parseRefreshData(data)).toEqual({ ok: false, problem });
  });
});

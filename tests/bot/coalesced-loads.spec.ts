import { CoalescedLoads } from '../../bot/src/app/coalesced-loads';
import type { LoadOptions, NetworkRepository, NetworkSnapshot } from '../../shared/src/domain/repository';

/** A repository whose reads finish when the test says, numbered in the order they started. */
function controlledReads() {
  const started: Array<{
    networkId: string;
    answersOf: string | undefined;
    answerKeys: readonly string[] | undefined;
    finish: (ok: boolean) => void;
  }> = [];
  const inner = {
    load: (networkId: string, options: LoadOptions = {}) =>
      new Promise<NetworkSnapshot | null>((resolve, reject) => {
        const n = started.length + 1;
        started.push({
          networkId,
          answersOf: options.answersOf,
          answerKeys: options.answerKeys,
          finish: (ok) =>
            ok ? resolve({ etag: `read-${n}` } as NetworkSnapshot) : reject(new Error(`read ${n} failed`)),
        });
      }),
  } as unknown as NetworkRepository;
  return { inner, started };
}

const tick = () => new Promise((r) => setImmediate(r));
const etagOf = async (load: Promise<NetworkSnapshot | null>) => (await load)?.etag;

describe('CoalescedLoads: concurrent reads of one network shared, never older than the request', () => {
  it('requests that ask while a read runs share the next read, which starts when that one is done', async () => {
    const { inner, started } = controlledReads();
    const loads = new CoalescedLoads(inner);
    const first = loads.load('n1', { answersOf: 'm1' });
    const waiting = [loads.load('n1', { answersOf: 'm1' }), loads.load('n1', { answersOf: 'm1' })];
    expect(started).toHaveLength(1);
    started[0]!.finish(true);
    expect(await etagOf(first)).toBe('read-1');
    await tick();
    // The two that asked during read 1 do not get it: they get read 2, one read for both.
    expect(started).toHaveLength(2);
    started[1]!.finish(true);
    expect(await Promise.all(waiting.map(etagOf))).toEqual(['read-2', 'read-2']);
    // Nothing running: the next request reads again.
    const later = loads.load('n1', { answersOf: 'm1' });
    expect(started).toHaveLength(3);
    started[2]!.finish(true);
    expect(await etagOf(later)).toBe('read-3');
  });

  it("a shared read of answers reads each asker's own answer rows, or every answer if one asks for all", async () => {
    const { inner, started } = controlledReads();
    const loads = new CoalescedLoads(inner);
    const first = loads.load('n1', { answersOf: 'm1', answerKeys: ['a', 'a#'] });
    const two = [
      loads.load('n1', { answersOf: 'm1', answerKeys: ['b', 'b#'] }),
      loads.load('n1', { answersOf: 'm1', answerKeys: ['c', 'c#'] }),
    ];
    started[0]!.finish(true);
    await first;
    await tick();
    expect(started[0]!.answerKeys).toEqual(['a', 'a#']);
    expect(started[1]!.answerKeys).toEqual(['b', 'b#', 'c', 'c#']);
    started[1]!.finish(true);
    expect(await Promise.all(two.map(etagOf))).toEqual(['read-2', 'read-2']);

    const running = loads.load('n1', { answersOf: 'm1', answerKeys: ['d'] });
    const mixed = [loads.load('n1', { answersOf: 'm1', answerKeys: ['e'] }), loads.load('n1', { answersOf: 'm1' })];
    started[2]!.finish(true);
    await running;
    await tick();
    // The tab's read of every answer joined: the shared read is of every answer.
    expect(started[3]!.answerKeys).toBeUndefined();
    expect(started[3]!.answersOf).toBe('m1');
    started[3]!.finish(true);
    expect(await Promise.all(mixed.map(etagOf))).toEqual(['read-4', 'read-4']);
  });

  it('does not share across networks or meetings', async () => {
    const { inner, started } = controlledReads();
    const loads = new CoalescedLoads(inner);
    const all = [loads.load('n1'), loads.load('n1', { answersOf: 'm1' }), loads.load('n2', { answersOf: 'm1' })];
    expect(started.map((s) => [s.networkId, s.answersOf])).toEqual([
      ['n1', undefined],
      ['n1', 'm1'],
      ['n2', 'm1'],
    ]);
    started.forEach((s) => s.finish(true));
    expect(await Promise.all(all.map(etagOf))).toEqual(['read-1', 'read-2', 'read-3']);
  });

  it('a failed read fails those who waited for it; the ones queued behind it read again', async () => {
    const { inner, started } = controlledReads();
    const loads = new CoalescedLoads(inner);
    const first = loads.load('n1');
    const queued = loads.load('n1');
    started[0]!.finish(false);
    await expect(first).rejects.toThrow('read 1 failed');
    await tick();
    expect(started).toHaveLength(2);
    started[1]!.finish(true);
    expect(await etagOf(queued)).toBe('read-2');
  });
});

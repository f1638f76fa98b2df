import type { LoadOptions, NetworkRepository, NetworkSnapshot } from '@netvaerk/shared/domain/repository';

type Load = Promise<NetworkSnapshot | null>;

/** The answer rows the next read of a slot must include: some persons' own, or every answer. */
type Wanted = Set<string> | 'all';

/** One network's (and meeting's) reads: the one running, and the one that starts when it is done. */
interface Slot {
  running: Load;
  queued: Load | null;
  /** The answer keys the queued read collects from everyone who asks before it starts. */
  wanted: Wanted;
}

const wantedOf = (options: LoadOptions): Wanted => (options.answerKeys ? new Set(options.answerKeys) : 'all');

/**
 * The command service's network reads, shared among the requests that ask at the same moment. When 300 people
 * answer one meeting's reflection within seconds, each would read the same 300-participant network, and it is
 * those reads (Azurite's work and ours deserialising them) that the burst waits on.
 *
 * A request never gets a read that began before it asked: if one is running, it waits for the next, which
 * starts when the running one is done and serves everyone who asked in the meantime (with each one's own
 * answer rows). So each read is as fresh as a read of its own would be, and at most two are in progress per
 * network and meeting. Whoever then writes from a shared read writes as before: with the ETag it read, a lost
 * race retried from a new read.
 */
export class CoalescedLoads implements NetworkRepository {
  private readonly slots = new Map<string, Slot>();

  constructor(private readonly inner: NetworkRepository) {}

  load(networkId: string, options: LoadOptions = {}): Load {
    const key = JSON.stringify([networkId, options.answersOf ?? null]);
    const slot = this.slots.get(key);
    if (!slot) return this.start(key, networkId, options, null);
    if (slot.queued) {
      const more = wantedOf(options);
      if (slot.wanted !== 'all') slot.wanted = more === 'all' ? 'all' : new Set([...slot.wanted, ...more]);
      return slot.queued;
    }
    slot.wanted = wantedOf(options);
    slot.queued = slot.running.then(settled, settled).then(() => {
      const wanted = slot.wanted;
      slot.queued = null;
      const { answerKeys: _mine, ...rest } = options;
      return this.start(key, networkId, wanted === 'all' ? rest : { ...rest, answerKeys: [...wanted] }, slot);
    });
    return slot.queued;
  }

  private start(key: string, networkId: string, options: LoadOptions, reuse: Slot | null): Load {
    const running = this.inner.load(networkId, options);
    const slot = reuse ?? { running, queued: null, wanted: 'all' };
    slot.running = running;
    this.slots.set(key, slot);
    // Registered before any queued read's continuation, so it runs first and sees whether one is waiting.
    void running.then(settled, settled).then(() => {
      if (slot.running === running && !slot.queued) this.slots.delete(key);
    });
    return running;
  }

  save: NetworkRepository['save'] = (...args) => this.inner.save(...args);
  findCommand: NetworkRepository['findCommand'] = (...args) => this.inner.findCommand(...args);
  reflectionAnswers: NetworkRepository['reflectionAnswers'] = (...args) => this.inner.reflectionAnswers(...args);
  closingAnswers: NetworkRepository['closingAnswers'] = (...args) => this.inner.closingAnswers(...args);
  meetingReflections: NetworkRepository['meetingReflections'] = (...args) => this.inner.meetingReflections(...args);
  auditTrail: NetworkRepository['auditTrail'] = (...args) => this.inner.auditTrail(...args);
  list: NetworkRepository['list'] = () => this.inner.list();
}

const settled = (): void => undefined;

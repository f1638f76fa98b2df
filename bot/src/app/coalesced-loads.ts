import type { NetworkRepository, NetworkSnapshot } from '@netvaerk/shared/domain/repository';

type Load = Promise<NetworkSnapshot | null>;

/** One network's (and meeting's) reads: the one running, and the one that starts when it is done. */
interface Slot {
  running: Load;
  queued: Load | null;
}

/**
 * The command service's network reads, shared among the requests that ask at the same moment. When 300 people
 * answer one meeting's reflection within seconds, each would read the same 300-participant network and the
 * same answers, and it is those reads (Azurite's work and ours deserialising them) that the burst waits on.
 *
 * A request never gets a read that began before it asked: if one is running, it waits for the next, which
 * starts when the running one is done and serves everyone who asked in the meantime. So each read is as fresh
 * as a read of its own would be, and at most two are in progress per network and meeting. Whoever then writes
 * from a shared read writes as before: with the ETag it read, a lost race retried from a new read.
 */
export class CoalescedLoads implements NetworkRepository {
  private readonly slots = new Map<string, Slot>();

  constructor(private readonly inner: NetworkRepository) {}

  load(networkId: string, options: { answersOf?: string } = {}): Load {
    const key = JSON.stringify([networkId, options.answersOf ?? null]);
    const read = () => this.inner.load(networkId, options);
    const slot = this.slots.get(key);
    if (!slot) return this.start(key, read, null);
    slot.queued ??= slot.running.then(settled, settled).then(() => {
      slot.queued = null;
      return this.start(key, read, slot);
    });
    return slot.queued;
  }

  private start(key: string, read: () => Load, reuse: Slot | null): Load {
    const running = read();
    const slot = reuse ?? { running, queued: null };
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

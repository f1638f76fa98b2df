/**
 * Sliding-window limits for sends to Teams: per conversation (7 per second) and for the whole app (50 per
 * second). `acquire` waits until a send is allowed; the clock and sleep are injectable for tests.
 */
export class RateLimiter {
  private readonly perConversation = new Map<string, number[]>();
  private global: number[] = [];
  private prunedAt = 0;

  constructor(
    private readonly limits = { perConversationPerSecond: 7, globalPerSecond: 50 },
    private readonly now: () => number = () => Date.now(),
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  private waitFor(stamps: number[], limit: number, t: number): number {
    const recent = stamps.filter((s) => t - s < 1000);
    return recent.length < limit ? 0 : 1000 - (t - recent[recent.length - limit]!);
  }

  /** Conversations are many and mostly quiet: forget those with no send in the last second, once a second. */
  private prune(t: number): void {
    if (t - this.prunedAt < 1000) return;
    this.prunedAt = t;
    for (const [id, stamps] of this.perConversation)
      if (stamps.every((s) => t - s >= 1000)) this.perConversation.delete(id);
  }

  /** How many conversations the limiter currently remembers (for tests: it must not grow without bound). */
  get trackedConversations(): number {
    return this.perConversation.size;
  }

  async acquire(conversationId: string): Promise<void> {
    for (;;) {
      const t = this.now();
      this.prune(t);
      const mine = (this.perConversation.get(conversationId) ?? []).filter((s) => t - s < 1000);
      this.global = this.global.filter((s) => t - s < 1000);
      const wait = Math.max(
        this.waitFor(mine, this.limits.perConversationPerSecond, t),
        this.waitFor(this.global, this.limits.globalPerSecond, t),
      );
      if (wait <= 0) {
        mine.push(t);
        this.perConversation.set(conversationId, mine);
        this.global.push(t);
        return;
      }
      await this.sleep(wait);
    }
  }
}

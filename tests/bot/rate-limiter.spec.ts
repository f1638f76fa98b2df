import { RateLimiter } from '../../bot/src/app/rate-limiter';

/** A clock that only moves when the limiter sleeps: the test sees exactly when each send was let through. */
function virtualTime() {
  let now = 0;
  return { now: () => now, sleep: async (ms: number) => void (now += ms) };
}

describe('the rate limiter for sends to Teams', () => {
  it('lets at most 7 sends per second into one conversation', async () => {
    const time = virtualTime();
    const limiter = new RateLimiter({ perConversationPerSecond: 7, globalPerSecond: 50 }, time.now, time.sleep);
    const at: number[] = [];
    for (let i = 0; i < 15; i++) {
      await limiter.acquire('19:chat');
      at.push(time.now());
    }
    expect(at.slice(0, 7).every((t) => t === 0)).toBe(true);
    for (let i = 7; i < at.length; i++) expect(at[i]! - at[i - 7]!).toBeGreaterThanOrEqual(1000);
  });

  it('lets other conversations through, within 50 per second for the whole app', async () => {
    const time = virtualTime();
    const limiter = new RateLimiter({ perConversationPerSecond: 7, globalPerSecond: 50 }, time.now, time.sleep);
    for (let i = 0; i < 50; i++) await limiter.acquire(`chat-${i}`);
    expect(time.now()).toBe(0);
    await limiter.acquire('chat-51');
    expect(time.now()).toBeGreaterThanOrEqual(1000);
  });

  it('forgets quiet conversations, so its memory does not grow with every conversation ever sent to', async () => {
    const time = virtualTime();
    const limiter = new RateLimiter({ perConversationPerSecond: 7, globalPerSecond: 1000 }, time.now, time.sleep);
    for (let i = 0; i < 500; i++) await limiter.acquire(`chat-${i}`);
    expect(limiter.trackedConversations).toBe(500);
    await time.sleep(1500);
    await limiter.acquire('chat-new');
    expect(limiter.trackedConversations).toBe(1);
  });
});

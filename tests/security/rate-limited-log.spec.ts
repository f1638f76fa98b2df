import pino from 'pino';
import { Writable } from 'node:stream';
import { RateLimitedLog } from '../../bot/src/app/rate-limited-log';

/** A real pino logger writing JSON lines into memory. */
function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean))
        lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'info' }, sink), lines };
}

describe('logs of refused requests (issue 10, finding 8)', () => {
  it('logs refusals as structured lines without stack traces, at most N a minute, and counts the rest', () => {
    const { logger, lines } = capturingLogger();
    let now = 0;
    const log = new RateLimitedLog(logger, 'bot request refused', 3, () => now);
    for (let i = 0; i < 10; i++) log.warn({ status: 401, reason: 'AuthenticationError: Unauthorized' });
    expect(lines).toHaveLength(3);
    expect(lines.every((l) => l.msg === 'bot request refused' && l.status === 401 && !('stack' in l))).toBe(true);
    now += 60_000;
    log.warn({ status: 401 });
    expect(lines).toHaveLength(4);
    expect(lines[3]).toMatchObject({ suppressedSinceLast: 7 });
  });
});

import type { Logger } from '../logger';

/**
 * Logs a repeated event (a refused sign-in, a request that failed authentication) at most `perMinute` times a
 * minute, with how many were left out since the last line: an attacker must not be able to flood the logs, and
 * the operator still sees that it happens and how often.
 */
export class RateLimitedLog {
  private windowStart = 0;
  private inWindow = 0;
  private suppressed = 0;

  constructor(
    private readonly logger: Logger,
    private readonly message: string,
    private readonly perMinute = 20,
    private readonly now: () => number = () => Date.now(),
  ) {}

  warn(fields: Record<string, unknown>): void {
    const t = this.now();
    if (t - this.windowStart >= 60_000) {
      this.windowStart = t;
      this.inWindow = 0;
    }
    if (this.inWindow >= this.perMinute) {
      this.suppressed++;
      return;
    }
    this.inWindow++;
    const left = this.suppressed;
    this.suppressed = 0;
    this.logger.warn({ ...fields, ...(left ? { suppressedSinceLast: left } : {}) }, this.message);
  }
}

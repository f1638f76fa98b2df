import { deadlineStepsDue } from '@netvaerk/shared/domain/decision-deadlines';
import type { ConfigRepository } from '@netvaerk/shared/domain/repository';
import type { OrgConfig } from '@netvaerk/shared/domain/types';
import { createHash } from 'node:crypto';
import type { NetworkService } from '@netvaerk/shared/app/network-service';
import type { CommandType } from '@netvaerk/shared/domain/commands';
import { isDomainError } from '@netvaerk/shared/domain/errors';
import { phasesAllowing } from '@netvaerk/shared/domain/lifecycle';
import type { Network } from '@netvaerk/shared/domain/network';
import type { Clock, Pseudonymiser } from '@netvaerk/shared/domain/ports';
import { daysBetween } from '@netvaerk/shared/domain/period';
import type { NetworkRepository } from '@netvaerk/shared/domain/repository';
import type { Actor } from '@netvaerk/shared/domain/types';
import type { Lease } from '@netvaerk/shared/domain/repository';
import type { Logger } from '../logger';
import { nonResponders } from './non-responders';

export interface SchedulerOptions {
  intervalMs: number;
  reminderAfterMs: number;
  summaryAfterMs: number;
  instanceId: string;
}

/** The commands the scheduler issues (`run` takes no other), so it visits only networks in a phase allowing one. */
const SCHEDULER_COMMANDS = [
  'noteDecisionDeadline',
  'startClosingReflection',
  'recordEndReminder',
  'closeReflection',
  'remindNonResponders',
] as const satisfies readonly CommandType[];
const SCHEDULED_PHASES = phasesAllowing(SCHEDULER_COMMANDS);

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 32);

/**
 * The server's clockwork, once per tick across all instances (a lease): reminders 60 and 14 days before a
 * network's end, the closing reflection when the end date is reached, one reminder to reflection non-responders,
 * closing a meeting's reflection (the leader's summary) after the configured delay from the meeting's end (or, for
 * a reflection started in a meeting whose end never came, from its start), and retention (personal data
 * of networks closed longer than the organisation's period is deleted, unless their case record was never
 * exported). Every command id is derived from what it is about, so even two instances running the same tick
 * change things once.
 */
export class Scheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly deps: {
      lease: Lease;
      networks: NetworkRepository;
      service: NetworkService;
      clock: Clock;
      pseudonymise: Pseudonymiser;
      logger: Logger;
      /** Deletes personal data of networks closed longer than the retention period (issue 17). */
      retention?: { runRetention(now: Date): Promise<unknown> };
      /** The forums' deadlines, for the reminders and escalations of pending decisions (none without it). */
      config?: Pick<ConfigRepository, 'load'>;
    },
    private readonly options: SchedulerOptions,
  ) {}

  start(): void {
    const loop = () => {
      this.running = this.tick().then(
        () => undefined,
        (error: unknown) => this.deps.logger.error({ err: error }, 'scheduler tick failed'),
      );
      this.timer = setTimeout(loop, this.options.intervalMs);
      this.timer.unref();
    };
    this.timer = setTimeout(loop, this.options.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** One pass; returns false when another instance holds the lease. */
  async tick(): Promise<boolean> {
    const now = this.deps.clock.now();
    if (!(await this.deps.lease.acquire('scheduler', this.options.instanceId, this.options.intervalMs * 2, now)))
      return false;
    const config = this.deps.config ? (await this.deps.config.load()).config : null;
    for (const summary of await this.deps.networks.list()) {
      if (!SCHEDULED_PHASES.has(summary.phase)) continue;
      const snapshot = await this.deps.networks.load(summary.id);
      if (!snapshot) continue;
      if (config) await this.followDeadline(snapshot.network, config, now);
      await this.visit(snapshot.network, now);
    }
    await this.deps.retention?.runRetention(now);
    return true;
  }

  /**
   * Each pending decision's one reminder before its deadline, and its escalation after it (decision-deadlines.ts):
   * the phase's decision and every body's acknowledgement of contract phase 1, each on its own.
   */
  private async followDeadline(network: Network, config: OrgConfig, now: Date): Promise<void> {
    for (const due of deadlineStepsDue(network, config, now.toISOString())) {
      const { decision, since, body } = due.pending;
      // The body is in the id only for an acknowledgement, so an idea decision's id is what it was before.
      const key = decision === 'contractAcknowledgement' ? `${decision}/${body}` : decision;
      await this.run(
        network,
        { type: 'noteDecisionDeadline', decision, since, body, step: due.step },
        `deadline-${hash(`${network.id}/${key}/${since}/${due.step}`)}`,
      );
    }
  }

  private async run(
    network: Network,
    input: { type: (typeof SCHEDULER_COMMANDS)[number] } & Record<string, unknown>,
    commandId: string,
  ): Promise<void> {
    const system: Actor = {
      tenantId: network.originator.tenantId,
      objectId: 'system',
      name: 'Netværk for Teams',
      surface: 'system',
      isSystem: true,
    };
    const result = await this.deps.service.execute({ ...input, networkId: network.id, commandId }, system);
    if (isDomainError(result))
      this.deps.logger.warn(
        { networkId: network.id, code: result.code, type: input.type },
        'scheduled command refused',
      );
    else if (!result.replayed)
      this.deps.logger.info({ networkId: network.id, type: input.type }, 'scheduled command done');
  }

  private async visit(network: Network, now: Date): Promise<void> {
    const today = now.toISOString().slice(0, 10);
    if (network.phase === 'active' && network.period) {
      const end = network.period.endDate;
      const days = daysBetween(today, end);
      if (days <= 0)
        await this.run(network, { type: 'startClosingReflection' }, `closing-${hash(`${network.id}/${end}`)}`);
      else if (days <= 14 && !network.endReminders.includes(14))
        await this.run(network, { type: 'recordEndReminder', daysBefore: 14 }, `end14-${hash(`${network.id}/${end}`)}`);
      else if (days <= 60 && days > 14 && !network.endReminders.includes(60))
        await this.run(network, { type: 'recordEndReminder', daysBefore: 60 }, `end60-${hash(`${network.id}/${end}`)}`);
    }
    for (const meeting of network.meetings.filter((m) => m.status === 'reflectionOpen')) {
      if (!meeting.endedAt) {
        // Started in the meeting and no end came (Teams sends none for some calls): the summary still goes out.
        const started = meeting.reflectionStarted ? Date.parse(meeting.reflectionStarted.at) : NaN;
        if (now.getTime() - started >= this.options.summaryAfterMs)
          await this.run(network, { type: 'closeReflection', meetingId: meeting.id }, `close-${hash(meeting.id)}`);
        continue;
      }
      const ended = Date.parse(meeting.endedAt);
      if (now.getTime() - ended >= this.options.summaryAfterMs) {
        await this.run(network, { type: 'closeReflection', meetingId: meeting.id }, `close-${hash(meeting.id)}`);
      } else if (now.getTime() - ended >= this.options.reminderAfterMs && !meeting.remindedAt) {
        const count = (await nonResponders(this.deps, network, meeting)).length;
        await this.run(
          network,
          { type: 'remindNonResponders', meetingId: meeting.id, count },
          `remind-${hash(meeting.id)}`,
        );
      }
    }
  }
}

import { CoalescedLoads } from './app/coalesced-loads';
import { NetworkService } from '@netvaerk/shared/app/network-service';
import { createPseudonymiser } from '@netvaerk/shared/app/pseudonymiser';
import { randomIds, systemClock } from '@netvaerk/shared/app/system-ports';
import type { Clock, IdGenerator } from '@netvaerk/shared/domain/ports';
import type { Directory } from '@netvaerk/shared/domain/directory';
import type { OutboxStore } from '@netvaerk/shared/domain/outbox';
import type {
  ConfigRepository,
  LeaderIndex,
  MeetingLinks,
  NetworkRepository,
} from '@netvaerk/shared/domain/repository';
import type { PartitionStore } from '@netvaerk/shared/storage/partition-store';
import { RowConfigRepository } from '@netvaerk/shared/storage/row-config-repository';
import { RowDirectory } from '@netvaerk/shared/storage/row-directory';
import { RowLeaderIndex } from '@netvaerk/shared/storage/row-leader-index';
import { RowNetworkRepository } from '@netvaerk/shared/storage/row-network-repository';
import { RowOutbox } from '@netvaerk/shared/storage/row-outbox';
import { TablePartitionStore } from '@netvaerk/shared/storage/table-partition-store';
import { CountingPartitionStore } from '@netvaerk/shared/storage/counting-partition-store';
import { countRoundTrip, outsideRequest } from './app/round-trips';
import { NetvaerkBotApp } from './app/bot-app';
import { OutboxDispatcher } from './app/outbox-dispatcher';
import { closeWhenEveryoneAnswered } from './app/reflection-completion';
import { nonResponders } from './app/non-responders';
import { MeetingEventsHandler } from './app/meetings/meeting-events.handler';
import { RowLinks } from '@netvaerk/shared/storage/row-links';
import { RowLease } from '@netvaerk/shared/storage/row-lease';
import { Scheduler } from './app/scheduler';
import { RecordsService } from './app/records/records-service';
import { RowRecordsLog } from '@netvaerk/shared/storage/row-records-log';
import { RowPersonData } from '@netvaerk/shared/storage/row-person-data';
import { randomUUID } from 'node:crypto';
import type { Pseudonymiser } from '@netvaerk/shared/domain/ports';
import type { Messenger } from './app/messenger';
import type { ServerConfig } from './config';
import type { Logger } from './logger';

/** How long an instance keeps the organisation's configuration before reading it again. */
const CONFIG_CACHE_MS = 5000;

/** The store named by the configuration: a connection string (Azurite, local) or an endpoint (managed identity). */
/** The partition store a test or a local run may hand the server: named here, the one place that names storage. */
export type AppStore = PartitionStore;

export function storeFor(config: ServerConfig): PartitionStore {
  const table = config.STORAGE_CONNECTION_STRING
    ? new TablePartitionStore({
        kind: 'connectionString',
        connectionString: config.STORAGE_CONNECTION_STRING,
        tablePrefix: config.TABLE_PREFIX,
        requestTimeoutMs: config.OUTBOUND_TIMEOUT_MS,
      })
    : new TablePartitionStore({
        kind: 'endpoint',
        endpoint: config.STORAGE_TABLE_ENDPOINT!,
        tablePrefix: config.TABLE_PREFIX,
        requestTimeoutMs: config.OUTBOUND_TIMEOUT_MS,
      });
  // Counting costs an integer per call; it is what tells a card action's storage round trips (docs/performance.md).
  return new CountingPartitionStore(table, countRoundTrip);
}

/** The public privacy page (served by this server at /privacy): the public URL's, or local dev's own address. */
function privacyUrlOf(config: ServerConfig): string | undefined {
  if (config.PUBLIC_URL) return new URL('/privacy', config.PUBLIC_URL).href;
  return config.LOCAL_DEV ? `http://${config.HOST}:${config.PORT}/privacy` : undefined;
}

/** What the app and the API are given: the domain's interfaces, whatever implements them (composed below only). */
export interface Services {
  store: PartitionStore;
  networks: NetworkRepository;
  config: ConfigRepository;
  directory: Directory;
  leaders: LeaderIndex;
  outbox: OutboxStore;
  links: MeetingLinks;
  service: NetworkService;
  app: NetvaerkBotApp;
  dispatcher: OutboxDispatcher;
  scheduler: Scheduler;
  records: RecordsService;
  /** The keyed hash of anonymous answers: the side panel finds the viewer's own answer with it. */
  pseudonymise: Pseudonymiser;
}

/** Wires the app's parts together once; the transport supplies the messenger. */
export function composeServices(options: {
  config: ServerConfig;
  logger: Logger;
  store: PartitionStore;
  messenger: Messenger;
  clock?: Clock;
  ids?: IdGenerator;
  /** False for the demo seed: history is recorded without sending anyone a card. */
  notifications?: boolean;
}): Services {
  const { config, logger, store, messenger } = options;
  const clock = options.clock ?? systemClock;
  const ids = options.ids ?? randomIds;
  const networks = new RowNetworkRepository(store);
  // Read by every action, changed a few times a year: kept 5 s per instance (docs/performance.md).
  const configRepo = new RowConfigRepository(store, CONFIG_CACHE_MS);
  const directory = new RowDirectory(store);
  const leaders = new RowLeaderIndex(store);
  const outbox = new RowOutbox(store, (row, error) =>
    logger.error({ ...row, err: error, skipped: outbox.corruptRowsSkipped }, 'corrupt outbox row skipped'),
  );
  const links = new RowLinks(store);
  let dispatcher: OutboxDispatcher | null = null;
  const pseudonymise = createPseudonymiser(config.PSEUDONYM_SECRET);
  const service = new NetworkService({
    // Concurrent commands on one network share its reads (a reflection's answers arrive all at once).
    networks: new CoalescedLoads(networks),
    config: configRepo,
    leaders,
    clock,
    ids,
    pseudonymise,
    notifications: options.notifications !== false,
    // The sends run after the request, not inside it: outside its round-trip count too.
    onOutbox: (networkId) => (config.OUTBOX_DISPATCH ? outsideRequest(() => dispatcher?.kick(networkId)) : undefined),
  });
  const meetings = new MeetingEventsHandler({ service, networks, links, directory, messenger, logger });
  const app = new NetvaerkBotApp({
    service,
    networks,
    config: configRepo,
    directory,
    logger,
    bootstrapAdmins: config.ADMIN_OBJECT_IDS,
    pseudonymise,
    teamsAppId: config.TEAMS_APP_ID,
    links,
    postedCards: outbox,
    privacyUrl: privacyUrlOf(config),
    onMeetingEvent: (incoming, name) => meetings.handle(incoming, name),
  });
  dispatcher = new OutboxDispatcher(
    {
      outbox,
      networks,
      config: configRepo,
      directory,
      messenger,
      renderer: app.cardRenderer,
      clock,
      logger,
      completeReflection: async (network, meetingId) =>
        closeWhenEveryoneAnswered(
          service,
          network,
          meetingId,
          (await networks.meetingReflections(network.id, [meetingId], { comments: false })).get(meetingId)?.tally
            .count ?? 0,
        ),
      nonResponders: (network, meeting) => nonResponders({ networks, pseudonymise }, network, meeting),
    },
    { pollMs: config.OUTBOX_POLL_MS, leaseMs: config.OUTBOX_LEASE_MS, backoffMs: config.OUTBOX_BACKOFF_MS },
  );
  const records = new RecordsService({
    networks,
    config: configRepo,
    directory,
    log: new RowRecordsLog(store),
    people: new RowPersonData(store),
    clock,
    ids,
    logger: logger.child({ component: 'records' }),
  });
  const scheduler = new Scheduler(
    {
      lease: new RowLease(store),
      networks,
      service,
      clock,
      pseudonymise,
      logger,
      retention: records,
      config: configRepo,
    },
    {
      intervalMs: config.SCHEDULER_INTERVAL_MS,
      reminderAfterMs: config.REFLECTION_REMINDER_AFTER_HOURS * 3_600_000,
      summaryAfterMs: config.REFLECTION_SUMMARY_AFTER_HOURS * 3_600_000,
      instanceId: config.INSTANCE_ID || randomUUID(),
    },
  );
  return {
    store,
    networks,
    config: configRepo,
    directory,
    leaders,
    outbox,
    links,
    service,
    app,
    dispatcher,
    scheduler,
    records,
    pseudonymise,
  };
}

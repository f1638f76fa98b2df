import { randomUUID } from 'node:crypto';
import { type ConfigAuditEntry, configChanges } from '@netvaerk/shared/domain/config-audit';
import { localisedFieldErrors } from '@netvaerk/shared/i18n/field-errors';
import { renderAppCard } from '@netvaerk/shared/cards/app.card';
import { configView } from '@netvaerk/shared/cards/views/config.view';
import { parseConfigForm } from '@netvaerk/shared/domain/config-input';
import { domainError, isDomainError } from '@netvaerk/shared/domain/errors';
import { errorText } from '@netvaerk/shared/i18n/error-text';
import { FORUMS, type OrgConfig, samePerson } from '@netvaerk/shared/domain/types';
import { ConcurrencyError } from '@netvaerk/shared/domain/concurrency-error';
import { t } from '@netvaerk/shared/i18n/messages';
import { type CardActionContext, type CardActionHandler, noticeCard, str } from './card-action-context';

/**
 * Who may change the configuration: the network director or a consultant; before anyone is director, the
 * bootstrap admins named in the server's configuration (ADMIN_OBJECT_IDS).
 */
export function mayConfigure(
  config: OrgConfig,
  ctx: Pick<CardActionContext, 'actor'>,
  bootstrapAdmins: readonly string[],
): boolean {
  if (config.director && samePerson(config.director, ctx.actor)) return true;
  if (config.consultants.some((c) => samePerson(c, ctx.actor))) return true;
  return !config.director && bootstrapAdmins.includes(ctx.actor.objectId);
}

async function channelsAndPeople(ctx: CardActionContext) {
  const [people, conversations] = await Promise.all([ctx.directory.people(), ctx.directory.conversations()]);
  const knownChannels = conversations
    .filter((c) => c.conversationType !== 'personal')
    .map((c) => ({ conversationId: c.conversationId, name: c.name || c.conversationId }));
  return {
    knownPeople: people.map((p) => ({ tenantId: p.tenantId, objectId: p.objectId, name: p.name })),
    knownChannels,
  };
}

function refusal(ctx: CardActionContext) {
  const error = domainError('NETWORK.FORBIDDEN', {
    who_da: 'netværksdirektøren eller netværkskonsulenterne',
    who_en: 'the network director or the network consultants',
  });
  return noticeCard(
    ctx,
    t(ctx.incoming.locale, 'card.refusal.title'),
    errorText(error, ctx.incoming.locale),
    'attention',
  );
}

export function configHandlers(bootstrapAdmins: readonly string[]): {
  showConfig: CardActionHandler;
  saveConfig: CardActionHandler;
} {
  const showConfig: CardActionHandler = async (ctx) => {
    const { config } = await ctx.config.load();
    if (!mayConfigure(config, ctx, bootstrapAdmins)) return refusal(ctx);
    return renderAppCard(
      configView(config, {
        locale: ctx.incoming.locale,
        ...(await channelsAndPeople(ctx)),
        changes: await ctx.config.auditTrail(),
      }),
    );
  };

  const saveConfig: CardActionHandler = async (ctx) => {
    const { config, etag } = await ctx.config.load();
    if (!mayConfigure(config, ctx, bootstrapAdmins)) return refusal(ctx);
    const lists = await channelsAndPeople(ctx);
    const fields = [
      'director',
      'consultants',
      'announcements.channel',
      ...FORUMS.flatMap((f) => [
        `${f}.members`,
        `${f}.quorum`,
        `${f}.rule`,
        `${f}.secretaries`,
        `${f}.deadlineDays`,
        `${f}.channel`,
      ]),
    ];
    const values = Object.fromEntries(fields.map((f) => [f, str(ctx.action.data, f)]));
    const parsed = parseConfigForm(
      values,
      lists.knownPeople,
      lists.knownChannels.map((c) => c.conversationId),
    );
    const locale = ctx.incoming.locale;
    if (isDomainError(parsed)) {
      return renderAppCard(
        configView(config, {
          locale,
          ...lists,
          fieldErrors: localisedFieldErrors(parsed, locale),
          notice: { text: errorText(parsed, locale), tone: 'attention' },
        }),
      );
    }
    try {
      // Who is director, who sits in which forum: every change goes in the audit trail with before and after.
      const audit: ConfigAuditEntry = {
        id: randomUUID(),
        at: new Date().toISOString(),
        by: { tenantId: ctx.actor.tenantId, objectId: ctx.actor.objectId, name: ctx.actor.name },
        changes: configChanges(config, parsed),
      };
      await ctx.config.save(parsed, etag, audit);
    } catch (error) {
      if (!(error instanceof ConcurrencyError)) throw error;
      const message = errorText(domainError('STORAGE.CONFLICT'), locale);
      return renderAppCard(
        configView((await ctx.config.load()).config, {
          locale,
          ...lists,
          notice: { text: message, tone: 'attention' },
        }),
      );
    }
    ctx.logger.info({ by: ctx.actor.objectId }, 'configuration saved');
    return renderAppCard(
      configView(parsed, {
        locale,
        ...lists,
        notice: { text: t(locale, 'card.config.saved'), tone: 'good', bold: true },
        changes: await ctx.config.auditTrail(),
      }),
    );
  };

  return { showConfig, saveConfig };
}

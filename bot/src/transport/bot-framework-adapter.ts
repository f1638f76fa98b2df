import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConversationReference,
  type TurnContext,
} from 'botbuilder';
import type { ServerConfig } from '../config';
import type { Logger } from '../logger';

/**
 * The Bot Framework adapter, configured from our parsed config. Empty MicrosoftAppId (only with LOCAL_DEV)
 * means no inbound authentication and no outbound tokens: for the Agents Playground and tests.
 */
export function createAdapter(config: ServerConfig, logger: Logger): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error(
      { err: error, activityId: context.activity.id, conversationId: context.activity.conversation?.id },
      'unhandled error in a turn',
    );
  };
  return adapter;
}

export type { ConversationReference };

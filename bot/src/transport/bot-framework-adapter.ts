import {
  type Activity,
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConversationReference,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import {
  type AuthenticateRequestResult,
  AuthenticationConstants,
  type BotFrameworkAuthentication,
} from 'botframework-connector';
import type { ServerConfig } from '../config';
import type { Logger } from '../logger';

/**
 * CloudAdapter with authentication taken out of `process`: the endpoint authenticates first (with a timeout,
 * mapping every failure to 401) and hands the result here, so botbuilder never answers a request itself (its
 * `process` answers 500 with the internal error text and prints a stack trace for each refused token).
 */
export class NetvaerkAdapter extends CloudAdapter {
  constructor(readonly authentication: BotFrameworkAuthentication) {
    super(authentication);
  }

  /** Runs the turn for an already authenticated activity; returns the invoke response, if any. */
  runAuthenticated(
    auth: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(auth, activity, logic);
  }
}

/**
 * Naming any endpoint makes botbuilder take every endpoint from the configuration (unset ones stay empty), so
 * the other settings are those of Azure's public cloud, which is what the SDK uses when none is named.
 */
function publicCloudWithMetadata(metadataUrl: string, config: ServerConfig) {
  const login =
    config.MicrosoftAppType === 'SingleTenant' && config.MicrosoftAppTenantId
      ? `${AuthenticationConstants.ToChannelFromBotLoginUrlPrefix}${config.MicrosoftAppTenantId}`
      : AuthenticationConstants.ToChannelFromBotLoginUrl;
  return {
    ToBotFromChannelOpenIdMetadataUrl: metadataUrl,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    ToChannelFromBotLoginUrl: login,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
    ValidateAuthority: true,
  };
}

/**
 * The Bot Framework adapter, configured from our parsed config. Empty MicrosoftAppId (only with LOCAL_DEV)
 * means no inbound authentication and no outbound tokens: for the Agents Playground and tests.
 */
export function createAdapter(config: ServerConfig, logger: Logger): NetvaerkAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
    ...(config.BOT_OPENID_METADATA_URL ? publicCloudWithMetadata(config.BOT_OPENID_METADATA_URL, config) : {}),
  });
  const adapter = new NetvaerkAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error(
      { err: error, activityId: context.activity.id, conversationId: context.activity.conversation?.id },
      'unhandled error in a turn',
    );
  };
  return adapter;
}

export type { ConversationReference };

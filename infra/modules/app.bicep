// App Service (Linux, Node 22 LTS) running the lean artefact (npm run package:server): the bot on
// /api/messages, the tab at /tab/ with its API, /privacy and /terms. App Service pings /healthz and replaces an
// instance that keeps failing. Every setting the server reads is set here (tests/deploy/infra-config.spec.ts
// checks them against bot/src/config.ts).
param name string
param location string
param tenantId string
param identityId string
param identityClientId string
param tableEndpoint string
param pseudonymSecretUri string
param appInsightsConnectionString string
param logAnalyticsWorkspaceId string
param ssoClientId string
param teamsAppId string
param adminObjectIds string

@description('B1 is enough for one municipality; P0v3 or larger for zone redundancy and more instances.')
param sku string = 'B1'

@description('Instances behind the load balancer: the outbox and the scheduler take leases, so several are safe.')
@minValue(1)
param instanceCount int = 1

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: { name: sku, capacity: instanceCount }
  properties: { reserved: true }
}

resource app 'Microsoft.Web/sites@2023-12-01' = {
  name: '${name}-${uniqueString(resourceGroup().id)}'
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references are resolved with the user-assigned identity.
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      appCommandLine: 'node bot/dist/main.js'
      healthCheckPath: '/healthz'
      alwaysOn: true
      http20Enabled: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
    }
  }
}

// Set apart from the site so PUBLIC_URL can name the site's own host name.
resource appSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: app
  name: 'appsettings'
  properties: {
    HOST: '0.0.0.0'
    PORT: '8080'
    MicrosoftAppType: 'UserAssignedMSI'
    MicrosoftAppId: identityClientId
    MicrosoftAppTenantId: tenantId
    AZURE_CLIENT_ID: identityClientId
    STORAGE_TABLE_ENDPOINT: tableEndpoint
    PSEUDONYM_SECRET: '@Microsoft.KeyVault(SecretUri=${pseudonymSecretUri})'
    PUBLIC_URL: 'https://${app.properties.defaultHostName}'
    SSO_CLIENT_ID: ssoClientId
    TEAMS_APP_ID: teamsAppId
    SSO_TENANT_IDS: tenantId
    BOT_TENANT_IDS: tenantId
    ADMIN_OBJECT_IDS: adminObjectIds
    LOG_LEVEL: 'info'
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
    WEBSITE_RUN_FROM_PACKAGE: '1'
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
  }
}

// App Service's own console (stdout) and HTTP logs to the same workspace as Application Insights.
resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: app
  name: 'to-log-analytics'
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: [
      { category: 'AppServiceConsoleLogs', enabled: true }
      { category: 'AppServiceHTTPLogs', enabled: true }
      { category: 'AppServicePlatformLogs', enabled: true }
    ]
    metrics: [{ category: 'AllMetrics', enabled: true }]
  }
}

output id string = app.id
output hostName string = app.properties.defaultHostName

// Netværk for Teams in Azure, in one resource group in the EU: a user-assigned identity, Table Storage, Key
// Vault, Log Analytics + Application Insights, App Service (Node 22 LTS) and an Azure Bot with EU data
// residency. Provisioned by the Microsoft 365 Agents Toolkit (m365agents.yml, arm/deploy) with
// main.parameters.json; the outputs in capitals are written to env/.env.<environment>.
// Not compiled here (no Bicep CLI on the development machines): check with `az bicep build -f infra/main.bicep`.

@description('Short name used in every resource name, e.g. netvaerk-dev.')
@minLength(3)
@maxLength(20)
param resourceBaseName string

@description('Region of every resource but the bot. An EU region keeps the data in the EU.')
param location string = 'westeurope'

@description('westeurope: the bot service keeps its data in the EU (regional Azure Bot); global: the classic one.')
@allowed(['westeurope', 'global'])
param botLocation string = 'westeurope'

@description('The Entra tenant of the municipality (single-tenant bot and SSO).')
param tenantId string = subscription().tenantId

@description('Client id of the tab\'s Entra app registration (aad.manifest.json, created by aadApp/create).')
param ssoClientId string

@description('The Teams app id for deep links from cards to the tab (teamsApp/create; the org catalogue id once published there).')
param teamsAppId string

@description('Key for pseudonymising anonymous reflection answers (at least 32 characters); goes to Key Vault.')
@secure()
@minLength(32)
param pseudonymSecret string

@description('Comma-separated Entra object ids allowed to set up the configuration before a director is set.')
param adminObjectIds string = ''

@description('App Service plan size.')
param appServiceSku string = 'B1'

@minValue(1)
param instanceCount int = 1

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: { name: resourceBaseName, location: location }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: { name: resourceBaseName, location: location, identityPrincipalId: identity.outputs.principalId }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: { name: resourceBaseName, location: location }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: resourceBaseName
    location: location
    tenantId: tenantId
    identityPrincipalId: identity.outputs.principalId
    pseudonymSecret: pseudonymSecret
  }
}

module app 'modules/app.bicep' = {
  name: 'app'
  params: {
    name: resourceBaseName
    location: location
    tenantId: tenantId
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    tableEndpoint: storage.outputs.tableEndpoint
    pseudonymSecretUri: keyVault.outputs.pseudonymSecretUri
    appInsightsConnectionString: monitoring.outputs.connectionString
    logAnalyticsWorkspaceId: monitoring.outputs.workspaceId
    ssoClientId: ssoClientId
    teamsAppId: teamsAppId
    adminObjectIds: adminObjectIds
    sku: appServiceSku
    instanceCount: instanceCount
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: resourceBaseName
    location: botLocation
    identityClientId: identity.outputs.clientId
    identityResourceId: identity.outputs.id
    tenantId: tenantId
    messagingEndpoint: 'https://${app.outputs.hostName}/api/messages'
  }
}

// Written to env/.env.<environment> by the Toolkit's arm/deploy.
output BOT_ID string = identity.outputs.clientId
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = app.outputs.id
output PUBLIC_URL string = 'https://${app.outputs.hostName}'
output PUBLIC_HOST string = app.outputs.hostName
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.accountName
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.vaultName

// Netværk for Teams in Azure: the server on App Service (Node 20), Table Storage, and an Azure Bot registered to
// Teams, all using one user-assigned managed identity (no secrets for the bot or the storage).
// Deploy: see infra/README.md.

@description('Short name used in every resource name, e.g. netvaerk-dev.')
@minLength(3)
@maxLength(20)
param name string

param location string = resourceGroup().location

@description('The Entra tenant of the municipality (single-tenant bot and SSO).')
param tenantId string = subscription().tenantId

@description('Client id of the Entra app registration used for tab SSO (webApplicationInfo.id).')
param ssoClientId string

@description('Secret for pseudonymising anonymous reflection answers (at least 32 characters).')
@secure()
@minLength(32)
param pseudonymSecret string

@description('Comma-separated Entra object ids allowed to set up the configuration before a director is set.')
param adminObjectIds string = ''

var storageName = toLower(replace('${name}st${uniqueString(resourceGroup().id)}', '-', ''))
var appHost = '${name}-${uniqueString(resourceGroup().id)}.azurewebsites.net'
// Built-in role: Storage Table Data Contributor.
var tableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-id'
  location: location
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take(storageName, 24)
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_ZRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    supportsHttpsTrafficOnly: true
  }
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource tableAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage
  name: guid(storage.id, identity.id, tableDataContributor)
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', tableDataContributor)
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: { name: 'B1' }
  properties: { reserved: true }
}

resource app 'Microsoft.Web/sites@2023-12-01' = {
  name: '${name}-${uniqueString(resourceGroup().id)}'
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'node bot/dist/main.js'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      appSettings: [
        { name: 'HOST', value: '0.0.0.0' }
        { name: 'PORT', value: '8080' }
        { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
        { name: 'MicrosoftAppId', value: identity.properties.clientId }
        { name: 'MicrosoftAppTenantId', value: tenantId }
        // DefaultAzureCredential picks the user-assigned identity by this id.
        { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
        { name: 'STORAGE_TABLE_ENDPOINT', value: storage.properties.primaryEndpoints.table }
        { name: 'PSEUDONYM_SECRET', value: pseudonymSecret }
        { name: 'PUBLIC_URL', value: 'https://${appHost}' }
        { name: 'SSO_CLIENT_ID', value: ssoClientId }
        { name: 'SSO_TENANT_IDS', value: tenantId }
        { name: 'BOT_TENANT_IDS', value: tenantId }
        { name: 'ADMIN_OBJECT_IDS', value: adminObjectIds }
        { name: 'LOG_LEVEL', value: 'info' }
      ]
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot'
  location: 'global'
  kind: 'azurebot'
  sku: { name: 'F0' }
  properties: {
    displayName: 'Netværk for Teams'
    endpoint: 'https://${app.properties.defaultHostName}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: tenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

output botId string = identity.properties.clientId
output publicUrl string = 'https://${app.properties.defaultHostName}'
output publicHost string = app.properties.defaultHostName
output tableEndpoint string = storage.properties.primaryEndpoints.table

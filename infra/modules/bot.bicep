// The Azure Bot registration (the managed identity is its app id) and its Teams channel. 'westeurope' gives the
// bot service EU data residency (Azure's regional bot service); 'global' is the classic registration.
param name string
param identityClientId string
param identityResourceId string
param tenantId string
param messagingEndpoint string

@allowed(['westeurope', 'global'])
param location string = 'westeurope'

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot'
  location: location
  kind: 'azurebot'
  sku: { name: 'F0' }
  properties: {
    displayName: 'Netværk for Teams'
    endpoint: messagingEndpoint
    msaAppType: 'UserAssignedMSI'
    msaAppId: identityClientId
    msaAppMSIResourceId: identityResourceId
    msaAppTenantId: tenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: location
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

output botName string = bot.name

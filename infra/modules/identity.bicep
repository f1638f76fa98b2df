// The one user-assigned managed identity: the bot's identity towards the Bot Connector (UserAssignedMSI) and
// the server's towards Table Storage and Key Vault. No passwords anywhere.
param name string
param location string

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-id'
  location: location
}

output id string = identity.id
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
output tenantId string = identity.properties.tenantId

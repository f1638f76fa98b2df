// Key Vault (RBAC, purge protection) holding the server's secret: the key for pseudonymising anonymous
// reflection answers. The app setting references it; the identity may read secrets (Key Vault Secrets User).
param name string
param location string
param tenantId string
param identityPrincipalId string

@secure()
@minLength(32)
param pseudonymSecret string

// Built-in role: Key Vault Secrets User.
var secretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  // Vault names: 3-24 letters, digits and single hyphens, globally unique.
  name: 'kv${uniqueString(resourceGroup().id, name)}'
  location: location
  properties: {
    tenantId: tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource pseudonym 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'pseudonym-secret'
  properties: { value: pseudonymSecret, contentType: 'text/plain' }
}

resource readSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, identityPrincipalId, secretsUser)
  properties: {
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUser)
  }
}

output vaultName string = vault.name
// Without a version: App Service picks up a rotated secret (within a day, or at once on restart).
output pseudonymSecretUri string = pseudonym.properties.secretUri

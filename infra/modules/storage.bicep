// Table Storage for all data (shared keys off: only Entra identities), and the identity as
// Storage Table Data Contributor.
param name string
param location string
param identityPrincipalId string

@description('ZRS keeps three copies in the region; GZRS also copies to the paired region.')
@allowed(['Standard_ZRS', 'Standard_GZRS', 'Standard_LRS'])
param sku string = 'Standard_ZRS'

// Built-in role: Storage Table Data Contributor.
var tableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take(toLower(replace('${name}st${uniqueString(resourceGroup().id)}', '-', '')), 24)
  location: location
  kind: 'StorageV2'
  sku: { name: sku }
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
  name: guid(storage.id, identityPrincipalId, tableDataContributor)
  properties: {
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', tableDataContributor)
  }
}

output accountName string = storage.name
output tableEndpoint string = storage.properties.primaryEndpoints.table

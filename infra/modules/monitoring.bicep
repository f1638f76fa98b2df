// Log Analytics and a workspace-based Application Insights: the server's requests, outgoing calls and logs
// (through Azure Monitor OpenTelemetry) and App Service's own console and HTTP logs.
param name string
param location string

@description('Days the logs are kept (the privacy statement says 30).')
@minValue(30)
param retentionInDays int = 30

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${name}-logs'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: retentionInDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    RetentionInDays: retentionInDays
  }
}

output workspaceId string = workspace.id
output connectionString string = insights.properties.ConnectionString

#!/usr/bin/env node
// The floor for a card action: a bare botbuilder invoke handler (restify + CloudAdapter, no authentication as in
// local development) that makes exactly the storage round trips a card action cannot avoid: one range read of
// the network's partition (the aggregate) and one transaction that writes the answer, its audit row and the
// command id. No validation, no domain, no card rendering: what is left is the framework and the storage.
//
// Env: STORAGE_CONNECTION_STRING, TABLE_PREFIX. Prints {"port":…} once listening.
'use strict';
const { randomUUID } = require('node:crypto');
const { join } = require('node:path');
const restify = require('restify');
const { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } = require('botbuilder');

const dist = (p) => require(join(__dirname, '..', '..', 'shared', 'dist', p));
const { TablePartitionStore } = dist('storage/table-partition-store.js');
const { NETWORK_ROWS, partitionKey, prefixUpperBound, rowKey } = dist('storage/keys.js');

const store = new TablePartitionStore({
  kind: 'connectionString',
  connectionString: process.env.STORAGE_CONNECTION_STRING,
  tablePrefix: process.env.TABLE_PREFIX ?? '',
});

const CARD = {
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body: [{ type: 'TextBlock', text: 'Tak for dit svar', wrap: true }],
};

class FloorBot extends ActivityHandler {
  async onInvokeActivity(context) {
    const { data } = context.activity.value.action;
    const pk = partitionKey(String(data.networkId));
    const at = new Date().toISOString();
    await store.range('networks', pk, NETWORK_ROWS.contract, prefixUpperBound(NETWORK_ROWS.participant));
    const answer = JSON.stringify({ meetingId: data.meetingId, value: Number(data.value), answeredAt: at });
    await store.transact('networks', pk, [
      {
        kind: 'upsert',
        rowKey: rowKey(NETWORK_ROWS.reflection, data.meetingId, context.activity.from.aadObjectId),
        properties: { data: answer },
      },
      { kind: 'create', rowKey: rowKey(NETWORK_ROWS.audit, at, randomUUID()), properties: { data: answer } },
      { kind: 'create', rowKey: rowKey(NETWORK_ROWS.command, randomUUID()), properties: { data: answer } },
    ]);
    return { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: CARD } };
  }
}

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '' }));
const bot = new FloorBot();
const server = restify.createServer({ name: '', handleUncaughtExceptions: false });
server.use(restify.plugins.jsonBodyParser());
server.post('/api/messages', async (req, res) => adapter.process(req, res, (context) => bot.run(context)));
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ port: server.address().port })));
process.on('SIGTERM', () => process.exit(0));
process.on('disconnect', () => process.exit(0));

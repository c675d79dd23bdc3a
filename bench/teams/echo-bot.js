'use strict';
// The peer in the Teams benchmark: the smallest bot on the official botbuilder SDK (CloudAdapter + express), with
// authentication OFF (no app id: no inbound token check, no outbound token), echoing each message back through the
// Connector (replyToActivity to the activity's serviceUrl) before it answers the HTTP request.
// Usage (from the repository root, after npm ci in tests/harness/teams):
//   NODE_PATH=tests/harness/teams/node_modules node -r ./tests/harness/teams/loopback-guard.js bench/teams/echo-bot.js <port>
const express = require('express');
const { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } = require('botbuilder');

const port = Number(process.argv[2] || 0);
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => { process.stderr.write(`turn error: ${error && error.message}\n`); };

const bot = new ActivityHandler();
bot.onMessage(async (context, next) => {
  await context.sendActivity(`echo: ${context.activity.text}`);
  await next();
});

const app = express();
app.disable('x-powered-by');
app.post('/api/messages', express.json({ limit: '1mb' }), (req, res) => adapter.process(req, res, (context) => bot.run(context)));
app.get('/healthz', (req, res) => res.send('ok'));
const server = app.listen(port, '127.0.0.1', () => {
  process.stdout.write(JSON.stringify({ port: server.address().port, url: `http://127.0.0.1:${server.address().port}/api/messages` }) + '\n');
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

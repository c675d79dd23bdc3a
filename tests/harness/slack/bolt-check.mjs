// Independent server check: Slack's official Bolt (HTTPReceiver) receives the exact signed requests SalesBot's tests
// send to SalesBot, verifies their signatures with Bolt's own code, and reports what its listeners parsed, so the C# test
// can confirm SalesBot signs like Slack and reads the same fields Bolt reads.
// Usage: node bolt-check.mjs <signingSecret> <cases.json>   → one JSON object on stdout.
// cases.json: [{ "name", "contentType", "body", "headers": { name: value } }]
import { readFileSync } from 'node:fs';
import bolt from '@slack/bolt';

const { App, LogLevel } = bolt;
const [signingSecret, casesFile] = process.argv.slice(2);
if (!signingSecret || !casesFile) {
  console.error('usage: node bolt-check.mjs <signingSecret> <cases.json>');
  process.exit(2);
}

const cases = JSON.parse(readFileSync(casesFile, 'utf8'));
const received = [];
const app = new App({
  signingSecret,
  // A fixed authorization: Bolt needs no auth.test call, so this process talks to nothing but loopback.
  authorize: async () => ({ botToken: 'xoxb-bolt-check-0001', botUserId: 'U0BOT', botId: 'B0BOT', teamId: 'T0001' }),
  ignoreSelf: false,
  processBeforeResponse: true,
  logLevel: LogLevel.ERROR,
  clientOptions: { slackApiUrl: 'http://127.0.0.1:9/api/' },
});

app.command('/salesbot', async ({ command, ack }) => {
  received.push({ kind: 'command', command: command.command, text: command.text, user_id: command.user_id, response_url: command.response_url });
  await ack({ response_type: 'ephemeral', text: 'ok' });
});
app.action(/.*/, async ({ action, body, ack }) => {
  received.push({ kind: 'action', action_id: action.action_id, value: action.value, message_ts: body.container?.message_ts, channel_id: body.container?.channel_id });
  await ack();
});
app.view(/.*/, async ({ view, ack }) => {
  const values = {};
  for (const [blockId, actions] of Object.entries(view.state.values)) {
    for (const [, v] of Object.entries(actions)) {
      values[blockId] = v.value ?? v.selected_option?.value ?? v.selected_user ?? null;
    }
  }
  received.push({ kind: 'view', callback_id: view.callback_id, private_metadata: view.private_metadata, values });
  await ack({ response_action: 'errors', errors: { time: 'Use HH:mm.' } });
});
app.event('message', async ({ event }) => {
  received.push({ kind: 'message', text: event.text, user: event.user, channel: event.channel, subtype: event.subtype ?? null });
});
app.event('app_mention', async ({ event }) => {
  received.push({ kind: 'app_mention', text: event.text, user: event.user });
});
app.event('app_home_opened', async ({ event }) => {
  received.push({ kind: 'app_home_opened', user: event.user, tab: event.tab });
});
app.error(async (error) => { console.error(`bolt listener error: ${error.message}`); });

const server = await app.start(0);
const port = server.address().port;
const results = [];
for (const c of cases) {
  const before = received.length;
  const response = await fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': c.contentType, ...c.headers },
    body: c.body,
  });
  const text = await response.text();
  results.push({ name: c.name, status: response.status, body: text, received: received.slice(before) });
}

await app.stop();
process.stdout.write(JSON.stringify({ results }));

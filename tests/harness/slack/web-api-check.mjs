// Independent client check: Slack's official @slack/web-api WebClient talks to SalesBot's fake Slack (slackApiUrl).
// It proves the fake answers the way Slack does (the SDK accepts its bodies, retries its 429, surfaces its ok:false),
// and it records what the SDK sends so the C# test can compare it field by field with what SalesBot's client sends.
// Usage: node web-api-check.mjs <apiBaseUrl> <blocks.json>   → one JSON object on stdout.
import { readFileSync } from 'node:fs';
import { WebClient, LogLevel } from '@slack/web-api';

const [apiBaseUrl, blocksFile] = process.argv.slice(2);
if (!apiBaseUrl || !blocksFile) {
  console.error('usage: node web-api-check.mjs <apiBaseUrl> <blocks.json>');
  process.exit(2);
}

const message = JSON.parse(readFileSync(blocksFile, 'utf8'));
const client = new WebClient('xoxb-sdk-check-0001', {
  slackApiUrl: apiBaseUrl,
  allowAbsoluteUrls: false,
  logLevel: LogLevel.ERROR,
  retryConfig: { retries: 2, factor: 1, minTimeout: 10, maxTimeout: 100 },
});
let rateLimitedEvents = 0;
client.on('rate_limited', () => { rateLimitedEvents += 1; });

const result = {};
try {
  const auth = await client.auth.test();
  result.auth = { ok: auth.ok, user_id: auth.user_id, bot_id: auth.bot_id, team_id: auth.team_id };

  const open = await client.conversations.open({ users: 'U0ALICE' });
  result.open = { channel: open.channel.id };

  const posted = await client.chat.postMessage({ channel: 'D0ALICE', text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false });
  result.posted = { ok: posted.ok, channel: posted.channel, ts: posted.ts };
  result.rateLimitedEvents = rateLimitedEvents;

  const updated = await client.chat.update({ channel: 'D0ALICE', ts: posted.ts, text: 'answered', blocks: [] });
  result.updated = { ts: updated.ts };

  const user = await client.users.info({ user: 'U0ALICE' });
  result.user = { tz: user.user.tz, tz_offset: user.user.tz_offset };

  const home = await client.views.publish({ user_id: 'U0ALICE', view: { type: 'home', blocks: message.blocks.filter((b) => b.type !== 'actions') } });
  result.home = { id: home.view.id, hash: home.view.hash };

  try {
    await client.users.info({ user: 'U0GONE' });
    result.userGone = { error: null };
  } catch (error) {
    result.userGone = { code: error.code, error: error.data?.error };
  }
} catch (error) {
  result.failure = { code: error.code, message: error.message, data: error.data };
}

process.stdout.write(JSON.stringify(result));

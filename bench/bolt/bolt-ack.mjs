// The Bolt JS peer for bench/run.sh: Slack's own framework receiving signed Events API requests on 127.0.0.1, verifying
// them (HTTPReceiver, signing secret) and acknowledging with a no-op listener. It makes no Web API call: a fixed
// `authorize` means no auth.test, so it talks to nothing but its own socket. Usage: node bolt-ack.mjs <port> <signingSecret>
import bolt from '@slack/bolt';

const { App, LogLevel } = bolt;
const [port, signingSecret] = process.argv.slice(2);
const app = new App({
  signingSecret,
  authorize: async () => ({ botToken: 'xoxb-bench-0001', botUserId: 'U0BOT', botId: 'B0BOT', teamId: 'T0BENCH' }),
  logLevel: LogLevel.ERROR,
  clientOptions: { slackApiUrl: 'http://127.0.0.1:9/api/' },
});
app.event('message', async () => {});
await app.start({ port: Number(port), host: '127.0.0.1' });
console.log(`bolt-ack listening on 127.0.0.1:${port}`);

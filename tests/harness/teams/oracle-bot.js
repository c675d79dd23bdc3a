'use strict';
// The conformance oracle: a reference bot on the official botbuilder CloudAdapter with authentication ON, pointed at the
// fake connector's OpenID metadata (reference §10.2). A test sends the same request to SalesBot and to this bot and
// compares verdicts. The bot itself stays silent (it never replies), so a verdict is just the HTTP status.
// Usage: node -r ./loopback-guard.js oracle-bot.js <fake-base-url>
// Environment: SALESBOT_FAKE_APP_ID, SALESBOT_FAKE_APP_PASSWORD. Prints {"port":N,"url":"…/api/messages"}.
const express = require('express');
const { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } = require('botbuilder');
const { ServiceClientCredentialsFactory } = require('botframework-connector');

const fake = process.argv[2];
if (!fake) throw new Error('usage: oracle-bot.js <fake-base-url>');
const appId = process.env.SALESBOT_FAKE_APP_ID || '00000000-0000-0000-0000-000000000001';
const appPassword = process.env.SALESBOT_FAKE_APP_PASSWORD || 'fake-password';

// The stock factory uses MSAL over https; this one posts client credentials to the fake (never used: the bot is silent).
class FakeCredentialsFactory extends ServiceClientCredentialsFactory {
  async isValidAppId(id) { return id === appId; }
  async isAuthenticationDisabled() { return false; }
  async createCredentials() {
    return {
      signRequest: async (request) => {
        const response = await fetch(`${fake}/botframework.com/oauth2/v2.0/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ grant_type: 'client_credentials', client_id: appId, client_secret: appPassword, scope: 'https://api.botframework.com/.default' }),
        });
        const token = await response.json();
        request.headers.set('authorization', `Bearer ${token.access_token}`);
        return request;
      },
    };
  }
}

const auth = new ConfigurationBotFrameworkAuthentication({
  MicrosoftAppId: appId,
  MicrosoftAppType: 'MultiTenant',
  ToBotFromChannelOpenIdMetadataUrl: `${fake}/v1/.well-known/openidconfiguration`,
  ToBotFromEmulatorOpenIdMetadataUrl: `${fake}/v1/.well-known/openidconfiguration`,
  ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
  ToChannelFromBotLoginUrl: `${fake}/botframework.com`,
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  OAuthUrl: `${fake}/oauth`,
  ValidateAuthority: false,
}, new FakeCredentialsFactory());

const adapter = new CloudAdapter(auth);
adapter.onTurnError = async () => {};
const bot = new ActivityHandler();

const app = express();
app.disable('x-powered-by');
app.post('/api/messages', express.json({ limit: '1mb' }), (req, res) => adapter.process(req, res, (context) => bot.run(context)));
app.get('/_test/egress', (req, res) => res.json(globalThis.__salesbotEgressAttempts || []));

const server = app.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  process.stdout.write(JSON.stringify({ port, url: `http://127.0.0.1:${port}/api/messages` }) + '\n');
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.resume();

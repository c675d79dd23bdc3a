'use strict';
// Validates a Teams app manifest against the official JSON schema shipped in npm @microsoft/app-manifest (offline: the
// schema is read from the package, never fetched). Usage: node validate-manifest.js <manifest.json>
// Prints {"schema": "...", "errors": [...]} and exits 1 when there are errors.
const fs = require('fs');
const path = require('path');
const { ManifestUtil } = require('@microsoft/app-manifest');

async function main() {
  const manifest = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const version = manifest.manifestVersion;
  if (!/^(\d+\.\d+|devPreview)$/.test(String(version))) throw new Error(`manifestVersion ${version} is not a schema version`);
  const schemaPath = path.join(
    path.dirname(require.resolve('@microsoft/app-manifest/package.json')),
    'build', 'json-schemas', 'teams', `v${version}`, 'MicrosoftTeams.schema.json');
  const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8').replace(/^\uFEFF/, ''));
  const errors = await ManifestUtil.validateManifestAgainstSchema(manifest, schema);
  process.stdout.write(JSON.stringify({ schema: `teams/v${version}`, errors }, null, 2) + '\n');
  process.exit(errors.length > 0 ? 1 : 0);
}

main().catch((e) => { process.stderr.write(String(e && e.stack || e) + '\n'); process.exit(2); });

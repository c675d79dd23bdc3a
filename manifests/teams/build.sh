#!/usr/bin/env bash
# Builds the Teams app package: a zip with manifest.json (from manifest.template.json) and the two icons at its root.
#
#   Teams__AppId=<bot app id> manifests/teams/build.sh [output.zip]
#
# The app id comes from configuration, like the bot's: Teams__AppId, or the Azure Bot name MicrosoftAppId. It fills both
# the app id and bots[0].botId. Optional: SALESBOT_APP_VERSION (semver, default 1.0.0), SALESBOT_WEBSITE_URL,
# SALESBOT_PRIVACY_URL, SALESBOT_TERMS_URL (https URLs shown in the Teams store listing). Needs jq and zip.
# Default output: manifests/teams/build/salesbot-teams.zip. Sideload it in Teams: Apps > Manage your apps > Upload an app.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

app_id="${Teams__AppId:-${MicrosoftAppId:-}}"
guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
if [[ -z "$app_id" ]]; then
  echo "build.sh: set Teams__AppId (or MicrosoftAppId) to the bot's Microsoft App ID." >&2
  exit 2
fi
if [[ ! "$app_id" =~ $guid ]]; then
  echo "build.sh: Teams__AppId must be a GUID (the Azure Bot's Microsoft App ID)." >&2
  exit 2
fi
version="${SALESBOT_APP_VERSION:-1.0.0}"
if [[ ! "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
  echo "build.sh: SALESBOT_APP_VERSION must be a version like 1.2.0." >&2
  exit 2
fi
website="${SALESBOT_WEBSITE_URL:-https://salesbot.example.com}"
privacy="${SALESBOT_PRIVACY_URL:-$website/privacy}"
terms="${SALESBOT_TERMS_URL:-$website/terms}"
for url in "$website" "$privacy" "$terms"; do
  if [[ ! "$url" =~ ^https:// ]]; then
    echo "build.sh: store-listing URLs must start with https:// ($url)." >&2
    exit 2
  fi
done
for tool in jq zip; do
  command -v "$tool" >/dev/null || { echo "build.sh: $tool is required (apt-get install $tool)." >&2; exit 2; }
done

out="${1:-$here/build/salesbot-teams.zip}"
mkdir -p "$(dirname "$out")"
out="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

jq --arg id "${app_id,,}" --arg version "$version" --arg website "$website" --arg privacy "$privacy" --arg terms "$terms" '
  .id = $id
  | .version = $version
  | .developer.websiteUrl = $website
  | .developer.privacyUrl = $privacy
  | .developer.termsOfUseUrl = $terms
  | .bots[0].botId = $id
' "$here/manifest.template.json" > "$work/manifest.json"
if grep -q '{{' "$work/manifest.json"; then
  echo "build.sh: a placeholder was left unfilled in manifest.json." >&2
  exit 1
fi
cp "$here/color.png" "$here/outline.png" "$work/"
rm -f "$out"
(cd "$work" && zip -q -X "$out" manifest.json color.png outline.png)
echo "$out"

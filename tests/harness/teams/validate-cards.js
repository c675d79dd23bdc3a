'use strict';
// Parses Adaptive Card JSON files with the official npm `adaptivecards` parser and reports every parse error and
// validation warning. Usage: node validate-cards.js <file-or-directory>... ; prints one JSON report, exit 1 on any event.
const fs = require('fs');
const path = require('path');
const AC = require('adaptivecards/dist/adaptivecards.js');

function files(target) {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return [target];
  return fs.readdirSync(target).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(target, f));
}

function validate(file) {
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  const context = new AC.SerializationContext();
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  const events = [];
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    events.push({ phase: 'parse', event: AC.ValidationEvent[e.event], message: e.message });
  }
  const results = card.validateProperties();
  for (let i = 0; i < results.validationEvents.length; i++) {
    const e = results.validationEvents[i];
    events.push({ phase: 'validate', event: AC.ValidationEvent[e.event], message: e.message });
  }
  return { file: path.basename(file), events };
}

const reports = process.argv.slice(2).flatMap(files).map(validate);
process.stdout.write(JSON.stringify({ cards: reports.length, reports }, null, 2) + '\n');
process.exit(reports.some((r) => r.events.length > 0) ? 1 : 0);

#!/usr/bin/env node
// Decodes a backstride .ics with Mozilla ical.js (the parser of Thunderbird and
// Nextcloud) and compares it with the JSON plan of the same profile.
//
// Usage:
//   node ics_roundtrip.mjs ICS_FILE [JSON_FILE] [options]
//
// Without JSON_FILE: only parses and runs the decoded-value checks below.
// With JSON_FILE (a `backstride plan -f json` output):
//   - one VEVENT per session in weeks[].sessions[] (matched after sorting both by
//     start time, then summary);
//   - DTSTART is UTC and equals session.start_utc;
//   - DURATION in seconds equals session.totals.seconds;
//   - SUMMARY (decoded) equals session.summary exactly.
// Always:
//   - ical.js parses the file (ParserError = failure);
//   - DTSTAMP and DTSTART are UTC, without TZID;
//   - UIDs unique; SEQUENCE present and an integer;
//   - each event has one VALARM with ACTION, TRIGGER and (for DISPLAY) DESCRIPTION;
//   - no decoded text contains U+FFFD (a broken fold / bad UTF-8) or a stray
//     backslash from an illegal escape such as `\:`.
// Options:
//   --dst HH:MM ZONE   every event starts at HH:MM wall-clock time in ZONE (IANA),
//                      converted with Intl.DateTimeFormat; also requires that the
//                      events span two different UTC offsets (the plan really
//                      crosses a daylight-saving change), else the check is vacuous.
//   --local HH:MM ZONE the same wall-clock check without requiring a DST change.
//   --withheld         withheld plan: at most one event, whose SUMMARY mentions a
//                      clinician (doctor, physio, GP, medical or emergency care); the
//                      JSON comparison is skipped.
//   --expect-text S    S must appear verbatim in some decoded text value of the
//                      calendar (SUMMARY, DESCRIPTION, LOCATION, NAME, X-WR-*...).
//                      Repeatable.
//   --no-personal S    no UID may contain S (case-insensitive). Repeatable.
//   --descriptions     each DESCRIPTION contains the session's title, every interval
//                      of its segments as "<kind> m:ss" (warm-up 5:00, jog 1:00,
//                      walk 1:30, cool-down 5:00) and every one of its checkpoint texts
//   --labels K=L,...   the interval words of a translated plan (warmup=calentamiento,...)
//                      (the pre-session check, the stop rules...).
//   --dtstamp YYYYMMDDTHHMMSSZ   every DTSTAMP equals this value.
//   --dump FILE        write [{uid, sequence, start_utc, summary, session_id, status}] as JSON.
//   --morning S        events titled S (the --morning-check events) are left out of
//                      the JSON comparison; there must be one per session, each the
//                      morning after a session, with its alarm.
// Events with STATUS:CANCELLED (what a re-export cancels) must have no VALARM and are
// left out of the JSON comparison and of the --withheld count.
// Exit 0 when everything holds, 1 on any problem (each printed on its own line), 2 on
// a usage error, 3 on an internal error (a crash is never taken as a pass or a rejection).

import { readFileSync, writeFileSync } from 'node:fs';
import ICAL from 'ical.js';

function usage(msg) {
  if (msg) console.error(`ics_roundtrip: ${msg}`);
  console.error('usage: node ics_roundtrip.mjs ICS_FILE [JSON_FILE] [--dst HH:MM ZONE] [--withheld] ' +
    '[--local HH:MM ZONE] [--expect-text S]... [--no-personal S]... [--descriptions] [--dtstamp STAMP] [--dump FILE]');
  process.exit(2);
}

// A crash is neither a pass nor a rejection: exit 3 so that tests can tell.
process.on('uncaughtException', (e) => {
  console.error(`${process.argv[1]}: internal error: ${e && e.stack ? e.stack : e}`);
  process.exit(3);
});

const args = process.argv.slice(2);
const opts = { expect: [], personal: [], withheld: false, descriptions: false };
const positional = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--dst' || a === '--local') { opts.dstTime = args[++i]; opts.dstZone = args[++i]; opts.needChange = a === '--dst'; }
  else if (a === '--withheld') opts.withheld = true;
  else if (a === '--expect-text') opts.expect.push(args[++i]);
  else if (a === '--no-personal') opts.personal.push(args[++i]);
  else if (a === '--descriptions') opts.descriptions = true;
  else if (a === '--labels') opts.labels = Object.fromEntries(args[++i].split(',').map((kv) => kv.split('=')));
  else if (a === '--dtstamp') opts.dtstamp = args[++i];
  else if (a === '--dump') opts.dump = args[++i];
  else if (a === '--morning') opts.morning = args[++i];
  else if (a.startsWith('--')) usage(`unknown option ${a}`);
  else positional.push(a);
}
if (positional.length < 1 || positional.length > 2) usage();
if (opts.dstTime !== undefined && !(/^\d\d:\d\d$/.test(opts.dstTime) && opts.dstZone)) usage('--dst/--local need HH:MM ZONE');
for (const v of [...opts.expect, ...opts.personal]) if (v === undefined) usage('option needs a value');

const [icsPath, jsonPath] = positional;
const problems = [];
const problem = (msg) => problems.push(msg);

function finish(extra) {
  for (const p of problems) console.log(`${icsPath}: ${p}`);
  if (problems.length) process.exit(1);
  console.log(`${icsPath}: ok${extra ? ` (${extra})` : ''}`);
  process.exit(0);
}

// ---------------------------------------------------------------- parse
let text;
try {
  const bytes = readFileSync(icsPath);
  text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
} catch (e) {
  problem(`cannot read as UTF-8: ${e.message}`);
  finish();
}
if (text.charCodeAt(0) === 0xfeff) problem('starts with a BOM');

let cal;
try {
  let jcal = ICAL.parse(text);
  // ical.js returns one component, or an array of them when there are several / none.
  if (Array.isArray(jcal) && typeof jcal[0] !== 'string') {
    if (jcal.length !== 1) {
      problem(`${jcal.length} top-level components (expected one VCALENDAR)`);
      finish();
    }
    jcal = jcal[0];
  }
  cal = new ICAL.Component(jcal);
} catch (e) {
  problem(`ical.js: ${e.name}: ${e.message}`);
  finish();
}
if (cal.name !== 'vcalendar') problem(`top-level component is ${cal.name}, not vcalendar`);

const TEXT_PROPS = ['summary', 'description', 'location', 'comment', 'categories', 'name',
  'x-wr-calname', 'x-wr-caldesc', 'contact'];
const decodedTexts = [];
function collectTexts(comp, where) {
  for (const prop of comp.getAllProperties()) {
    if (!TEXT_PROPS.includes(prop.name)) continue;
    for (const v of prop.getValues()) {
      if (typeof v !== 'string') continue;
      decodedTexts.push(v);
      if (v.includes('\uFFFD')) problem(`${where} ${prop.name.toUpperCase()} contains U+FFFD (broken UTF-8 / fold)`);
    }
  }
  for (const sub of comp.getAllSubcomponents()) collectTexts(sub, `${where}/${sub.name.toUpperCase()}`);
}
try {
  collectTexts(cal, 'VCALENDAR');
} catch (e) {
  problem(`ical.js cannot decode a text value: ${e.message}`);
}

const isUtc = (t) => t && t.zone && (t.zone === ICAL.Timezone.utcTimezone || t.zone.tzid === 'UTC');
const isoOf = (t) => new Date(t.toUnixTime() * 1000).toISOString().replace('.000Z', 'Z');

const events = [];
const uids = new Map();
cal.getAllSubcomponents('vevent').forEach((ev, idx) => {
  const where = `VEVENT #${idx + 1}`;
  try {
    checkEvent(ev, idx, where);
  } catch (e) {
    // ical.js decodes values lazily: an undecodable value throws here.
    problem(`${where}: ical.js cannot decode a value: ${e.message}`);
  }
});

function checkEvent(ev, idx, where) {
  const uid = ev.getFirstPropertyValue('uid');
  if (!uid) problem(`${where}: no UID`);
  else if (uids.has(uid)) problem(`${where}: duplicate UID ${uid} (also VEVENT #${uids.get(uid)})`);
  else uids.set(uid, idx + 1);
  for (const s of opts.personal) {
    if (uid && s && uid.toLowerCase().includes(s.toLowerCase())) problem(`${where}: UID ${uid} contains personal data ${JSON.stringify(s)}`);
  }

  const stampProp = ev.getFirstProperty('dtstamp');
  const stamp = stampProp && stampProp.getFirstValue();
  if (!stamp) problem(`${where}: no DTSTAMP`);
  else {
    if (!isUtc(stamp) || stampProp.getParameter('tzid')) problem(`${where}: DTSTAMP is not UTC (zone ${stamp.zone && stamp.zone.tzid})`);
    if (opts.dtstamp && stampProp.toICALString().split(':').pop() !== opts.dtstamp) {
      problem(`${where}: DTSTAMP ${stampProp.toICALString().split(':').pop()} != expected ${opts.dtstamp}`);
    }
  }

  const startProp = ev.getFirstProperty('dtstart');
  const start = startProp && startProp.getFirstValue();
  if (!start) problem(`${where}: no DTSTART`);
  else {
    if (start.isDate) problem(`${where}: DTSTART is a DATE, expected a UTC DATE-TIME`);
    if (!isUtc(start) || startProp.getParameter('tzid')) problem(`${where}: DTSTART is not UTC (zone ${start.zone && start.zone.tzid})`);
  }
  if (ev.hasProperty('dtend')) problem(`${where}: has DTEND`);
  const dur = ev.getFirstPropertyValue('duration');
  if (!dur) problem(`${where}: no DURATION`);
  const seconds = dur ? dur.toSeconds() : NaN;
  if (dur && !(seconds > 0)) problem(`${where}: DURATION ${dur.toString()} is not positive`);

  const seqProp = ev.getFirstProperty('sequence');
  const sequence = seqProp ? seqProp.getFirstValue() : undefined;
  if (!Number.isInteger(sequence) || sequence < 0) problem(`${where}: SEQUENCE missing or not a non-negative integer`);

  const summary = ev.getFirstPropertyValue('summary');
  if (typeof summary !== 'string' || !summary) problem(`${where}: no SUMMARY`);
  const description = ev.getFirstPropertyValue('description');
  if (typeof description !== 'string' || !description) problem(`${where}: no DESCRIPTION`);
  const categories = ev.getAllProperties('categories').flatMap((p) => p.getValues());
  if (!categories.length) problem(`${where}: no CATEGORIES`);

  const status = String(ev.getFirstPropertyValue('status') || '').toUpperCase();
  const alarms = ev.getAllSubcomponents('valarm');
  if (status === 'CANCELLED') {
    if (alarms.length) problem(`${where}: cancelled event has ${alarms.length} VALARM (expected none)`);
  } else if (alarms.length !== 1) problem(`${where}: ${alarms.length} VALARM (expected 1)`);
  for (const al of alarms) {
    const action = al.getFirstPropertyValue('action');
    if (!action) problem(`${where}: VALARM without ACTION`);
    if (!al.hasProperty('trigger') || al.getFirstPropertyValue('trigger') == null) problem(`${where}: VALARM without TRIGGER`);
    if (String(action).toUpperCase() === 'DISPLAY' && !al.getFirstPropertyValue('description')) {
      problem(`${where}: DISPLAY VALARM without DESCRIPTION`);
    }
  }

  events.push({
    idx: idx + 1, uid, sequence, summary, description, seconds, status,
    start_utc: start ? isoOf(start) : null, unix: start ? start.toUnixTime() : NaN,
  });
}

// Stray backslashes: ical.js keeps the `\` of an illegal escape such as `\:`.
for (const m of text.replace(/\r\n[ \t]/g, '').matchAll(/\\(.)/gs)) {
  if (!'\\;,nN'.includes(m[1])) { problem(`raw text has illegal escape \\${m[1]} (clients show a literal backslash)`); break; }
}

for (const s of opts.expect) {
  if (!decodedTexts.some((v) => v.includes(s))) {
    problem(`text ${JSON.stringify(s)} does not survive: not found in any decoded text value`);
  }
}

// ---------------------------------------------------------------- DST mode
if (opts.dstTime) {
  let fmt;
  try {
    fmt = new Intl.DateTimeFormat('en-GB', {
      timeZone: opts.dstZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    });
  } catch (e) { usage(`bad zone ${opts.dstZone}: ${e.message}`); }
  const offsets = new Set();
  const dayFmt = new Intl.DateTimeFormat('en-CA', { timeZone: opts.dstZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  for (const ev of events) {
    if (!Number.isFinite(ev.unix)) continue;
    const d = new Date(ev.unix * 1000);
    const local = fmt.format(d);
    if (local !== opts.dstTime) {
      problem(`VEVENT #${ev.idx} (${ev.start_utc}) starts at ${local} in ${opts.dstZone}, expected ${opts.dstTime}`);
    }
    // UTC offset = local wall clock - UTC, in minutes.
    const [y, mo, da] = dayFmt.format(d).split('-').map(Number);
    const [hh, mi] = local.split(':').map(Number);
    offsets.add((Date.UTC(y, mo - 1, da, hh, mi) - ev.unix * 1000) / 60000);
  }
  if (opts.needChange && events.length && offsets.size < 2) {
    problem(`DST check is vacuous: every event has the same UTC offset in ${opts.dstZone} (${[...offsets].join(',')} min); the plan does not cross a DST change`);
  }
}

// ---------------------------------------------------------------- withheld mode
const active = events.filter((e) => e.status !== 'CANCELLED');
if (opts.withheld) {
  if (active.length > 1) problem(`withheld plan has ${active.length} events (expected at most 1 clinician reminder; cancelled ones not counted)`);
  for (const ev of active) {
    if (!/clinician|doctor|physio|\bGP\b|medical|emergency/i.test(ev.summary || '')) problem(`withheld plan event SUMMARY ${JSON.stringify(ev.summary)} does not mention seeing a clinician`);
  }
}

// ---------------------------------------------------------------- JSON comparison
let sessions = [];
if (jsonPath && !opts.withheld) {
  let plan;
  try { plan = JSON.parse(readFileSync(jsonPath, 'utf8')); } catch (e) { problem(`cannot read JSON plan ${jsonPath}: ${e.message}`); finish(); }
  sessions = (plan.weeks || []).flatMap((w) => w.sessions || []);
  const morning = active.filter((e) => opts.morning !== undefined && e.summary === opts.morning);
  const planned = active.filter((e) => !morning.includes(e));
  if (opts.morning !== undefined) {
    if (morning.length !== sessions.length) problem(`${morning.length} morning checks but ${sessions.length} sessions`);
    const starts = sessions.map((s) => Date.parse(s.start_utc) / 1000).sort((a, b) => a - b);
    for (const m of morning) {
      const before = starts.filter((t) => t < m.unix).pop();
      if (before === undefined || m.unix - before > 36 * 3600 || m.unix - before < 6 * 3600) {
        problem(`morning check VEVENT #${m.idx} at ${m.start_utc} is not the morning after a session`);
      }
    }
  }
  if (planned.length !== sessions.length) {
    problem(`${planned.length} events but ${sessions.length} sessions in ${jsonPath}`);
  }
  const byStart = (a, b) => (a.start_utc < b.start_utc ? -1 : a.start_utc > b.start_utc ? 1
    : (a.summary || '') < (b.summary || '') ? -1 : (a.summary || '') > (b.summary || '') ? 1 : 0);
  const evs = [...planned].sort(byStart);
  const ss = sessions.map((s, i) => ({ ...s, _i: i })).sort(byStart);
  for (let i = 0; i < Math.min(evs.length, ss.length); i++) {
    const ev = evs[i];
    const s = ss[i];
    const tag = `VEVENT #${ev.idx} vs session ${s.id ?? s._i}`;
    ev.session_id = s.id;
    if (s.start_utc === undefined) problem(`${tag}: JSON session has no start_utc`);
    else if (ev.start_utc !== s.start_utc) problem(`${tag}: DTSTART ${ev.start_utc} != start_utc ${s.start_utc}`);
    const want = s.totals && s.totals.seconds;
    if (ev.seconds !== want) problem(`${tag}: DURATION ${ev.seconds} s != totals.seconds ${want}`);
    if (s.summary === undefined) problem(`${tag}: JSON session has no summary`);
    else if (ev.summary !== s.summary) problem(`${tag}: SUMMARY ${JSON.stringify(ev.summary)} != summary ${JSON.stringify(s.summary)}`);
    if (opts.descriptions) {
      const d = ev.description || '';
      if (s.title && !d.includes(s.title)) problem(`${tag}: DESCRIPTION lacks the session title ${JSON.stringify(s.title)}`);
      const label = opts.labels || { warmup: 'warm-up', cooldown: 'cool-down' };
      const wanted = new Set((s.segments || []).map((g) =>
        `${label[g.kind] || g.kind} ${Math.floor(g.seconds / 60)}:${String(g.seconds % 60).padStart(2, '0')}`));
      for (const w of wanted) if (!d.includes(w)) problem(`${tag}: DESCRIPTION lacks the interval ${JSON.stringify(w)}`);
      for (const c of s.checkpoints || []) {
        if (c.text && !d.includes(c.text)) problem(`${tag}: DESCRIPTION lacks checkpoint ${c.rule}: ${JSON.stringify(c.text)}`);
      }
    }
  }
}

if (opts.dump) {
  writeFileSync(opts.dump, JSON.stringify(events.map((e) => ({
    uid: e.uid, sequence: e.sequence, start_utc: e.start_utc, summary: e.summary, session_id: e.session_id ?? null, status: e.status || null,
  })), null, 1));
}

finish(`${events.length} events${jsonPath && !opts.withheld ? `, ${sessions.length} sessions` : ''}`);

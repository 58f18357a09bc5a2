#!/usr/bin/env node
// Strict check of backstride's Google Calendar CSV (`plan -f gcal-csv`: Google's import columns, RFC 4180),
// parsed with csv-parse (relax_quotes: false, relax_column_count: false, bom: false).
//
// Usage:
//   node csv_check.mjs CSV_FILE [JSON_FILE] [--no-formula-guard] [--withheld] [--expect-text S]...
//
// Checks:
//   - no BOM; every record ends with CRLF (including the last); no bare CR or LF
//     outside quoted fields;
//   - csv-parse accepts it strictly (quotes, column count);
//   - header is exactly Subject,Start Date,Start Time,End Date,End Time,All Day Event,
//     Description,Location,Private; every row has 9 cells;
//   - Subject non-empty; dates MM/DD/YYYY (real dates); times h:mm AM/PM or hh:mm AM/PM
//     (empty only for all-day rows); All Day Event / Private are True/False (Private
//     may be empty); end not before start;
//   - formula guard: no cell starts with = + - @ TAB or CR (a leading ' neutralises it).
//     With --no-formula-guard this check is skipped.
// With JSON_FILE (`backstride plan -f json`): one row per session of weeks[].sessions[],
// in order; Subject equals session.summary (with the ' prefix when the guard applies);
// Start Date/Time equal the session's local date/time; End = start + totals.seconds.
// --withheld: at most one row, whose Subject mentions a clinician (doctor, physio, GP,
// medical or emergency care) (the
// JSON comparison is skipped).
// --expect-text S: S appears verbatim in some cell (repeatable).
// Exit 0 = ok, 1 = problems (one per line), 2 = usage error, 3 = internal error.

import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { TRIGGERS, checkExpectedText, checkFormulaGuard, readUtf8, startCheck } from './csv_common.mjs';

const HEADER = ['Subject', 'Start Date', 'Start Time', 'End Date', 'End Time', 'All Day Event',
  'Description', 'Location', 'Private'];

const { opts, csvPath, jsonPath, problem, finish } = startCheck('csv_check');
let text = readUtf8(csvPath, problem, finish);
if (text.charCodeAt(0) === 0xfeff) problem('starts with a UTF-8 BOM');
if (text.length === 0) { problem('empty file'); finish(); }

// Line endings outside quoted fields (csv-parse would otherwise accept LF-only files).
{
  let inQuotes = false;
  let record = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes; // "" inside quotes toggles twice: net no change
    else if (!inQuotes && c === '\r') {
      if (text[i + 1] === '\n') { i++; record++; } else { problem(`record ${record}: bare CR outside quotes`); }
    } else if (!inQuotes && c === '\n') { problem(`record ${record}: LF without CR (records must end with CRLF)`); record++; }
  }
  if (!text.endsWith('\r\n')) problem('last record does not end with CRLF');
}

let rows;
try {
  rows = parse(text, {
    bom: false,
    relax_quotes: false,
    relax_column_count: false,
    skip_empty_lines: false,
    record_delimiter: ['\r\n'],
    trim: false,
    ltrim: false,
    rtrim: false,
  });
} catch (e) {
  problem(`csv-parse: ${e.code || e.name}: ${e.message}`);
  finish();
}

if (!rows.length) { problem('no header row'); finish(); }
const header = rows[0];
if (JSON.stringify(header) !== JSON.stringify(HEADER)) {
  problem(`header is ${JSON.stringify(header)}, expected ${JSON.stringify(HEADER)}`);
}
const data = rows.slice(1);

const DATE_RE = /^(\d\d)\/(\d\d)\/(\d{4})$/;
const TIME_RE = /^(0?[1-9]|1[0-2]):([0-5]\d) (AM|PM)$/;
function parseDate(s) {
  const m = DATE_RE.exec(s);
  if (!m) return null;
  const [mo, d, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return t;
}
function parseTime(s) {
  const m = TIME_RE.exec(s);
  if (!m) return null;
  let h = Number(m[1]) % 12;
  if (m[3] === 'PM') h += 12;
  return (h * 60 + Number(m[2])) * 60000;
}
const col = (row, name) => row[HEADER.indexOf(name)];

const parsedRows = [];
data.forEach((row, i) => {
  const where = `row ${i + 2}`;
  if (row.length !== HEADER.length) { problem(`${where}: ${row.length} cells, expected ${HEADER.length}`); return; }
  if (opts.guard) checkFormulaGuard(row, where, HEADER, "formula injection; prefix with '", problem);
  if (!col(row, 'Subject')) problem(`${where}: empty Subject`);
  const allDay = col(row, 'All Day Event');
  if (!['True', 'False'].includes(allDay)) problem(`${where}: All Day Event ${JSON.stringify(allDay)} is not True/False`);
  const priv = col(row, 'Private');
  if (!['True', 'False', ''].includes(priv)) problem(`${where}: Private ${JSON.stringify(priv)} is not True/False/empty`);
  const sd = parseDate(col(row, 'Start Date'));
  if (sd === null) problem(`${where}: Start Date ${JSON.stringify(col(row, 'Start Date'))} is not a real MM/DD/YYYY date`);
  const edRaw = col(row, 'End Date');
  const ed = edRaw === '' ? sd : parseDate(edRaw);
  if (ed === null) problem(`${where}: End Date ${JSON.stringify(edRaw)} is not a real MM/DD/YYYY date`);
  let st = 0;
  let et = 0;
  if (allDay === 'True') {
    if (col(row, 'Start Time') || col(row, 'End Time')) problem(`${where}: all-day row with times`);
  } else {
    st = parseTime(col(row, 'Start Time'));
    if (st === null) problem(`${where}: Start Time ${JSON.stringify(col(row, 'Start Time'))} is not h:mm AM/PM`);
    et = parseTime(col(row, 'End Time'));
    if (et === null) problem(`${where}: End Time ${JSON.stringify(col(row, 'End Time'))} is not h:mm AM/PM`);
  }
  const start = sd !== null && st !== null ? sd + st : null;
  const end = ed !== null && et !== null ? ed + et : null;
  if (start !== null && end !== null && end < start) problem(`${where}: ends before it starts`);
  parsedRows.push({ where, row, start, end });
});

checkExpectedText(data, opts.expect, problem);

if (opts.withheld) {
  if (data.length > 1) problem(`withheld plan has ${data.length} rows (expected at most 1 clinician reminder)`);
  for (const { where, row } of parsedRows) {
    const subj = col(row, 'Subject');
    if (!/clinician|doctor|physio|\bGP\b|medical|emergency/i.test(subj)) problem(`${where}: withheld-plan Subject ${JSON.stringify(subj)} does not mention a clinician`);
  }
} else if (jsonPath) {
  let plan;
  try { plan = JSON.parse(readFileSync(jsonPath, 'utf8')); } catch (e) { problem(`cannot read JSON plan: ${e.message}`); finish(); }
  const sessions = (plan.weeks || []).flatMap((w) => w.sessions || []);
  if (sessions.length !== parsedRows.length) problem(`${parsedRows.length} rows but ${sessions.length} sessions in ${jsonPath}`);
  const guard = (s) => (opts.guard && s.length && TRIGGERS.includes(s[0]) ? `'${s}` : s);
  for (let i = 0; i < Math.min(sessions.length, parsedRows.length); i++) {
    const s = sessions[i];
    const { where, row, start, end } = parsedRows[i];
    const tag = `${where} vs session ${s.id ?? i}`;
    if (s.summary === undefined) problem(`${tag}: JSON session has no summary`);
    else if (col(row, 'Subject') !== guard(s.summary)) problem(`${tag}: Subject ${JSON.stringify(col(row, 'Subject'))} != summary ${JSON.stringify(guard(s.summary))}`);
    const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(s.date || '');
    const t = /^(\d\d):(\d\d)$/.exec(s.time || '');
    if (!m || !t) { problem(`${tag}: JSON session has no date/time`); continue; }
    const want = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(t[1]), Number(t[2]));
    if (start !== null && start !== want) problem(`${tag}: starts ${new Date(start).toISOString().slice(0, 16)} (local), session is ${s.date} ${s.time}`);
    const secs = s.totals && s.totals.seconds;
    // The CSV has minute resolution: allow the end to be rounded to a whole minute.
    if (end !== null && start !== null && Number.isFinite(secs) && Math.abs(end - start - secs * 1000) >= 60000) {
      problem(`${tag}: lasts ${(end - start) / 1000} s, totals.seconds is ${secs}`);
    }
  }
}

finish(`${data.length} rows`);

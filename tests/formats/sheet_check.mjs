#!/usr/bin/env node
// Strict check of backstride's spreadsheet CSV (`plan -f csv`), parsed with csv-parse
// (relax_quotes: false, relax_column_count: false).
//
// Usage:
//   node sheet_check.mjs CSV_FILE [JSON_FILE] [--no-formula-guard] [--withheld] [--expect-text S]...
//
// Checks:
//   - UTF-8 with a BOM; every record ends with CRLF (the last too); no bare CR or LF
//     outside quoted fields; csv-parse accepts it strictly;
//   - the header row is exactly HEADER below; every row has as many cells;
//   - Date and Date done are real YYYY-MM-DD dates, Time is HH:MM (24-hour), Starts at
//     is Date + "T" + Time + ":00"; Week and the minutes are numbers; Zone is GREEN,
//     AMBER, RED, PENDING or empty (and empty without a Date done);
//   - formula guard: no cell starts with = + - @ TAB or CR (skipped with --no-formula-guard).
// With JSON_FILE (`plan -f json`): the planned rows (those with a Week) are the sessions
//   of weeks[].sessions[] in order: same id, stage, date, time, minutes.
// The last row is the plan's own (no Session; the warning signs, SAFETY-SIGNS, in Checkpoints).
// --withheld: no planned row, and exactly one reminder row (no Session) at the end,
//   which is then that row.
// --expect-text S: S appears verbatim in some cell (repeatable).
// --header A,B,...: the header row in the sheet's language (a translated plan); the
//   columns keep HEADER's order, by which the checks below name them.
// Exit 0 = ok, 1 = problems (one per line), 2 = usage error, 3 = internal error.

import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { checkExpectedText, checkFormulaGuard, readUtf8, startCheck } from './csv_common.mjs';

const HEADER = ['Name', 'Week', 'Stage', 'Session', 'Date', 'Time', 'Starts at', 'Planned minutes',
  'Jog minutes', 'Longest jog (minutes)', 'Zone', 'Date done', 'Checkpoints', 'What happened'];
const ZONES = ['GREEN', 'AMBER', 'RED', 'PENDING', ''];

const { opts, csvPath, jsonPath, problem, finish } = startCheck('sheet_check');
let text = readUtf8(csvPath, problem, finish);
if (text.charCodeAt(0) !== 0xfeff) problem('no UTF-8 BOM (Excel would not read it as UTF-8)');
text = text.replace(/^\ufeff/, '');
{
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && c === '\r' && text[i + 1] !== '\n') problem(`bare CR outside quotes at ${i}`);
    else if (!inQuotes && c === '\n' && text[i - 1] !== '\r') problem(`LF without CR at ${i}`);
  }
  if (!text.endsWith('\r\n')) problem('last record does not end with CRLF');
}
let rows;
try {
  rows = parse(text, { bom: false, relax_quotes: false, relax_column_count: false, record_delimiter: ['\r\n'] });
} catch (e) { problem(`csv-parse: ${e.code || e.name}: ${e.message}`); finish(); }
if (!rows.length) { problem('no header row'); finish(); }
const expectedHeader = opts.header || HEADER;
if (JSON.stringify(rows[0]) !== JSON.stringify(expectedHeader)) problem(`header is ${JSON.stringify(rows[0])}, expected ${JSON.stringify(expectedHeader)}`);
const data = rows.slice(1);
const col = (row, name) => row[HEADER.indexOf(name)];

const realDate = (s) => {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
};
const NUMBER = /^\d+(\.\d)?$/;
data.forEach((row, i) => {
  const where = `row ${i + 2}`;
  if (opts.guard) checkFormulaGuard(row, where, HEADER, 'formula injection', problem);
  for (const name of ['Date', 'Date done']) {
    if (col(row, name) && !realDate(col(row, name))) problem(`${where}: ${name} ${JSON.stringify(col(row, name))} is not a real YYYY-MM-DD date`);
  }
  const time = col(row, 'Time');
  if (time && !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) problem(`${where}: Time ${JSON.stringify(time)} is not HH:MM`);
  const start = col(row, 'Starts at');
  if ((time || start) && start !== `${col(row, 'Date')}T${time}:00`) problem(`${where}: Starts at ${JSON.stringify(start)} is not Date + T + Time`);
  for (const name of ['Week', 'Planned minutes', 'Jog minutes', 'Longest jog (minutes)']) {
    if (col(row, name) && !NUMBER.test(col(row, name))) problem(`${where}: ${name} ${JSON.stringify(col(row, name))} is not a number`);
  }
  if (!ZONES.includes(col(row, 'Zone'))) problem(`${where}: Zone ${JSON.stringify(col(row, 'Zone'))}`);
  if (col(row, 'Zone') && !col(row, 'Date done')) problem(`${where}: a zone without a date done`);
});
checkExpectedText(data, opts.expect, problem);
const planned = data.filter((row) => col(row, 'Week'));
if (opts.withheld) {
  if (planned.length) problem(`withheld plan has ${planned.length} planned rows`);
  const last = data[data.length - 1];
  if (!last || col(last, 'Session') || !col(last, 'Date')) problem('withheld plan does not end with one reminder row (a date, no session)');
  if (data.filter((row) => !col(row, 'Session')).length !== 1) problem('withheld plan: expected exactly 1 reminder row');
} else if (!data.length || col(data[data.length - 1], 'Session') || !col(data[data.length - 1], 'Checkpoints').includes('SAFETY-SIGNS')) {
  problem('the last row is not the plan row (no session; the warning signs, SAFETY-SIGNS, in Checkpoints)');
}
if (!opts.withheld && jsonPath) {
  const plan = JSON.parse(readFileSync(jsonPath, 'utf8'));
  const sessions = (plan.weeks || []).flatMap((w) => (w.sessions || []).map((s) => ({ ...s, week: w.number })));
  if (sessions.length !== planned.length) problem(`${planned.length} planned rows but ${sessions.length} sessions in ${jsonPath}`);
  const minutes = (secs) => (secs % 60 === 0 ? String(secs / 60) : (secs / 60).toFixed(1));
  sessions.slice(0, planned.length).forEach((s, i) => {
    const row = planned[i];
    const got = [col(row, 'Session'), col(row, 'Date'), col(row, 'Time'), col(row, 'Planned minutes')];
    const want = [s.id, s.date, s.time, s.totals ? minutes(s.totals.seconds) : col(row, 'Planned minutes')];
    if (JSON.stringify(got) !== JSON.stringify(want)) problem(`planned row ${i + 1}: ${JSON.stringify(got)} != session ${JSON.stringify(want)}`);
  });
}
finish(`${data.length} rows, ${planned.length} planned`);

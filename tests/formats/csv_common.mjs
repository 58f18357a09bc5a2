// What csv_check.mjs (Google's CSV) and sheet_check.mjs (the spreadsheet) share: their
// command line, their report (one problem per line; exit 0 ok, 1 problems, 2 usage,
// 3 internal error), reading the file as strict UTF-8, the formula guard and --expect-text.
import { readFileSync } from 'node:fs';

export const TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];

// Parses `CSV_FILE [JSON_FILE] [--no-formula-guard] [--withheld] [--expect-text S]...` for
// the checker `name`; returns the options, the paths, and problem() and finish(extra).
export function startCheck(name) {
  process.on('uncaughtException', (e) => {
    console.error(`${process.argv[1]}: internal error: ${e && e.stack ? e.stack : e}`);
    process.exit(3);
  });
  const usage = (msg) => {
    if (msg) console.error(`${name}: ${msg}`);
    console.error(`usage: node ${name}.mjs CSV_FILE [JSON_FILE] [--no-formula-guard] [--withheld] [--expect-text S]... [--header A,B,...]`);
    process.exit(2);
  };
  const args = process.argv.slice(2);
  const opts = { guard: true, withheld: false, expect: [] };
  const positional = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--no-formula-guard') opts.guard = false;
    else if (a === '--withheld') opts.withheld = true;
    else if (a === '--expect-text') { if (args[i + 1] === undefined) usage('--expect-text needs a value'); opts.expect.push(args[++i]); }
    else if (a === '--header') { if (args[i + 1] === undefined) usage('--header needs a value'); opts.header = args[++i].split(','); }
    else if (a.startsWith('--')) usage(`unknown option ${a}`);
    else positional.push(a);
  }
  if (positional.length < 1 || positional.length > 2) usage();
  const [csvPath, jsonPath] = positional;
  const problems = [];
  const problem = (msg) => problems.push(msg);
  const finish = (extra) => {
    for (const p of problems) console.log(`${csvPath}: ${p}`);
    if (problems.length) process.exit(1);
    console.log(`${csvPath}: ok${extra ? ` (${extra})` : ''}`);
    process.exit(0);
  };
  return { opts, csvPath, jsonPath, problem, finish };
}

// The file as UTF-8 (its BOM kept), or a problem and the end of the check.
export function readUtf8(path, problem, finish) {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(readFileSync(path));
  } catch (e) {
    problem(`cannot read as UTF-8: ${e.message}`);
    return finish();
  }
}

// A problem for each cell of `row` that starts with a formula trigger (`note` ends it).
export function checkFormulaGuard(row, where, header, note, problem) {
  row.forEach((cell, j) => {
    if (cell.length && TRIGGERS.includes(cell[0])) {
      problem(`${where} ${header[j]}: cell starts with ${JSON.stringify(cell[0])} (${note})`);
    }
  });
}

// A problem for each text of `expect` that no cell of `rows` holds.
export function checkExpectedText(rows, expect, problem) {
  for (const s of expect) {
    if (!rows.some((row) => row.some((cell) => cell.includes(s)))) problem(`text ${JSON.stringify(s)} not found in any cell`);
  }
}

#!/usr/bin/env node
// Renders a Markdown handout with commonmark.js (the CommonMark reference parser), so
// tests can see what a real Markdown viewer makes of it.
//
// Usage:
//   node md_to_html.mjs FILE                                  print the HTML on stdout
//   node md_to_html.mjs FILE [--expect-text S]... [--no-raw-html]   check instead
// FILE may be - for stdin.
//
// The renderer runs with its defaults: raw HTML in the Markdown passes through (no
// `safe` mode) and no smart punctuation. That is on purpose: if backstride ever leaves
// user text unescaped, a name like `<script>alert(1)</script>` comes out as a real tag
// (test: the HTML has `&lt;script&gt;` and no `<script`). Note that commonmark.js is
// strict CommonMark: GFM pipe tables are not tables to it, they stay paragraph text.
//
// Checks (with any option, nothing is printed but problems):
//   --expect-text S   S is literal text of the document: the text of the parsed
//                     Markdown (text and code spans, across blocks; raw HTML breaks it),
//                     compared with every run of whitespace turned into one space. So
//                     `*Bold*` must have been escaped (`\*Bold\*`) to match: emphasis,
//                     links or a swallowed `<b>` tag would lose the characters;
//   --no-raw-html     the document contains no raw HTML at all (no html_inline or
//                     html_block node), i.e. every `<` of user text was escaped.
// Exit 0 = rendered / checks pass, 1 = problems (one per line), 2 = usage error or
// unreadable file, 3 = internal error.

import { readFileSync } from 'node:fs';
import { HtmlRenderer, Parser } from 'commonmark';

process.on('uncaughtException', (e) => {
  console.error(`${process.argv[1]}: internal error: ${e && e.stack ? e.stack : e}`);
  process.exit(3);
});

function usage(msg) {
  if (msg) console.error(`md_to_html: ${msg}`);
  console.error('usage: node md_to_html.mjs FILE [--expect-text S]... [--no-raw-html]   (FILE may be -)');
  process.exit(2);
}

const args = process.argv.slice(2);
const expect = [];
let noRawHtml = false;
const positional = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--expect-text') { if (args[i + 1] === undefined) usage('--expect-text needs a value'); expect.push(args[++i]); }
  else if (a === '--no-raw-html') noRawHtml = true;
  else if (a.startsWith('-') && a !== '-') usage(`unknown option ${a}`);
  else positional.push(a);
}
if (positional.length !== 1) usage();
const file = positional[0];
let text;
try {
  text = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (e) {
  usage(`${file}: ${e.message}`);
}
const doc = new Parser().parse(text);

if (!expect.length && !noRawHtml) {
  process.stdout.write(new HtmlRenderer().render(doc));
  process.exit(0);
}

const BLOCKS = new Set(['paragraph', 'heading', 'item', 'list', 'block_quote', 'code_block',
  'thematic_break', 'document']);
const parts = [];
const problems = [];
const walker = doc.walker();
let event;
let block = null;
while ((event = walker.next())) {
  const node = event.node;
  if (node.sourcepos) block = node;
  if (!event.entering) {
    if (BLOCKS.has(node.type)) parts.push(' ');
    continue;
  }
  switch (node.type) {
    case 'text':
    case 'code':
      parts.push(node.literal);
      break;
    case 'code_block':
      parts.push(' ', node.literal, ' ');
      break;
    case 'softbreak':
    case 'linebreak':
      parts.push(' ');
      break;
    case 'html_inline':
    case 'html_block': {
      parts.push('\uFFFC'); // raw HTML is not text: it must not complete a match
      if (noRawHtml) {
        const line = block && block.sourcepos ? block.sourcepos[0][0] : 0;
        problems.push(`${file}:${line}: raw HTML ${JSON.stringify(node.literal.trim().slice(0, 80))}`);
      }
      break;
    }
    default:
      break;
  }
}
const squash = (s) => s.split(/\s+/u).filter(Boolean).join(' ');
const literal = squash(parts.join(''));
for (const s of expect) {
  if (!literal.includes(squash(s))) {
    problems.push(`${file}: text ${JSON.stringify(s)} is not literal text of the rendered Markdown (escaping lost or changed it)`);
  }
}
for (const p of problems) console.log(p);
process.exit(problems.length ? 1 : 0);

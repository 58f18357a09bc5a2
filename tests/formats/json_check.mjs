#!/usr/bin/env node
// Validates JSON documents against a JSON Schema (draft 7) with ajv (strict mode, all
// errors): the outside check of the schemas `backstride schema` prints.
//
// Usage:
//   node json_check.mjs SCHEMA_FILE [--ref POINTER] [--lines] [--expect-invalid] DOC...
//
//   --ref POINTER     validate against a part of the schema, e.g. #/definitions/history_entry
//   --lines           each DOC holds one JSON document per line (a history file)
//   --expect-invalid  every DOC must FAIL the schema (a deliberately broken document)
// Prints one line per document (ok/FAIL and, on failure, ajv's first errors).
// Exit 0 = all as expected, 1 = some not, 2 = usage error, 3 = the schema does not compile.

import { readFileSync } from 'node:fs';
import Ajv from 'ajv';

const args = process.argv.slice(2);
let ref = '';
let lines = false;
let expectInvalid = false;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--ref') {
    ref = args[++i] ?? '';
  } else if (args[i] === '--lines') {
    lines = true;
  } else if (args[i] === '--expect-invalid') {
    expectInvalid = true;
  } else {
    files.push(args[i]);
  }
}
if (files.length < 2) {
  console.error('usage: node json_check.mjs SCHEMA_FILE [--ref POINTER] [--lines] [--expect-invalid] DOC...');
  process.exit(2);
}
const [schemaFile, ...docs] = files;

// strict: unknown keywords, ambiguous types and the like are errors in the schema itself
// (strictRequired aside: plan's "else" requires properties its parent defines, as draft 7 means).
const ajv = new Ajv({ strict: true, strictRequired: false, allErrors: true });
let validate;
try {
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
  if (schema.$schema !== 'http://json-schema.org/draft-07/schema#') {
    throw new Error(`$schema is ${schema.$schema}, not draft 7`);
  }
  ajv.addSchema(schema, 'root');
  validate = ajv.getSchema(`root${ref}`);
  if (!validate) {
    throw new Error(`no ${ref} in the schema`);
  }
} catch (e) {
  console.error(`FAIL ${schemaFile}: ${e.message}`);
  process.exit(3);
}

let bad = 0;
for (const file of docs) {
  const text = readFileSync(file, 'utf8');
  const documents = lines ? text.split('\n').filter((l) => l.trim() !== '') : [text];
  documents.forEach((doc, index) => {
    const where = lines ? `${file}:${index + 1}` : file;
    let valid;
    try {
      valid = validate(JSON.parse(doc));
    } catch (e) {
      console.log(`FAIL ${where}: not JSON (${e.message})`);
      bad++;
      return;
    }
    if (valid === !expectInvalid) {
      console.log(`ok   ${where}${expectInvalid ? ' (invalid, as it should be)' : ''}`);
      return;
    }
    bad++;
    if (expectInvalid) {
      console.log(`FAIL ${where}: valid, but it was broken on purpose`);
    } else {
      const errors = (validate.errors ?? []).slice(0, 5);
      console.log(`FAIL ${where}: ` + errors.map((e) => `${e.instancePath || '/'} ${e.message}`).join('; '));
    }
  });
}
process.exit(bad ? 1 : 0);

#!/usr/bin/env node
// Checks backstride's FIT workouts with two decoders we did not write: Garmin's
// @garmin/fitsdk (Decoder.checkIntegrity(), read() without errors) and fit-file-parser
// (strict: force false, so header and file CRCs are checked), against the plan's JSON.
//
// Usage:
//   node fit_check.mjs PLAN_JSON DIR [--created EPOCH]
//       DIR must hold exactly one <session id>.fit per session of PLAN_JSON (backstride
//       plan -f json); each file's steps, expanded through its repeat steps, must be the
//       session's segments (kind and seconds), with the intensities, open targets, name,
//       sport and stop rule (the first step's notes) the plan implies; --created: the
//       file_id time_created, in Unix seconds.
//   node fit_check.mjs --expect-corrupt FILE...
//       every FILE must be refused by both decoders (a corrupted byte).
// Prints ok/FAIL per file. Exit 0 = all as expected, 1 = some not, 2 = usage error.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Decoder, Stream } from '@garmin/fitsdk';
import FitParser from 'fit-file-parser';

const KIND_OF_NAME = { 'Warm up': 'warmup', Jog: 'jog', Walk: 'walk', 'Cool down': 'cooldown' };
const NOTES_BYTES = 254;

// Garmin's decoder: { ok, why, steps, fileId, workout }.
function garmin(bytes) {
  const stream = Stream.fromBuffer(bytes);
  const decoder = new Decoder(stream);
  if (!decoder.isFIT()) return { ok: false, why: 'fitsdk: not a FIT file' };
  if (!decoder.checkIntegrity()) return { ok: false, why: 'fitsdk: checkIntegrity() is false' };
  const { messages, errors } = decoder.read();
  if (errors.length > 0) return { ok: false, why: `fitsdk: ${errors.map(String).join('; ')}` };
  const steps = (messages.workoutStepMesgs ?? []).map((s) => ({
    index: s.messageIndex,
    name: s.wktStepName,
    repeat: s.durationType === 'repeatUntilStepsCmplt',
    seconds: s.durationTime,
    from: s.durationStep,
    count: s.repeatSteps,
    intensity: s.intensity,
    target: s.targetType,
    notes: s.notes,
  }));
  return {
    ok: true,
    steps,
    fileId: messages.fileIdMesgs?.[0],
    workout: messages.workoutMesgs?.[0],
  };
}

// fit-file-parser, strict: { ok, why, steps }.
async function parser(bytes) {
  try {
    const data = await new FitParser({ force: false, mode: 'list' }).parseAsync(bytes);
    // No sub-fields here: duration_value is milliseconds or the first step's index,
    // target_value the repeat count.
    const steps = (data.messages?.workout_step ?? []).map((s) => {
      const repeat = s.duration_type === 'repeat_until_steps_cmplt';
      return {
        name: s.wkt_step_name,
        repeat,
        seconds: repeat ? undefined : s.duration_value / 1000,
        from: repeat ? s.duration_value : undefined,
        count: repeat ? s.target_value : undefined,
        intensity: s.intensity,
        target: s.target_type,
      };
    });
    return { ok: true, steps, fileId: data.file_ids?.[0] ?? data.file_id, workout: data.workout };
  } catch (error) {
    return { ok: false, why: `fit-file-parser: ${error.message ?? error}` };
  }
}

// The segments a list of steps runs, repeat steps expanded: [{kind, seconds, intensity}].
function expand(steps) {
  const out = [];
  const startOf = new Map();  // step index -> where its first run starts in `out`
  steps.forEach((step, i) => {
    if (step.repeat) {
      const block = out.slice(startOf.get(step.from));
      for (let k = 1; k < step.count; k++) out.push(...block);
      return;
    }
    startOf.set(i, out.length);
    out.push({ kind: KIND_OF_NAME[step.name] ?? `?${step.name}`, seconds: step.seconds,
               intensity: step.intensity, target: step.target });
  });
  return out;
}

function truncateUtf8(text, bytes) {
  const buffer = Buffer.from(text, 'utf8');
  if (buffer.length <= bytes) return text;
  let end = bytes;
  while (end > 0 && (buffer[end] & 0xc0) === 0x80) end--;
  return buffer.subarray(0, end).toString('utf8');
}

function intensityOf(kind, jogging) {
  return { warmup: 'warmup', cooldown: 'cooldown', jog: 'active',
           walk: jogging ? 'recovery' : 'active' }[kind];
}

// Problems of one session's file, as strings (none = ok).
async function checkSession(session, bytes, created) {
  const problems = [];
  const g = garmin(bytes);
  const p = await parser(bytes);
  if (!g.ok) problems.push(g.why);
  if (!p.ok) problems.push(p.why);
  if (!g.ok || !p.ok) return problems;
  const want = session.segments.map((s) => `${s.kind} ${s.seconds}`).join(', ');
  for (const [who, steps] of [['fitsdk', g.steps], ['fit-file-parser', p.steps]]) {
    const got = expand(steps).map((s) => `${s.kind} ${s.seconds}`).join(', ');
    if (got !== want) problems.push(`${who}: steps run ${got}; the plan has ${want}`);
  }
  const jogging = session.segments.some((s) => s.kind === 'jog');
  for (const [who, steps] of [['fitsdk', g.steps], ['fit-file-parser', p.steps]]) {
    for (const segment of expand(steps)) {
      if (segment.intensity !== intensityOf(segment.kind, jogging)) {
        problems.push(`${who}: ${segment.kind} has intensity ${segment.intensity}`);
      }
      if (segment.target !== 'open') problems.push(`${who}: ${segment.kind} target ${segment.target}`);
    }
  }
  if (p.fileId?.type !== 'workout' || p.workout?.sport !== 'running' ||
      p.workout?.num_valid_steps !== p.steps.length || p.workout?.wkt_name !== g.workout?.wktName) {
    problems.push(`fit-file-parser: file_id ${JSON.stringify(p.fileId)}, workout ${JSON.stringify(p.workout)}`);
  }
  if (g.fileId?.type !== 'workout') problems.push(`fitsdk: file type ${g.fileId?.type}`);
  if (g.fileId?.manufacturer !== 'development') {
    problems.push(`fitsdk: manufacturer ${g.fileId?.manufacturer}`);
  }
  if (created !== undefined && g.fileId?.timeCreated?.getTime() !== created * 1000) {
    problems.push(`fitsdk: time_created ${g.fileId?.timeCreated?.toISOString()}`);
  }
  if (g.workout?.sport !== 'running') problems.push(`fitsdk: sport ${g.workout?.sport}`);
  if (g.workout?.numValidSteps !== g.steps.length) {
    problems.push(`fitsdk: num_valid_steps ${g.workout?.numValidSteps} for ${g.steps.length} steps`);
  }
  const kind = jogging ? 'walk/jog' : 'brisk walk';
  if (!String(g.workout?.wktName).startsWith(`${session.id} ${kind} `)) {
    problems.push(`fitsdk: workout name "${g.workout?.wktName}"`);
  }
  if (g.steps.some((s, i) => s.index !== i)) problems.push('fitsdk: message_index out of order');
  const during = session.checkpoints.find((c) => c.when === 'during');
  if (during && g.steps[0]?.notes !== truncateUtf8(during.text, NOTES_BYTES)) {
    problems.push(`fitsdk: first step notes "${g.steps[0]?.notes}"`);
  }
  return problems;
}

async function main(args) {
  let failed = 0;
  if (args[0] === '--expect-corrupt') {
    if (args.length < 2) return 2;
    for (const file of args.slice(1)) {
      const bytes = readFileSync(file);
      const g = garmin(bytes);
      const p = await parser(bytes);
      const accepted = [g.ok ? 'fitsdk' : '', p.ok ? 'fit-file-parser' : ''].filter(Boolean);
      if (accepted.length === 0) {
        console.log(`ok   ${file}: refused (${g.why}; ${p.why})`);
      } else {
        console.log(`FAIL ${file}: accepted by ${accepted.join(' and ')}`);
        failed++;
      }
    }
    return failed ? 1 : 0;
  }
  if (args.length !== 2 && !(args.length === 4 && args[2] === '--created')) return 2;
  const [planFile, dir] = args;
  const created = args.length === 4 ? Number(args[3]) : undefined;
  const plan = JSON.parse(readFileSync(planFile, 'utf8'));
  const sessions = plan.weeks.flatMap((w) => w.sessions);
  const want = sessions.map((s) => `${s.id}.fit`).sort();
  const got = readdirSync(dir).sort();
  if (JSON.stringify(want) !== JSON.stringify(got)) {
    console.log(`FAIL ${dir}: holds ${got.join(' ')}; the plan has ${want.join(' ')}`);
    failed++;
  }
  for (const session of sessions) {
    const file = join(dir, `${session.id}.fit`);
    let problems;
    try {
      problems = await checkSession(session, readFileSync(file), created);
    } catch (error) {
      problems = [String(error)];
    }
    if (problems.length) failed++;
    console.log(problems.length ? `FAIL ${file}: ${problems.join('; ')}` : `ok   ${file}`);
  }
  return failed ? 1 : 0;
}

const code = await main(process.argv.slice(2));
if (code === 2) {
  console.error('usage: node fit_check.mjs PLAN_JSON DIR [--created EPOCH]\n' +
                '       node fit_check.mjs --expect-corrupt FILE...');
}
process.exit(code);

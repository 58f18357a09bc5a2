#!/usr/bin/python3
"""Checks a spoken audio guide (-f mp3) with decoders we did not write.

usage: audio_check.py FILE.mp3 (--expect JSON | --seconds N --tones T,T,... |
                                --segments S,S,...) [--words-end] [--report]

  --expect JSON    {"seconds": N, "tones": [T, ...]} (what tests/formats/audio_sample prints)
  --seconds N      the session's length in seconds
  --tones T,...    when a tone must start, in seconds (each change of segment)
  --segments S,... the session's segment lengths in seconds: the same as --seconds with
                   their sum and --tones at 0 and at each boundary
  --words-end      the last sound (the "Done" words) must end within 1 s of the end
  --report         print each tone found and its offset

Checks: ffprobe reads one mp3 audio stream and a duration within 1 s of N; soxi reads the
file; ffmpeg decodes it without an error message to N s (within 1 s); the tones found (a
pure tone at 880 Hz for 150 ms or more, in 10 ms windows) are one per expected time, each
within 0.3 s of it, and no others. Exit 0 ok, 1 problems (one line each), 2 usage.
"""

import argparse
import array
import json
import math
import operator
import subprocess
import sys

RATE = 24000
WINDOW = RATE // 100  # 10 ms
TONE_HZ = 880
PURITY = 0.7  # of a window's energy in the 880 Hz bin: a sine, not speech with a harmonic
LOUD_RMS = 800.0  # the renderer's tone is about 8000 RMS
MIN_TONE_WINDOWS = 15  # 150 ms (the tone lasts 250 ms)
QUIET_RMS = 100.0  # below this a window counts as silence (for --words-end)
DURATION_SLACK = 1.0
TONE_SLACK = 0.3

COS = [math.cos(2 * math.pi * TONE_HZ * i / RATE) for i in range(WINDOW)]
SIN = [math.sin(2 * math.pi * TONE_HZ * i / RATE) for i in range(WINDOW)]


def run(args):
    return subprocess.run(args, capture_output=True, check=False)


def probe(path, problems):
    out = run(["ffprobe", "-v", "error", "-show_entries",
               "format=duration:stream=codec_type,codec_name,sample_rate,channels",
               "-of", "json", path])
    if out.returncode != 0:
        problems.append(f"ffprobe cannot read it: {out.stderr.decode(errors='replace').strip()}")
        return None
    info = json.loads(out.stdout)
    streams = [s for s in info.get("streams", []) if s.get("codec_type") == "audio"]
    if len(streams) != 1 or streams[0].get("codec_name") != "mp3":
        problems.append(f"ffprobe: not one mp3 audio stream: {streams}")
    try:
        return float(info["format"]["duration"])
    except (KeyError, ValueError):
        problems.append("ffprobe gives no duration")
        return None


def soxi(path, problems):
    out = run(["soxi", "-D", path])
    if out.returncode != 0:
        problems.append(f"soxi cannot read it: {out.stderr.decode(errors='replace').strip()}")
        return None
    try:
        return float(out.stdout.decode().strip())
    except ValueError:
        problems.append(f"soxi gives no duration: {out.stdout!r}")
        return None


def decode(path, problems):
    out = run(["ffmpeg", "-v", "error", "-nostdin", "-i", path, "-f", "s16le", "-ac", "1",
               "-ar", str(RATE), "-"])
    message = out.stderr.decode(errors="replace").strip()
    if out.returncode != 0 or message:
        problems.append(f"ffmpeg decoding: {message or 'exit ' + str(out.returncode)}")
    return out.stdout


def windows(pcm):
    """(index, rms, purity) of each 10 ms window that is not digital silence."""
    zero = bytes(2 * WINDOW)
    for index in range(len(pcm) // (2 * WINDOW)):
        chunk = pcm[2 * WINDOW * index:2 * WINDOW * (index + 1)]
        if chunk == zero:
            continue
        samples = array.array("h", chunk)
        if sys.byteorder != "little":
            samples.byteswap()
        energy = float(sum(map(operator.mul, samples, samples)))
        if energy == 0:
            continue
        c = sum(map(operator.mul, samples, COS))
        s = sum(map(operator.mul, samples, SIN))
        yield index, math.sqrt(energy / WINDOW), 2 * (c * c + s * s) / (WINDOW * energy)


def find_tones(found):
    """Start times (s) of runs of tone windows at least MIN_TONE_WINDOWS long."""
    runs = []
    for index, rms, purity in found:
        if rms < LOUD_RMS or purity < PURITY:
            continue
        if runs and index - runs[-1][1] <= 2:  # one odd window does not end a tone
            runs[-1][1] = index
        else:
            runs.append([index, index])
    return [first * WINDOW / RATE for first, last in runs if last - first + 1 >= MIN_TONE_WINDOWS]


def check_tones(found, expected, problems, report):
    unmatched = list(found)
    for want in expected:
        near = [t for t in unmatched if abs(t - want) <= TONE_SLACK]
        if not near:
            problems.append(f"no tone within {TONE_SLACK} s of {want:g} s")
            continue
        best = min(near, key=lambda t: abs(t - want))
        unmatched.remove(best)
        if report:
            print(f"tone at {best:.3f} s for {want:g} s ({(best - want) * 1000:+.0f} ms)")
    for extra in unmatched:
        problems.append(f"a tone at {extra:.2f} s that no change asks for")


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file")
    parser.add_argument("--expect")
    parser.add_argument("--seconds", type=float)
    parser.add_argument("--tones")
    parser.add_argument("--segments")
    parser.add_argument("--words-end", action="store_true")
    parser.add_argument("--report", action="store_true")
    args = parser.parse_args()
    try:
        if args.expect:
            with open(args.expect, encoding="utf-8") as handle:
                expect = json.load(handle)
            return args, float(expect["seconds"]), [float(t) for t in expect["tones"]]
        if args.segments:
            lengths = [float(s) for s in args.segments.split(",")]
            return args, sum(lengths), [sum(lengths[:i]) for i in range(len(lengths))]
        if args.seconds is not None and args.tones is not None:
            tones = [float(t) for t in args.tones.split(",") if t.strip()]
            return args, args.seconds, tones
    except (OSError, ValueError, KeyError, TypeError) as error:
        parser.error(f"bad expectation: {error}")
    parser.error("give --expect, --segments, or --seconds with --tones")
    return None


def main():
    args, seconds, tones = parse_arguments()
    problems = []
    duration = probe(args.file, problems)
    if duration is not None and abs(duration - seconds) > DURATION_SLACK:
        problems.append(f"ffprobe: lasts {duration:.2f} s, not {seconds:g} s")
    sox_duration = soxi(args.file, problems)
    if sox_duration is not None and abs(sox_duration - seconds) > DURATION_SLACK:
        problems.append(f"soxi: lasts {sox_duration:.2f} s, not {seconds:g} s")
    pcm = decode(args.file, problems)
    decoded = len(pcm) / 2 / RATE
    if abs(decoded - seconds) > DURATION_SLACK:
        problems.append(f"decodes to {decoded:.2f} s, not {seconds:g} s")
    found = list(windows(pcm))
    check_tones(find_tones(found), tones, problems, args.report)
    if args.words_end:
        loud = [index for index, rms, _ in found if rms >= QUIET_RMS]
        end = (loud[-1] + 1) * WINDOW / RATE if loud else 0.0
        if args.report:
            print(f"the last sound ends at {end:.3f} s of {seconds:g} s")
        if not seconds - DURATION_SLACK <= end <= seconds + 0.05:
            problems.append(f"the last words end at {end:.2f} s, not within 1 s of {seconds:g} s")
    for problem in problems:
        print(f"{args.file}: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

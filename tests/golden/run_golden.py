#!/usr/bin/python3
"""Golden tests: run the real backstride binary per case and compare byte for byte.

A case is a directory under tests/golden/ holding:
  args            one command-line argument per line (the binary is prepended)
  stdin           optional: fed to standard input
  env             optional: KEY=VALUE lines added to a minimal environment
  expected/       stdout, stderr, exit_code, and files/<name> for every file the
                  command must create or change (no other file may appear or change:
                  a rejected input must leave everything as it was)
  anything else   input files, copied into a fresh working directory first

Name cases to run only those (CTest runs each case as its own test, golden.<case>).
Run with --update CASE... (or --update --all) to rewrite expected/ from the current
binary; review the diff. --update alone is refused (exit 2): it would rewrite every case.
"""
import argparse
import difflib
import os
import shutil
import stat
import subprocess
import sys
import tempfile

SANITIZER_SETTINGS = {"ASAN_OPTIONS", "LSAN_OPTIONS", "UBSAN_OPTIONS"}
CASE_FILES = {"args", "stdin", "env", "expected", "README"}


def snapshot(directory):
    found = {}
    for root, _, files in os.walk(directory):
        for name in files:
            path = os.path.join(root, name)
            found[os.path.relpath(path, directory)] = path
    return found


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def show_diff(label, expected, actual):
    lines = difflib.unified_diff(
        expected.decode("utf-8", "replace").splitlines(keepends=True),
        actual.decode("utf-8", "replace").splitlines(keepends=True),
        f"expected/{label}", f"actual/{label}")
    sys.stdout.writelines(lines)
    print()


def run_case(binary, case_dir, update):
    with open(os.path.join(case_dir, "args"), encoding="utf-8") as f:
        args = [line.rstrip("\n") for line in f if line.rstrip("\n") != ""]
    env = {"PATH": "/usr/bin:/bin", "TZ": "UTC", "LC_ALL": "C.UTF-8", "HOME": "/nonexistent"}
    # The sanitizer run's settings (scripts/test: LSan's suppression of fontconfig's caches).
    env.update({k: v for k, v in os.environ.items() if k in SANITIZER_SETTINGS})
    env_file = os.path.join(case_dir, "env")
    if os.path.exists(env_file):
        with open(env_file, encoding="utf-8") as f:
            for line in f:
                if "=" in line:
                    key, value = line.rstrip("\n").split("=", 1)
                    env[key] = value
    stdin = b""
    if os.path.exists(os.path.join(case_dir, "stdin")):
        with open(os.path.join(case_dir, "stdin"), "rb") as f:
            stdin = f.read()

    with tempfile.TemporaryDirectory(prefix="backstride-golden-") as work:
        for name in os.listdir(case_dir):
            if name not in CASE_FILES:
                source = os.path.join(case_dir, name)
                if os.path.isdir(source):
                    shutil.copytree(source, os.path.join(work, name))
                else:
                    shutil.copy(source, os.path.join(work, name))
        before = {name: read_bytes(path) for name, path in snapshot(work).items()}
        result = subprocess.run([binary] + args, cwd=work, env=env, input=stdin,
                                capture_output=True, timeout=60)
        after = snapshot(work)
        created = {name: path for name, path in after.items()
                   if name not in before or read_bytes(path) != before[name]}

        expected_dir = os.path.join(case_dir, "expected")
        if update:
            shutil.rmtree(expected_dir, ignore_errors=True)
            os.makedirs(expected_dir)
            for name, data in (("stdout", result.stdout), ("stderr", result.stderr),
                               ("exit_code", f"{result.returncode}\n".encode())):
                with open(os.path.join(expected_dir, name), "wb") as f:
                    f.write(data)
            for name, path in created.items():
                target = os.path.join(expected_dir, "files", name)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                shutil.copy(path, target)
            return True

        ok = True
        for name, actual in (("stdout", result.stdout), ("stderr", result.stderr),
                             ("exit_code", f"{result.returncode}\n".encode())):
            with open(os.path.join(expected_dir, name), "rb") as f:
                expected = f.read()
            if expected != actual:
                ok = False
                show_diff(name, expected, actual)
        expected_files = snapshot(os.path.join(expected_dir, "files"))
        if set(expected_files) != set(created):
            ok = False
            print(f"  files created or changed: {sorted(created)}; expected: {sorted(expected_files)}")
        for name in set(expected_files) & set(created):
            with open(expected_files[name], "rb") as f1, open(created[name], "rb") as f2:
                expected, actual = f1.read(), f2.read()
            if expected != actual:
                ok = False
                show_diff(f"files/{name}", expected, actual)
            mode = stat.S_IMODE(os.stat(created[name]).st_mode)
            if name not in before and mode != 0o600:
                ok = False
                print(f"  files/{name}: mode {mode:o}, expected 600")
        return ok


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--cases", required=True)
    parser.add_argument("--update", action="store_true",
                        help="rewrite expected/ outputs of the named cases (or of --all)")
    parser.add_argument("--all", action="store_true", help="every case (the default without --update)")
    parser.add_argument("only", nargs="*", help="case names to run (default: all)")
    options = parser.parse_args()
    if options.all and options.only:
        parser.error("give case names or --all, not both")
    if options.update and not options.all and not options.only:
        print("run_golden.py: --update rewrites expected/ of the cases named: name them, "
              "or add --all to rewrite every case", file=sys.stderr)
        return 2
    binary = os.path.abspath(options.binary)
    names = sorted(n for n in os.listdir(options.cases)
                   if os.path.isfile(os.path.join(options.cases, n, "args")))
    if options.only:
        unknown = sorted(set(options.only) - set(names))
        if unknown:
            print(f"run_golden.py: no such case in {options.cases}: {' '.join(unknown)}",
                  file=sys.stderr)
            return 2
        names = [n for n in names if n in options.only]
    failed = []
    for name in names:
        ok = run_case(binary, os.path.join(options.cases, name), options.update)
        print(f"{'ok  ' if ok else 'FAIL'} {name}")
        if not ok:
            failed.append(name)
    print(f"golden: {len(names) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed or not names else 0


if __name__ == "__main__":
    sys.exit(main())

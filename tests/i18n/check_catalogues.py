#!/usr/bin/python3
"""Checks every translation po/LANG.po (not the template) against the English message
tables in src/render/catalogue*_en.cpp and the built-in programs in data/programs/*.json.

usage: check_catalogues.py --source-dir DIR     check the tree at DIR
       check_catalogues.py --self-test          prove the checks catch broken copies

Checks, per .po file: msgfmt --check --check-format passes; every table id is there as a
msgctxt, translated (not fuzzy, all plural forms) with msgid/msgid_plural equal to the C++
English; every program string has a translated msgctxt "program" entry; no msgctxt is
unknown; placeholders, edge whitespace and newline counts match. And: every id the code
names literally (say/say_n/message, the core's "chk_"/"sign_"/"signs_" ids) is defined.
Prints one FAIL line per problem and exits 1 if there is any.
"""
import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

TABLES = ("catalogue_en.cpp", "catalogue_review_en.cpp", "catalogue_checkpoints_en.cpp")
# The rule engine's sentences: rule_words("...") / rule_template("...") in the core, whose
# English template is the msgid, without a msgctxt.
ENGINE_KEYWORDS = ("rule_words", "rule_template")
ENGINE = "(rule engine)"
REGENERATE = ("regenerate: cmake --build build --target pot && "
              "msgmerge --update po/LANG.po po/backstride.pot, then translate")
SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"', "'": "'", "0": "\0"}


def decode_escapes(body, where):
    """Turns the inside of a C++ or .po string literal into its real characters."""
    out, i = [], 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        e = body[i + 1:i + 2]
        if e in ("u", "U"):
            width = 4 if e == "u" else 8
            out.append(chr(int(body[i + 2:i + 2 + width], 16)))
            i += 2 + width
        elif e in SIMPLE_ESCAPES:
            out.append(SIMPLE_ESCAPES[e])
            i += 2
        else:
            raise ValueError(f"{where}: unknown escape \\{e}")
    return "".join(out)


def cpp_tokens(text, where):
    """Yields ('str', value), ('id', name) and ('op', char) tokens of C++ source, without
    comments; adjacent string literals are joined into one, as the compiler does."""
    pattern = re.compile(r'\s+|//[^\n]*|/\*.*?\*/|"((?:[^"\\\n]|\\.)*)"|\'(?:[^\'\\]|\\.)*\''
                         r'|([A-Za-z_]\w*)|(.)', re.S)
    pending = None
    for m in pattern.finditer(text):
        if m.group(1) is not None:
            piece = decode_escapes(m.group(1), where)
            pending = piece if pending is None else pending + piece
            continue
        if m.group(2) is None and m.group(3) is None:
            continue  # whitespace, comment or character literal
        if pending is not None:
            yield ("str", pending)
            pending = None
        yield ("id", m.group(2)) if m.group(2) else ("op", m.group(3))
    if pending is not None:
        yield ("str", pending)


def read_tables(root):
    """Returns {id: (english, english_plural_or_None)} from the three C++ tables, plus a
    list of failures (an id defined twice)."""
    messages, failures = {}, []
    for name in TABLES:
        path = root / "src/render" / name
        toks = list(cpp_tokens(path.read_text(encoding="utf-8"), path))
        for i, tok in enumerate(toks):
            if tok not in (("id", "msg"), ("id", "msg_n")) or toks[i + 1] != ("op", "("):
                continue
            count = 2 if tok[1] == "msg" else 3
            args = toks[i + 2:i + 1 + 2 * count]  # str , str [, str]
            if [t[0] for t in args[0::2]] != ["str"] * count:
                continue  # the msg() helper's own declaration, not an entry
            ident, texts = args[0][1], [t[1] for t in args[2::2]]
            if ident in messages:
                failures.append(f"{path.name}: {ident}: defined twice")
            messages[ident] = (texts[0], texts[1] if count == 3 else None)
    return messages, failures


def engine_strings(root):
    """The rule engine's English templates: the first argument of rule_words() and
    rule_template() calls in src/core/*.cpp."""
    texts = set()
    for path in sorted((root / "src/core").glob("*.cpp")):
        text = path.read_text(encoding="utf-8")
        if not any(f"{keyword}(" in text for keyword in ENGINE_KEYWORDS):
            continue
        toks = list(cpp_tokens(text, path))
        for i, tok in enumerate(toks[:-2]):
            if tok[0] == "id" and tok[1] in ENGINE_KEYWORDS and toks[i + 1] == ("op", "(") \
                    and toks[i + 2][0] == "str":
                texts.add(toks[i + 2][1])
    return texts


def program_strings(root):
    """The words of the built-in programs that go under msgctxt "program"."""
    texts = set()
    for path in sorted((root / "data/programs").glob("*.json")):
        program = json.loads(path.read_text(encoding="utf-8"))
        texts |= {program["name"], program.get("summary", ""), program.get("finale", "")}
        texts |= {stage["title"] for stage in program["stages"]}
    return texts - {""}


def parse_po(path):
    """Returns the entries of a .po file as dicts: ctxt, id, plural, strs {n: text}, fuzzy,
    line. Obsolete (#~) entries and the header are left out."""
    entries, entry, field = [], None, None

    def finish():
        if entry is not None and entry.get("id"):
            entries.append(entry)

    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#~"):
            continue
        if line.startswith("#"):
            if entry is not None and entry["strs"]:
                finish()
                entry = None
            if entry is None:
                entry = {"ctxt": None, "strs": {}, "fuzzy": False, "line": number}
            if line.startswith("#,") and "fuzzy" in line[2:].replace(",", " ").split():
                entry["fuzzy"] = True
            continue
        m = re.match(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+"(.*)"$', line)
        if m:
            keyword = m.group(1).split("[")[0]
            if keyword in ("msgctxt", "msgid") and entry is not None and "id" in entry:
                finish()
                entry = None
            if entry is None:
                entry = {"ctxt": None, "strs": {}, "fuzzy": False, "line": number}
            value = decode_escapes(m.group(3), f"{path}:{number}")
            field = {"msgctxt": "ctxt", "msgid": "id", "msgid_plural": "plural"}.get(keyword)
            if field is None:
                field = int(m.group(2) or 0)
                entry["strs"][field] = value
            else:
                entry[field] = value
        elif line.startswith('"') and line.endswith('"') and entry is not None:
            value = decode_escapes(line[1:-1], f"{path}:{number}")
            if isinstance(field, int):
                entry["strs"][field] += value
            else:
                entry[field] += value
        else:
            raise ValueError(f"{path}:{number}: cannot read: {line}")
    finish()
    return entries


def placeholders(text):
    """Returns (Counter of {...} placeholders, error or None); {{ and }} are literal braces."""
    found, i = Counter(), 0
    while i < len(text):
        if text.startswith("{{", i) or text.startswith("}}", i):
            i += 2
        elif text[i] == "{":
            end = text.find("}", i)
            if end < 0 or "{" in text[i + 1:end]:
                return found, f"unbalanced '{{' at {i}"
            found[text[i:end + 1]] += 1
            i = end + 1
        elif text[i] == "}":
            return found, f"unbalanced '}}' at {i}"
        else:
            i += 1
    return found, None


def compare_shape(english, translated):
    """What differs between an English text and its translation: placeholders, braces,
    leading/trailing whitespace, newline count. Returns a list of problems."""
    problems = []
    want, _ = placeholders(english)
    got, error = placeholders(translated)
    if error:
        problems.append(f"translation has {error}")
    elif got != want:
        problems.append(f"placeholders {sorted(got.elements())} != English "
                        f"{sorted(want.elements())}")
    for side, pattern in (("leading", r"^\s*"), ("trailing", r"\s*$")):
        if re.search(pattern, english).group() != re.search(pattern, translated).group():
            problems.append(f"{side} whitespace differs from the English")
    if english.count("\n") != translated.count("\n"):
        problems.append(f"{translated.count(chr(10))} newlines, English has "
                        f"{english.count(chr(10))}")
    return problems


def check_po(path, messages, programs, engine=frozenset()):
    """All checks of one .po file against the tables; returns failure lines."""
    fails = []

    def fail(ctxt, what, english=None):
        """Records a failure; a program entry is named by its English text too."""
        extra = f" msgid {english[:50]!r}" if ctxt in ("program", ENGINE) and english else ""
        fails.append(f"{path.name}: msgctxt {ctxt!r}{extra}: {what}")
    if shutil.which("msgfmt") is None:
        return [f"{path.name}: msgfmt not found (install gettext)"]
    run = subprocess.run(["msgfmt", "--check", "--check-format", "-o", "/dev/null", str(path)],
                         capture_output=True, text=True)
    if run.returncode != 0:
        fails.append(f"{path.name}: msgfmt --check failed:\n{run.stderr.strip()}")
    entries = parse_po(path)
    by_ctxt = {}
    for e in entries:
        if e["ctxt"] != "program":
            by_ctxt.setdefault(e["ctxt"], e)
    program_entries = {e["id"]: e for e in entries if e["ctxt"] == "program"}
    engine_entries = {e["id"]: e for e in entries if e["ctxt"] is None and e["id"]}
    for e in entries:
        ctxt = e["ctxt"]
        if ctxt is None:
            if e["id"] and e["id"] not in engine:
                fail(ENGINE, f"line {e['line']}: {e['id']!r} is not a rule_words() template of "
                             f"src/core ({REGENERATE})")
        elif ctxt != "program" and ctxt not in messages:
            fail(ctxt, f"line {e['line']}: not a message id of the C++ tables ({REGENERATE})")
        elif ctxt == "program" and e["id"] not in programs:
            fail(ctxt, f"line {e['line']}: {e['id']!r} is not in data/programs ({REGENERATE})")
        for n, text in sorted(e["strs"].items()):
            english = e["id"] if n == 0 else e.get("plural", e["id"])
            if text and e["id"]:
                for problem in compare_shape(english, text):
                    fail(ctxt or ENGINE, f"msgstr[{n}]: {problem} (msgid {e['id'][:50]!r})",
                         e["id"])
    wanted = [(i, e, p) for i, (e, p) in sorted(messages.items())]
    wanted += [("program", text, None) for text in sorted(programs)]
    wanted += [(ENGINE, text, None) for text in sorted(engine)]
    for ctxt, english, plural in wanted:
        e = (program_entries.get(english) if ctxt == "program" else
             engine_entries.get(english) if ctxt == ENGINE else by_ctxt.get(ctxt))
        if e is None:
            fail(ctxt, f"missing (English {english[:60]!r}); {REGENERATE}", english)
            continue
        if e["id"] != english or e.get("plural") != plural:
            fail(ctxt, f"English text changed: .po msgid {e['id']!r}"
                       f"{' / ' + repr(e.get('plural')) if e.get('plural') else ''}, C++ has "
                       f"{english!r}{' / ' + repr(plural) if plural else ''}; {REGENERATE}")
        forms = e["strs"]
        if e["fuzzy"]:
            fail(ctxt, "translation is fuzzy (check it, then remove the fuzzy flag)", english)
        if not forms or any(not text for text in forms.values()):
            fail(ctxt, "untranslated (empty msgstr)", english)
        elif plural is not None and len(forms) < 2:
            fail(ctxt, "plural message without msgstr[1]")
    return fails


def used_ids(root):
    """Ids the code names literally: say("X"/say_n("X"/message("X" anywhere in src/, and the
    core's "chk_"/"sign_"/"signs_" strings (checkpoints.cpp names every id it uses)."""
    used = {}
    for path in sorted((root / "src").rglob("*.cpp")):
        text = path.read_text(encoding="utf-8")
        for ident in re.findall(r'\b(?:say|say_n|message)\("([a-z0-9_]+)"', text):
            used.setdefault(ident, path.relative_to(root))
    core = root / "src/core/checkpoints.cpp"
    text = core.read_text(encoding="utf-8")
    for ident in re.findall(r'"((?:chk|sign|signs)_[a-z0-9_]*)"', text):
        used.setdefault(ident, core.relative_to(root))
    return used


def check_tree(root):
    """Runs every check on the source tree at root; returns the failure lines."""
    messages, fails = read_tables(root)
    for ident, where in sorted(used_ids(root).items()):
        if ident not in messages:
            fails.append(f"{where}: id {ident!r} is used but not defined in the C++ tables")
    programs = program_strings(root)
    pos = sorted(p for p in (root / "po").glob("*.po"))
    if not pos:
        fails.append("po/: no translations (*.po) found")
    for po in pos:
        fails += check_po(po, messages, programs, frozenset(engine_strings(root)))
    return fails


FIXTURE = {
    "src/render/catalogue_en.cpp": 'constexpr Message msg(std::string_view id);\n'
    'auto k = {msg("title", "Plan for {name}"), // a comment "x"\n'
    '  msg("footer", "{a} \\u2014 page " "{page}\\n"),\n'
    '  msg_n("cue_minutes", "{n} minute", "{n} minutes")};\n',
    "src/render/catalogue_review_en.cpp": 'auto r = {msg("review_title", "Say \\"hi\\"")};\n',
    "src/render/catalogue_checkpoints_en.cpp": 'auto c = {msg("chk_during_jog", "Stop"),\n'
    '  msg("chk_during_jog_leg", "Stop, leg"), msg("sign_saddle", "Numb")};\n',
    "src/core/checkpoints.cpp": 'std::string id = leg ? "chk_during_jog_leg" : "chk_during_jog";\n'
    'auto s = {"sign_saddle"};\n',
    "src/render/text.cpp": 'say("title", name); say_n("cue_minutes", 2); message("footer");\n'
                           'say("review_title");\n',
    "data/programs/p.json": '{"name": "Walk plan", "stages": [{"title": "Walk 5 min"}]}',
    "po/backstride.pot": 'msgid ""\nmsgstr ""\n',
    "po/es.po": 'msgid ""\nmsgstr ""\n"Project-Id-Version: t\\n"\n"PO-Revision-Date: 2026-01-01 00:00+0000\\n"\n'
    '"Last-Translator: t\\n"\n"Language-Team: t\\n"\n"Language: es\\n"\n"MIME-Version: 1.0\\n"\n'
    '"Content-Type: text/plain; charset=UTF-8\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n'
    '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
    '#, no-c-format\nmsgctxt "title"\nmsgid "Plan for {name}"\nmsgstr "Plan para {name}"\n\n'
    'msgctxt "footer"\nmsgid ""\n"{a} — page "\n"{page}\\n"\nmsgstr "{a} — página {page}\\n"\n\n'
    'msgctxt "cue_minutes"\nmsgid "{n} minute"\nmsgid_plural "{n} minutes"\n'
    'msgstr[0] "{n} minuto"\nmsgstr[1] "{n} minutos"\n\n'
    'msgctxt "review_title"\nmsgid "Say \\"hi\\""\nmsgstr "Diga \\"hola\\""\n\n'
    'msgctxt "chk_during_jog"\nmsgid "Stop"\nmsgstr "Pare"\n\n'
    'msgctxt "chk_during_jog_leg"\nmsgid "Stop, leg"\nmsgstr "Pare, pierna"\n\n'
    'msgctxt "sign_saddle"\nmsgid "Numb"\nmsgstr "Entumecido"\n\n'
    'msgctxt "program"\nmsgid "Walk plan"\nmsgstr "Plan de caminatas"\n\n'
    'msgctxt "program"\nmsgid "Walk 5 min"\nmsgstr "Camine 5 min"\n\n'
    '#~ msgctxt "gone"\n#~ msgid "Old"\n#~ msgstr "Viejo"\n',
}

# (what is broken, file, old text, new text, words the failure line must contain)
BREAKAGES = [
    ("missing id in the .po", "po/es.po", 'msgctxt "sign_saddle"\nmsgid "Numb"\n'
     'msgstr "Entumecido"\n', "", "'sign_saddle': missing"),
    ("used id not defined", "src/render/catalogue_checkpoints_en.cpp",
     'msg("chk_during_jog_leg", "Stop, leg"), ', "", "'chk_during_jog_leg' is used"),
    ("changed placeholder", "po/es.po", "Plan para {name}", "Plan para {nombre}", "placeholders"),
    ("unbalanced brace", "po/es.po", "Plan para {name}", "Plan para {name", "unbalanced"),
    ("untranslated entry", "po/es.po", 'msgstr "Pare"', 'msgstr ""', "'chk_during_jog': untr"),
    ("untranslated plural", "po/es.po", 'msgstr[1] "{n} minutos"', 'msgstr[1] ""', "untransl"),
    ("fuzzy entry", "po/es.po", '#, no-c-format\n', '#, fuzzy, no-c-format\n', "fuzzy"),
    ("extra unknown msgctxt", "po/es.po", '#~ msgctxt', 'msgctxt "nope"\nmsgid "x"\n'
     'msgstr "y"\n\n#~ msgctxt', "'nope': line"),
    ("changed English msgid", "src/render/catalogue_en.cpp", '"Plan for {name}"',
     '"Plan for {name}!"', "English text changed"),
    ("changed English plural", "src/render/catalogue_en.cpp", '"{n} minutes"', '"{n} mins"',
     "English text changed"),
    ("untranslated program word", "po/es.po", '"Camine 5 min"', '""', "'Walk 5 min': untransl"),
    ("trailing newline lost", "po/es.po", 'página {page}\\n"', 'página {page}"', "newlines"),
    ("msgfmt error", "po/es.po", 'msgstr[1] "{n} minutos"\n', "", "msgfmt"),
]


def self_test():
    """Builds the small fixture tree, checks it passes, then breaks it one way at a time and
    checks each breakage is reported. Returns 0 if all went as expected."""
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        cases = [("unbroken copy", None, "", "", None)] + BREAKAGES
        for number, (label, target, old, new, expect) in enumerate(cases):
            root = Path(tmp) / f"case{number}"
            for name, text in FIXTURE.items():
                (root / name).parent.mkdir(parents=True, exist_ok=True)
                if name == target:
                    assert old in text, f"self-test breakage {label!r} does not apply"
                    text = text.replace(old, new, 1)
                (root / name).write_text(text, encoding="utf-8")
            fails = check_tree(root)
            ok = not fails if expect is None else any(expect in f for f in fails)
            print(f"{'ok  ' if ok else 'FAIL'} {label}: " +
                  ("; ".join(fails) if fails else "no failures")[:300])
            bad += not ok
    print(f"self-test: {len(BREAKAGES) + 1 - bad} passed, {bad} failed")
    return 1 if bad else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source-dir", type=Path, help="the project's source tree")
    parser.add_argument("--self-test", action="store_true", help="check the checker")
    args = parser.parse_args()
    if args.self_test:
        return self_test()
    if not args.source_dir:
        parser.error("--source-dir is required")
    fails = check_tree(args.source_dir.resolve())
    for line in fails:
        print(f"FAIL {line}")
    print(f"i18n catalogues: {len(fails)} problem(s)")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())

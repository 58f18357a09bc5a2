#!/usr/bin/python3
"""Every message id the renderers ask the wording catalogue for exists in it, and every
catalogue message is used (so a typo or a dead sentence fails the build's tests).

usage: catalogue_ids.py SOURCE_DIR
Literal ids: say("id", ...), say_n("id", ...), message("id"). Ids built at run time
from a prefix (message(fmt::format("action_{}", ...))) count as used by their prefix;
the unit tests call those for every enum value.
"""
import re
import sys
from pathlib import Path

root = Path(sys.argv[1])
catalogues = ("catalogue_en.cpp", "catalogue_review_en.cpp", "catalogue_checkpoints_en.cpp")
catalogue = "".join((root / "src/render" / name).read_text() for name in catalogues)
defined = re.findall(r'\bmsg(?:_n)?\(\s*"([a-z0-9_]+)",', catalogue)
asked = set()      # literal ids passed straight to say/say_n/message
literals = set()   # every string literal (ids chosen by a condition: cond ? "a" : "b")
prefixes = set()
for path in sorted((root / "src").rglob("*.cpp")):
    if path.name in catalogues:
        continue
    text = path.read_text()
    asked |= set(re.findall(r'\b(?:say|say_n|message)\("([a-z0-9_]+)"', text))
    literals |= set(re.findall(r'"([a-z0-9_]+)"', text))
    prefixes |= set(re.findall(r'format\("([a-z_]+_)\{\}"', text))
failed = 0
duplicates = {i for i in defined if defined.count(i) > 1}
for ident in sorted(duplicates):
    print(f"FAIL {ident}: defined twice")
    failed += 1
used = asked | (literals & set(defined))
for ident in sorted(asked - set(defined)):
    print(f"FAIL {ident}: used but not in the catalogue")
    failed += 1
for ident in sorted(set(defined) - used):
    if not any(ident.startswith(p) for p in prefixes):
        print(f"FAIL {ident}: in the catalogue but never used")
        failed += 1
passed = len(defined) - failed
print(f"catalogue: {max(passed, 0)} passed, {failed} failed")
sys.exit(1 if failed else 0)

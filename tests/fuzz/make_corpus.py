#!/usr/bin/python3
"""Writes the fuzzers' seed corpora from the official JSON Schema test suite.

    tests/fuzz/make_corpus.py [--out DIR] [--max-len N]

For every test file of drafts 4, 6, 7 (Debian's json-schema-test-suite package and, when
present, the copy in ../shared, which also has 2020-12), optional/ included:
  DIR/compile/   each schema, compact
  DIR/validate/  <draft byte> schema \\n data         one per test
                 <draft byte> schema \\n data \\n data  consecutive tests of a case: an edit
                                                       for the incremental validator
  DIR/parse/     schemas and data, compact and indented
Files are named by their SHA-1 (as libFuzzer names its own), so re-running adds nothing twice
and leaves what the fuzzers found in the same folders alone. Seeds longer than --max-len are
skipped (libFuzzer would truncate them).
"""

import argparse
import hashlib
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SUITES = [
    "/usr/share/json-schema-test-suite/tests",
    os.path.join(os.path.dirname(ROOT), "shared", "json-schema-test-suite", "tests"),
]
DRAFT_BYTES = {"draft4": "4", "draft6": "6", "draft7": "7", "draft2020-12": "2"}


def compact(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def test_files():
    for suite in SUITES:
        for draft, byte in DRAFT_BYTES.items():
            top = os.path.join(suite, draft)
            for folder, _, files in os.walk(top):
                for name in sorted(files):
                    if name.endswith(".json"):
                        yield byte, os.path.join(folder, name)


class Writer:
    def __init__(self, out, max_len):
        self.out = out
        self.max_len = max_len
        self.counts = {}

    def add(self, target, text):
        data = text.encode("utf-8")
        if len(data) > self.max_len:
            return
        folder = os.path.join(self.out, target)
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, hashlib.sha1(data).hexdigest())
        if not os.path.exists(path):
            with open(path, "wb") as f:
                f.write(data)
            self.counts[target] = self.counts.get(target, 0) + 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=os.path.join(ROOT, "build-fuzz", "corpus"))
    parser.add_argument("--max-len", type=int, default=4096)
    args = parser.parse_args()

    writer = Writer(args.out, args.max_len)
    files = 0
    for byte, path in test_files():
        try:
            with open(path, encoding="utf-8") as f:
                cases = json.load(f)
        except (OSError, ValueError) as e:
            print(f"make_corpus: skipping {path}: {e}", file=sys.stderr)
            continue
        files += 1
        for case in cases:
            schema = compact(case["schema"])
            writer.add("compile", schema)
            writer.add("parse", schema)
            writer.add("parse", json.dumps(case["schema"], indent=2))
            data = [compact(test["data"]) for test in case.get("tests", [])]
            for i, text in enumerate(data):
                writer.add("parse", text)
                writer.add("validate", f"{byte}{schema}\n{text}")
                if i + 1 < len(data):
                    writer.add("validate", f"{byte}{schema}\n{text}\n{data[i + 1]}")

    if files == 0:
        print("make_corpus: no test suite found in " + ", ".join(SUITES), file=sys.stderr)
        return 1
    for target in ("parse", "compile", "validate"):
        folder = os.path.join(args.out, target)
        total = len(os.listdir(folder)) if os.path.isdir(folder) else 0
        print(f"make_corpus: {target}: {writer.counts.get(target, 0)} new seeds, "
              f"{total} files in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

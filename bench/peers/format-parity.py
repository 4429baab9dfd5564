#!/usr/bin/python3
"""Checks that the three validators assert the same formats: formats.js (ajv), formats.py
(python-jsonschema) and, when its bench_validate binary is given, Guichet's engine.

Random NISS, enterprise numbers, postal codes, IBANs and dates (about half of them valid) are
checked value by value between JavaScript and Python, and by count of invalid values against
Guichet (bench_validate validates an array of them with --format-assertion). Prints one JSON line;
exits 1 on any difference.

Usage: format-parity.py [--bench-validate PATH] [--samples N] [--seed S]
"""

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import formats  # noqa: E402

CHECKS = {
    "be-niss": formats.is_niss,
    "be-enterprise-number": formats.is_enterprise_number,
    "be-postal-code": formats.is_postal_code,
    "iban": formats.is_iban,
    "date": formats.is_date,
}

NODE_CHECK = r"""
import fs from "node:fs";
import * as F from "./formats.js";
import { fullFormats } from "ajv-formats/dist/formats.js";
const checks = { "be-niss": F.isNiss, "be-enterprise-number": F.isEnterpriseNumber,
  "be-postal-code": F.isPostalCode, iban: F.isIban, date: (v) => fullFormats.date.validate(v) };
const samples = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
process.stdout.write(JSON.stringify(samples.map(([f, v]) => checks[f](v))));
"""


def samples(rng, count):
    out = []
    for _ in range(count):
        yy, dd, counter = rng.randint(0, 99), rng.randint(0, 33), rng.randint(0, 999)
        mm = rng.choice([rng.randint(0, 60), rng.randint(0, 12)])
        base = "%02d%02d%02d%03d" % (yy, mm, dd, counter)
        cc = rng.choice([97 - int(base) % 97, 97 - (2000000000 + int(base)) % 97,
                         rng.randint(0, 99)])
        out.append(["be-niss", "%s%02d" % (base, cc)])
        b = rng.randint(0, 19999999)
        out.append(["be-enterprise-number",
                    "%08d%02d" % (b, rng.choice([97 - b % 97, rng.randint(0, 99)]))])
        out.append(["be-postal-code", "%04d" % rng.randint(0, 9999)])
        first10 = rng.randint(0, 9999999999)
        bban = "%010d%02d" % (first10, rng.choice([first10 % 97 or 97, rng.randint(0, 99)]))
        check = rng.choice([98 - int(bban + "111400") % 97, rng.randint(0, 99)])
        out.append(["iban", "BE%02d%s" % (check, bban)])
        out.append(["date", "%04d-%02d-%02d" % (rng.randint(1900, 2100), rng.randint(0, 13),
                                                 rng.randint(0, 32))])
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench-validate")
    parser.add_argument("--samples", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()

    values = samples(random.Random(args.seed), args.samples)
    python = [CHECKS[f](v) for f, v in values]
    report = {"samples": len(values), "invalid": {}, "js_python_differences": 0}
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "samples.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(values, f)
        js = json.loads(subprocess.run(["node", "--input-type=module", "-e", NODE_CHECK, path],
                                       check=True, cwd=HERE, stdout=subprocess.PIPE,
                                       text=True).stdout)
        diffs = [(f, v, j, p) for (f, v), j, p in zip(values, js, python) if j != p]
        report["js_python_differences"] = len(diffs)
        report["examples"] = diffs[:5]
        for name in CHECKS:
            invalid = sum(1 for (f, _), ok in zip(values, python) if f == name and not ok)
            entry = {"python": invalid}
            if args.bench_validate:
                schema = os.path.join(tmp, name + ".schema.json")
                data = os.path.join(tmp, name + ".data.json")
                with open(schema, "w", encoding="utf-8") as f:
                    json.dump({"$schema": "https://json-schema.org/draft/2020-12/schema",
                               "type": "array", "items": {"type": "string", "format": name}}, f)
                with open(data, "w", encoding="utf-8") as f:
                    json.dump([v for fmt, v in values if fmt == name], f)
                out = subprocess.run([args.bench_validate, "--schema", schema, "--data", data,
                                      "--runs", "1", "--warmup", "0", "--edits", "0",
                                      "--format-assertion"], check=True, stdout=subprocess.PIPE,
                                     text=True).stdout
                entry["guichet"] = json.loads(out)["errors"]
            report["invalid"][name] = entry
    same = report["js_python_differences"] == 0 and all(
        e.get("guichet", e["python"]) == e["python"] for e in report["invalid"].values())
    report["same"] = same
    print(json.dumps(report))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())

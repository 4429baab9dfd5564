#!/usr/bin/env python3
"""A flat form for the form-rendering benchmark: one object with N scalar properties (strings with
lengths or patterns, numbers with ranges, enums), every one with a title, and a document filling
each of them. Guichet (bench_form) and RJSF (bench/rjsf/run.mjs) render the same two files.

    bench/form/flat2000.py [--fields 2000] --schema OUT.json --data OUT.json

Stdlib only; the output is the same on every run.
"""

import argparse
import json

ENUM = ["alpha", "bravo", "charlie", "delta", "echo"]


def field(i):
    kind = i % 5
    title = "Field %d" % (i + 1)
    if kind == 0:
        return {"type": "string", "title": title, "minLength": 1, "maxLength": 40}, "value %d" % i
    if kind == 1:
        return {"type": "string", "title": title, "pattern": "^[0-9]{4}$"}, "%04d" % (i % 10000)
    if kind == 2:
        return {"type": "number", "title": title, "minimum": 0, "maximum": 100000}, i * 1.5
    if kind == 3:
        return {"type": "integer", "title": title, "minimum": 0}, i
    return {"type": "string", "title": title, "enum": ENUM}, ENUM[i % len(ENUM)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fields", type=int, default=2000)
    parser.add_argument("--schema", required=True)
    parser.add_argument("--data", required=True)
    args = parser.parse_args()
    properties, data = {}, {}
    for i in range(args.fields):
        name = "f%04d" % i
        properties[name], data[name] = field(i)
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Flat form with %d fields" % args.fields,
        "type": "object",
        "additionalProperties": False,
        "properties": properties,
    }
    with open(args.schema, "w", encoding="utf-8") as f:
        json.dump(schema, f, indent=1)
        f.write("\n")
    with open(args.data, "w", encoding="utf-8") as f:
        json.dump(data, f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""In-process timing of python-jsonschema (Debian's python3-jsonschema) on the benchmark files.

Draft202012Validator with a FormatChecker that asserts the same formats as ajv (formats.py).
One JSON line per data file: read (once), json.loads (R runs), validator construction, and
iter_errors collecting every error (R runs; it takes seconds on 10,000 workers, keep R small).

Usage: python3 jsonschema-bench.py --schema S [--runs R] DATA...
"""

import argparse
import json
import os
import sys
import time
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import jsonschema  # noqa: E402
from jsonschema import Draft202012Validator  # noqa: E402

from formats import format_checker  # noqa: E402


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return (time.perf_counter() - start) * 1000, result


def measured(fn):
    """Wall-clock and process CPU time of one call, in ms."""
    cpu, start = time.process_time(), time.perf_counter()
    result = fn()
    return ((time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000, result)


def summary(samples):
    ordered = sorted(samples)
    mid = len(ordered) // 2
    median = ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2
    return {"median": round(median, 3), "min": round(ordered[0], 3), "max": round(ordered[-1], 3),
            "runs": len(ordered)}


def jsonschema_version():
    try:
        from importlib.metadata import version
        return version("jsonschema")
    except Exception:  # pragma: no cover - metadata missing
        return getattr(jsonschema, "__version__", "?")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--schema", required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("data", nargs="+")
    args = parser.parse_args()

    with open(args.schema, encoding="utf-8") as f:
        schema = json.load(f)
    compile_samples = []
    for _ in range(max(1, args.runs)):
        ms, validator = timed(lambda: Draft202012Validator(schema, format_checker=format_checker()))
        compile_samples.append(ms)

    for path in args.data:
        def read():
            with open(path, encoding="utf-8") as f:
                return f.read()
        read_ms, text = timed(read)
        parse_samples, parse_cpu = [], []
        for _ in range(args.runs):
            ms, cpu, data = measured(lambda: json.loads(text))
            parse_samples.append(ms)
            parse_cpu.append(cpu)
        validate_samples, validate_cpu = [], []
        for _ in range(args.runs):
            ms, cpu, errors = measured(lambda: list(validator.iter_errors(data)))
            validate_samples.append(ms)
            validate_cpu.append(cpu)
        by_keyword = Counter(e.validator for e in errors)
        print(json.dumps({
            "tool": "python-jsonschema",
            "version": jsonschema_version(),
            "python": sys.version.split()[0],
            "file": path,
            "bytes": len(text.encode("utf-8")),
            "read_ms": round(read_ms, 3),
            "parse_ms": summary(parse_samples),
            "parse_cpu_ms": summary(parse_cpu),
            "compile_ms": summary(compile_samples),
            "validate_ms": summary(validate_samples),
            "validate_cpu_ms": summary(validate_cpu),
            "valid": not errors,
            "errors": len(errors),
            "errors_comparable": len(errors),
            "errors_by_keyword": dict(sorted(by_keyword.items())),
        }), flush=True)


if __name__ == "__main__":
    main()

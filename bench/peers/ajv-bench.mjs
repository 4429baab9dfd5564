#!/usr/bin/env node
// In-process timing of ajv 8 (Ajv2020 + ajv-formats + the Belgian formats, allErrors: true) on
// the benchmark declarations. One JSON line per data file on stdout:
//   read (once), JSON.parse (R runs), compile (R fresh instances), validate with all errors on
//   the already-parsed object (first call, then R runs after W warm-up calls), and validate
//   with allErrors: false (the "is it valid" fast path) for reference. parse and validate also
//   report process CPU time (*_cpu_ms), less sensitive than wall-clock to a busy machine.
// Usage: node ajv-bench.mjs --schema S [--runs R] [--warmup W] DATA...
import fs from "node:fs";
import { createRequire } from "node:module";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { addBelgianFormats } from "./formats.js";
import { measure, summary, time } from "./stats.js";

const require = createRequire(import.meta.url);
const ajvVersion = require("ajv/package.json").version;

function parseArgs(argv) {
  const args = { runs: 15, warmup: 2, data: [] };
  for (let i = 0; i < argv.length; ++i) {
    const a = argv[i];
    if (a === "--schema") args.schema = argv[++i];
    else if (a === "--runs") args.runs = Number(argv[++i]);
    else if (a === "--warmup") args.warmup = Number(argv[++i]);
    else args.data.push(a);
  }
  if (!args.schema || args.data.length === 0) {
    console.error("usage: node ajv-bench.mjs --schema S [--runs R] [--warmup W] DATA...");
    process.exit(2);
  }
  return args;
}

function compile(schema, allErrors) {
  const ajv = new Ajv2020({ allErrors, strict: false });
  addFormats(ajv);
  addBelgianFormats(ajv);
  return ajv.compile(schema);
}

const args = parseArgs(process.argv.slice(2));
const schema = JSON.parse(fs.readFileSync(args.schema, "utf8"));

// Compile: the first one pays for loading ajv's code generator; later ones are warm.
const compileSamples = [];
let compileFirst;
let validate;
for (let i = 0; i < args.runs; ++i) {
  const [ms, fn] = time(() => compile(schema, true));
  if (i === 0) compileFirst = ms;
  compileSamples.push(ms);
  validate = fn;
}
const failFast = compile(schema, false);

for (const file of args.data) {
  const [readMs, text] = time(() => fs.readFileSync(file, "utf8"));
  const bytes = Buffer.byteLength(text);
  const parseSamples = [];
  const parseCpu = [];
  let data;
  for (let i = 0; i < args.runs; ++i) {
    const [ms, cpu, value] = measure(() => JSON.parse(text));
    parseSamples.push(ms);
    parseCpu.push(cpu);
    data = value;
  }

  const [firstMs] = time(() => validate(data));
  for (let i = 0; i < args.warmup; ++i) validate(data);
  const validateSamples = [];
  const validateCpu = [];
  let valid;
  for (let i = 0; i < args.runs; ++i) {
    const [ms, cpu, ok] = measure(() => validate(data));
    validateSamples.push(ms);
    validateCpu.push(cpu);
    valid = ok;
  }
  const errors = validate.errors || [];
  const byKeyword = {};
  let extra = 0;
  for (const e of errors) {
    byKeyword[e.keyword] = (byKeyword[e.keyword] || 0) + 1;
    // ajv adds an "if" error when a "then" fails, and keeps the errors of every item that did not
    // match a failed "contains"; python-jsonschema (and Guichet) report the failures inside "then"
    // and one "contains" error. Validators are compared on the count without those.
    if (e.keyword === "if" || e.schemaPath.includes("/contains/")) ++extra;
  }

  for (let i = 0; i < args.warmup; ++i) failFast(data);
  const failFastSamples = [];
  for (let i = 0; i < args.runs; ++i) failFastSamples.push(time(() => failFast(data))[0]);

  console.log(JSON.stringify({
    tool: "ajv",
    version: ajvVersion,
    node: process.versions.node,
    file,
    bytes,
    read_ms: Math.round(readMs * 1000) / 1000,
    parse_ms: summary(parseSamples),
    parse_cpu_ms: summary(parseCpu),
    compile_ms: { first: Math.round(compileFirst * 1000) / 1000, ...summary(compileSamples) },
    validate_first_ms: Math.round(firstMs * 1000) / 1000,
    validate_ms: summary(validateSamples),
    validate_cpu_ms: summary(validateCpu),
    validate_fail_fast_ms: summary(failFastSamples),
    valid,
    errors: errors.length,
    errors_comparable: errors.length - extra,
    errors_by_keyword: byKeyword,
  }));
}

#!/usr/bin/env node
// The whole-process peer of `guichet-cli validate --format-assertion SCHEMA DATA`: read, parse,
// compile and validate once with ajv (allErrors), print the same kind of JSON line (file, valid,
// errors with instanceLocation, keywordLocation, keyword, message) and exit 0 if valid, 1 if not.
// Usage: node ajv-whole.mjs SCHEMA DATA
import fs from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { addBelgianFormats } from "./formats.js";

const [schemaPath, dataPath] = process.argv.slice(2);
if (!schemaPath || !dataPath) {
  console.error("usage: node ajv-whole.mjs SCHEMA DATA");
  process.exit(2);
}
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
addBelgianFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, "utf8")));
const data = JSON.parse(fs.readFileSync(dataPath, "utf8"));
const valid = validate(data);
const errors = (validate.errors || []).map((e) => ({
  instanceLocation: e.instancePath,
  keywordLocation: e.schemaPath.replace(/^#/, ""),
  keyword: e.keyword,
  message: e.message,
}));
process.stdout.write(JSON.stringify({ file: dataPath, valid, errors }) + "\n");
process.exitCode = valid ? 0 : 1;

// Times RJSF rendering forms in Debian's headless Chromium (playwright-core), for
// scripts/bench-form. Needs the bundle from build.mjs (bench/out/rjsf).
//
//   node bench/rjsf/run.mjs --case NAME=SCHEMA,DATA [--case ...] [--runs R] [--timeout S]
//
// Each run opens a fresh browser context and page on a loopback server started here, fetches and
// parses the schema and the data (not timed), then calls window.benchRender (index.jsx): the time
// from the render call to React's commit, and to after the first frame that lays the form out.
// A case that takes longer than --timeout seconds is stopped (the browser is restarted) and
// reported as timed out. One JSON line per case on stdout, then one with the versions.
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

import { summary } from "../peers/stats.js";

const here = dirname(fileURLToPath(import.meta.url));
const bench = join(here, "..");
const dist = join(bench, "out", "rjsf");

function parseArgs(argv) {
  const options = { cases: [], runs: 5, timeout: 60 };
  for (let i = 0; i < argv.length; ++i) {
    const arg = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === "--case") {
      const [name, files] = next().split("=");
      const [schema, data] = (files || "").split(",");
      if (!name || !schema || !data) throw new Error("--case needs NAME=SCHEMA,DATA");
      options.cases.push({ name, schema, data });
    } else if (arg === "--runs") options.runs = Number(next());
    else if (arg === "--timeout") options.timeout = Number(next());
    else throw new Error(`unknown argument ${arg}`);
  }
  if (!options.cases.length) throw new Error("no --case given");
  return options;
}

// Serves the page and the bundle, and the current case's two files as /schema.json and
// /data.json. Loopback only.
function startServer(state) {
  const files = {
    "/index.html": () => [readFileSync(join(dist, "index.html")), "text/html; charset=utf-8"],
    "/bundle.js": () => [readFileSync(join(dist, "bundle.js")), "text/javascript; charset=utf-8"],
    "/schema.json": () => [state.schemaBytes, "application/json"],
    "/data.json": () => [state.dataBytes, "application/json"],
  };
  const server = createServer((request, response) => {
    const file = files[new URL(request.url, "http://127.0.0.1").pathname];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    const [body, type] = file();
    response.writeHead(200, { "content-type": type, "cache-control": "no-store" }).end(body);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

function launch() {
  const args = typeof process.getuid === "function" && process.getuid() === 0 ? ["--no-sandbox"] : [];
  return chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args });
}

async function renderOnce(browser, base, timeoutMs) {
  const context = await browser.newContext({ viewport: { width: 1180, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${base}/index.html`);
    let timer;
    const timeout = new Promise((resolve) => {
      timer = setTimeout(() => resolve({ timedOut: true }), timeoutMs);
    });
    const result = page.evaluate(async () => {
      const [schema, data] = await Promise.all([
        fetch("/schema.json").then((r) => r.json()),
        fetch("/data.json").then((r) => r.json()),
      ]);
      return window.benchRender(schema, data);
    });
    const outcome = await Promise.race([result, timeout]);
    clearTimeout(timer);
    if (outcome.timedOut) result.catch(() => {}); // the browser goes away under it
    return outcome;
  } finally {
    if (browser.isConnected()) await context.close().catch(() => {});
  }
}

const options = parseArgs(process.argv.slice(2));
const state = {};
const server = await startServer(state);
const base = `http://127.0.0.1:${server.address().port}`;
let browser = await launch();
const chromiumVersion = browser.version();
let reactVersion = null;

for (const c of options.cases) {
  state.schemaBytes = readFileSync(c.schema);
  state.dataBytes = readFileSync(c.data);
  const commit = [];
  const layout = [];
  let controls = null;
  let timedOut = false;
  for (let run = 0; run < options.runs; ++run) {
    const outcome = await renderOnce(browser, base, options.timeout * 1000);
    if (outcome.timedOut) {
      // The page's main thread is still busy rendering: the quickest way out is a new browser.
      timedOut = true;
      await browser.close().catch(() => {});
      browser = await launch();
      break;
    }
    commit.push(outcome.commitMs);
    layout.push(outcome.layoutMs);
    controls = outcome.controls;
    console.error(`rjsf ${c.name} run ${run + 1}: commit ${outcome.commitMs.toFixed(1)} ms, ` +
      `layout ${outcome.layoutMs.toFixed(1)} ms, ${outcome.controls} controls`);
  }
  const line = { tool: "rjsf", case: c.name, schema: c.schema, data: c.data, runs: commit.length };
  if (timedOut) {
    line.timed_out = true;
    line.timeout_s = options.timeout;
  }
  if (commit.length) {
    line.commit = summary(commit);
    line.layout = summary(layout);
    line.commit_samples = commit.map((x) => Math.round(x * 10) / 10);
    line.controls = controls;
  }
  console.log(JSON.stringify(line));
}

if (!reactVersion) {
  const page = await browser.newPage();
  await page.goto(`${base}/index.html`);
  reactVersion = await page.evaluate(() => window.benchVersions.react);
  await page.close();
}
const pkg = (name) => JSON.parse(readFileSync(join(bench, "node_modules", name, "package.json"))).version;
console.log(JSON.stringify({
  tool: "rjsf", versions: {
    rjsf: pkg("@rjsf/core"), validator_ajv8: pkg("@rjsf/validator-ajv8"), ajv: pkg("ajv"),
    react: reactVersion, chromium: chromiumVersion, playwright_core: pkg("playwright-core"),
    node: process.versions.node,
  },
}));
await browser.close();
server.close();

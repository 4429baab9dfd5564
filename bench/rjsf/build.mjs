// Bundles bench/rjsf/index.jsx (React production build, minified) into bench/out/rjsf/bundle.js
// and copies index.html beside it. bench/out is git-ignored; scripts/bench-form runs this.
import { build } from "esbuild";
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "out", "rjsf");
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [join(here, "index.jsx")],
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2022",
  jsx: "automatic",
  define: { "process.env.NODE_ENV": '"production"' },
  outfile: join(out, "bundle.js"),
  logLevel: "warning",
});
copyFileSync(join(here, "index.html"), join(out, "index.html"));
console.error(`rjsf: bundled into ${join(out, "bundle.js")}`);

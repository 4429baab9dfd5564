// Shared helpers of the peer benchmarks: wall-clock timing and order statistics.
import { performance } from "node:perf_hooks";

export function time(fn) {
  const start = performance.now();
  const result = fn();
  return [performance.now() - start, result];
}

// Wall-clock and process CPU time (all threads, user + system) of one call, in ms. CPU time is
// what a call costs when the machine is shared: wall-clock also counts waiting for a core.
export function measure(fn) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = fn();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return [wall, (used.user + used.system) / 1000, result];
}

export function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const round = (x) => Math.round(x * 1000) / 1000;
  return { median: round(median), min: round(sorted[0]), max: round(sorted[sorted.length - 1]), runs: sorted.length };
}

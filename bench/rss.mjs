// Loaded with `node --import` into a benchmarked process: records its peak
// resident memory when it exits, so the benchmark can report it.
import { appendFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) appendFileSync(process.env.BENCH_RSS_FILE, `${process.resourceUsage().maxRSS}\n`);
});

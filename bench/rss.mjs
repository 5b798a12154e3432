// Loaded with `node --import` into a benchmarked process: records its peak
// resident memory and the CPU time it used (all its threads) when it exits, so
// the benchmark can report them. CPU time varies less than wall time when
// other work shares the machine.
import { appendFileSync } from 'node:fs';

process.on('exit', () => {
  const u = process.resourceUsage();
  if (process.env.BENCH_RSS_FILE) appendFileSync(process.env.BENCH_RSS_FILE, `${u.maxRSS} ${u.userCPUTime + u.systemCPUTime}\n`);
});

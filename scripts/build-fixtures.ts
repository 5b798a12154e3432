// `npm run build:fixtures`: builds every fixture content tree that
// `npm run check` accepts into dist-fixtures/<name>/, with the site's own code,
// so "the check passes, the build fails" cannot come back unnoticed. All
// builds run in this one process (tests/helpers/fixture-builds.ts); the list
// and each outcome go to dist-fixtures/fixtures.json for the tests that read
// the builds (tests/fixture-builds.test.ts, tests/exif.test.ts, the SVG test).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { acceptedFixtures, buildTrees, removeCopies, REPO } from '../tests/helpers/fixture-builds.ts';

export const FIXTURE_BUILDS = join(REPO, process.env.FIXTURE_BUILDS_DIR ?? 'dist-fixtures');

const started = performance.now();
rmSync(FIXTURE_BUILDS, { recursive: true, force: true });
mkdirSync(FIXTURE_BUILDS, { recursive: true });
const trees = acceptedFixtures();
const outcomes = await buildTrees(trees, FIXTURE_BUILDS);
removeCopies(trees);
const seconds = (performance.now() - started) / 1000;
writeFileSync(join(FIXTURE_BUILDS, 'fixtures.json'), `${JSON.stringify({ seconds, builds: outcomes.map(({ name, seconds: s, error }) => ({ name, seconds: s, ok: error === undefined })) }, null, 2)}\n`);
const failed = outcomes.filter((o) => o.error !== undefined);
for (const f of failed) console.error(`fixture ${f.name}: npm run check accepts it, but the build failed:\n${f.error}`);
console.log(`built ${outcomes.length - failed.length} of ${outcomes.length} accepted fixtures in ${seconds.toFixed(1)} s: ${outcomes.map((o) => o.name).join(', ')}`);
process.exitCode = failed.length > 0 ? 1 : 0;

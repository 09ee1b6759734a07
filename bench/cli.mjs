#!/usr/bin/env node
/**
 * The CLI bench: what `validate` and `ics` cost as a feed grows, to show that the cost is
 * linear in the feed's size (issue #18: a 200 MB description once took more than 300 s).
 *
 *   node bench/cli.mjs [--runs 3] [--json]
 *
 * Feeds of 1,000, 10,000 and 50,000 generated events (bench/bench-events.ts, the calendar
 * bench's events), and feeds of one event whose description is 1, 10 and 50 MB, are written to
 * a temporary folder; each command runs in this process through the CLI's own `main()` (file
 * read, UTF-8 check, JSON, validation, calendar text, file write), after one warm-up. Times are
 * CPU time of this process (user + system), so that other work on a shared machine does not
 * show as cost. Printed: the median time, the time per 1,000 events (or per MB), and that figure over the smallest
 * feed's: near 1× when the cost is linear. Figures only; nothing passes or fails on time.
 * `--json` prints one JSON line instead (scripts/bench.mjs reads it).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, json: { type: 'boolean', default: false } } });
const runs = Math.max(1, Number(values.runs) || 3);

const { main } = await tsImport('../src/cli/main.ts', import.meta.url);
const { feedWith } = await tsImport('./bench-events.ts', import.meta.url);

const directory = mkdtempSync(join(tmpdir(), 'baltic-cli-bench-'));
const silent = { write: () => true };
const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];

/** Median CPU ms (this process, garbage collection included) of `runs` runs of the command (after a warm-up); throws when it does not exit 0. */
async function time(args) {
  const once = async () => {
    const started = process.cpuUsage();
    const code = await main(args, { stdout: silent, stderr: silent });
    if (code !== 0) throw new Error(`baltic-widgets ${args.join(' ')} exited ${code}`);
    const { user, system } = process.cpuUsage(started);
    return (user + system) / 1000;
  };
  await once();
  const times = [];
  for (let run = 0; run < runs; run++) times.push(await once());
  return median(times);
}

/**
 * The peak memory (resident set, MB) of the command run once in a process of its own, as a
 * user runs it (Node and tsx included: about 100 MB before any feed).
 */
function peakMemoryMb(args) {
  const program = `const { main } = await import(${JSON.stringify(new URL('../src/cli/main.ts', import.meta.url).href)});
const code = await main(${JSON.stringify(args)}, { stdout: { write: () => true }, stderr: { write: () => true } });
console.log(JSON.stringify({ code, maxRssKb: process.resourceUsage().maxRSS }));`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', program], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const { code, maxRssKb } = JSON.parse(child.stdout.trim().split('\n').at(-1));
  if (code !== 0) throw new Error(`baltic-widgets ${args.join(' ')} exited ${code}`);
  return maxRssKb / 1024;
}

/** Writes the feed, times both commands on it and takes their peak memory; `units` is what the cost is divided by. */
async function measure(name, document, units) {
  const path = join(directory, `${name}.json`);
  writeFileSync(path, JSON.stringify(document));
  const bytes = statSync(path).size;
  const validateArgs = ['validate', path];
  const icsArgs = ['ics', path, '-o', join(directory, `${name}.ics`)];
  const validateMs = await time(validateArgs);
  const icsMs = await time(icsArgs);
  return { name, units, bytes, validateMs, icsMs, validatePeakMb: peakMemoryMb(validateArgs), icsPeakMb: peakMemoryMb(icsArgs) };
}

const DAY = '2027-01-04';
const results = { events: [], description: [] };
try {
  for (const count of [1_000, 10_000, 50_000]) {
    results.events.push(await measure(`${count}-events`, feedWith(count, DAY, 10), count / 1_000));
  }
  for (const megabytes of [1, 10, 50]) {
    // Words and line breaks, as a long text is written; `&amp;` for the entity decoding of HTML descriptions.
    const text = 'Lorem ipsum dolor sit amet &amp; consectetur, adipiscing elit.\n'.repeat(Math.ceil((megabytes * 1_048_576) / 64)).slice(0, megabytes * 1_048_576);
    const document = feedWith(1, DAY, 1);
    Object.assign(document.events[0], { description: { en: text }, descriptionFormat: 'html' });
    results.description.push(await measure(`description-${megabytes}mb`, document, megabytes));
  }
} finally {
  rmSync(directory, { recursive: true, force: true });
}

if (values.json) {
  console.log(JSON.stringify({ runs, ...results }));
} else {
  const ms = (value) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 1 : 0)} ms`);
  const megabytes = (value) => `${value.toFixed(0)} MB`;
  const table = (title, unit, rows) => {
    console.log(`\n${title}`);
    console.log(`${'feed'.padEnd(20)}${'size'.padStart(10)}  ${'validate'.padStart(10)}${`per ${unit}`.padStart(18)}${'× first'.padStart(9)}${'peak'.padStart(9)}  ${'ics -o'.padStart(10)}${`per ${unit}`.padStart(18)}${'× first'.padStart(9)}${'peak'.padStart(9)}`);
    const [first] = rows;
    for (const row of rows) {
      const validatePer = row.validateMs / row.units;
      const icsPer = row.icsMs / row.units;
      console.log(
        `${row.name.padEnd(20)}${`${(row.bytes / 1_048_576).toFixed(1)} MB`.padStart(10)}  ${ms(row.validateMs).padStart(10)}${ms(validatePer).padStart(18)}${`${(validatePer / (first.validateMs / first.units)).toFixed(2)}×`.padStart(9)}${megabytes(row.validatePeakMb).padStart(9)}  ${ms(row.icsMs).padStart(10)}${ms(icsPer).padStart(18)}${`${(icsPer / (first.icsMs / first.units)).toFixed(2)}×`.padStart(9)}${megabytes(row.icsPeakMb).padStart(9)}`,
      );
    }
  };
  console.log(`baltic-widgets CLI bench — Node ${process.versions.node}; CPU time (user + system), median of ${runs} runs after a warm-up, in process (no start-up time); peak: the most memory the command took, run once in a process of its own (Node and tsx included)`);
  table('Generated events (× first: time per 1,000 events over that of the 1,000-event feed; about 1× = linear)', '1,000 events', results.events);
  table('One event with a long HTML description (× first: time per MB over that of 1 MB)', 'MB', results.description);
}

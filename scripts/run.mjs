/**
 * Runs the steps of a script one after another, with their timings; stops at the first failure.
 * A failing step's failures (test names and their assertions) are repeated at the very end, so
 * a CI log that keeps only its tail still says what failed.
 */
import { spawn } from 'node:child_process';

const keptOutput = 8_000_000;
const failureLine = /❌|✖|✗|not ok \d|AssertionError|Error:|Timeout|timed out|failed/i;

/** The lines that name a failure, each with the lines that follow it (where the assertion is). */
function failureSummary(output) {
  const lines = output
    // eslint-disable-next-line no-control-regex -- ANSI colour and cursor codes of the test runners' progress output
    .replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '')
    .split(/\r?\n|\r/);
  const picked = new Set();
  let fileHeading = -1;
  lines.forEach((line, index) => {
    if (/^\s*\S+\.[\w-]+\.ts:\s*$/.test(line)) fileHeading = index;
    if (!failureLine.test(line) || /\b0 failed\b/.test(line)) return;
    if (fileHeading >= 0) picked.add(fileHeading);
    for (let next = Math.max(0, index - 1); next < Math.min(lines.length, index + 6); next += 1) picked.add(next);
  });
  const summary = [...picked].sort((a, b) => a - b).map((index) => lines[index]);
  return summary.length > 200 ? summary.slice(0, 200).concat(`… (${summary.length - 200} more lines above)`) : summary;
}

/** Runs one command; its output is shown as it comes, or, `buffered`, all at once when it ends (so that commands run side by side do not mix their lines). */
function runCommand(command, { buffered = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, {
      stdio: ['inherit', 'pipe', 'pipe'],
      shell: true,
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
    });
    let output = '';
    const keep = (stream, chunk) => {
      if (!buffered) stream.write(chunk);
      output = (output + chunk.toString()).slice(-keptOutput);
    };
    child.stdout.on('data', (chunk) => keep(process.stdout, chunk));
    child.stderr.on('data', (chunk) => keep(process.stderr, chunk));
    child.on('close', (status, signal) => {
      if (buffered) process.stdout.write(output);
      resolve({ status, signal, output });
    });
  });
}

/**
 * Runs a step's command, or its commands side by side (an array: tools that use one core each,
 * on a machine with two); the step fails when any of them fails.
 */
async function runStep(command) {
  if (!Array.isArray(command)) return runCommand(command);
  const results = await Promise.all(command.map((each) => runCommand(each, { buffered: true })));
  const failed = results.find((result) => result.status !== 0);
  return { ...(failed ?? results[0]), output: results.map((result) => result.output).join('\n') };
}

/**
 * Runs `steps`, each `[name, command, options?]`, where `command` may be an array of commands
 * to run side by side. With `{ silent: true }` a step that prints
 * anything fails: a build tool run at its warning log level prints nothing unless it warns.
 */
export async function runSteps(title, steps) {
  const started = Date.now();
  const timings = [];
  for (const [name, command, { silent = false } = {}] of steps) {
    console.log(`\n▶ ${name}: ${[command].flat().join(' & ')}`);
    const stepStarted = Date.now();
    const result = await runStep(command);
    const seconds = ((Date.now() - stepStarted) / 1000).toFixed(1);
    timings.push(`${name} ${seconds} s`);
    if (result.status === 0 && silent && result.output.trim()) {
      console.error(`\n✖ ${title} failed at "${name}": it printed a warning (above); a build ships without warnings`);
      process.exit(1);
    }
    if (result.status !== 0) {
      const summary = failureSummary(result.output);
      if (summary.length > 0) console.error(`\n── what failed in "${name}" (repeated from above) ──\n${summary.join('\n')}`);
      console.error(`\n✖ ${title} failed at "${name}" (exit ${result.status ?? result.signal}) after ${seconds} s`);
      process.exit(result.status || 1);
    }
  }
  console.log(`\n✔ ${title} passed in ${((Date.now() - started) / 1000).toFixed(0)} s (${timings.join(', ')})`);
}

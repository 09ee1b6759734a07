/** Runs the steps of a script one after another, with their timings; stops at the first failure. */
import { spawnSync } from 'node:child_process';

export function runSteps(title, steps) {
  const started = Date.now();
  const timings = [];
  for (const [name, command] of steps) {
    console.log(`\n▶ ${name}: ${command}`);
    const stepStarted = Date.now();
    const result = spawnSync(command, { stdio: 'inherit', shell: true, env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' } });
    const seconds = ((Date.now() - stepStarted) / 1000).toFixed(1);
    timings.push(`${name} ${seconds} s`);
    if (result.status !== 0) {
      console.error(`\n✖ ${title} failed at "${name}" (exit ${result.status ?? result.signal}) after ${seconds} s`);
      process.exit(result.status || 1);
    }
  }
  console.log(`\n✔ ${title} passed in ${((Date.now() - started) / 1000).toFixed(0)} s (${timings.join(', ')})`);
}

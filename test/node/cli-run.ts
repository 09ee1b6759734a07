/** Runs the CLI in-process, as a user would type it in the repository's folder, and collects what it prints. */
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(...argv: string[]): Promise<CliRun> {
  const output = { stdout: '', stderr: '' };
  const previousDirectory = process.cwd();
  process.chdir(REPO_ROOT);
  try {
    const code = await main(argv, {
      stdout: { write: (text: string) => (output.stdout += text) },
      stderr: { write: (text: string) => (output.stderr += text) },
    });
    return { code, ...output };
  } finally {
    process.chdir(previousDirectory);
  }
}

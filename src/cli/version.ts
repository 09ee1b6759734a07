/** The version of baltic-widgets, from its package.json. */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliError, ExitCode } from './io.js';

const PACKAGE_NAME = 'baltic-widgets';

/**
 * The `version` of the nearest package.json named baltic-widgets, searching upwards from the
 * module at `fromUrl` (src/cli/ in development, dist/ when built, the same when installed).
 * Other package.json files on the way (a `{"type": "module"}` in dist/) are passed over.
 */
export async function packageVersion(fromUrl: string = import.meta.url): Promise<string> {
  for (let directory = dirname(fileURLToPath(fromUrl)); ; directory = dirname(directory)) {
    const manifest = await readManifest(join(directory, 'package.json'));
    if (manifest?.name === PACKAGE_NAME && typeof manifest.version === 'string') return manifest.version;
    if (dirname(directory) === directory) break;
  }
  throw new CliError(`cannot find the package.json of ${PACKAGE_NAME} above ${fileURLToPath(fromUrl)}`, ExitCode.Unreadable);
}

async function readManifest(path: string): Promise<{ name?: unknown; version?: unknown } | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as { name?: unknown; version?: unknown };
  } catch {
    return undefined; // None here, or not readable: look further up.
  }
}

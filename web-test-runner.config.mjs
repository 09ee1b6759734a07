/**
 * Browser tests in real browsers: Chromium and Firefox ESR (Debian's), TypeScript through
 * esbuild, feed endpoints from test/mock-server.mjs. `BROWSERS=chromium` runs one only.
 * The calendar's time-zone independence runs Chromium a second time in another zone.
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { chromeArgs, chromePath, firefoxPath } from './scripts/browsers.mjs';
import { mockFeeds } from './test/mock-server.mjs';

// Extra test endpoints (the map's local tile server) live in test/middleware/*.mjs, each exporting `middleware`.
const extraMiddleware = await Promise.all(
  (existsSync('test/middleware') ? readdirSync('test/middleware') : [])
    .filter((file) => file.endsWith('.mjs'))
    .map(async (file) => (await import(`./test/middleware/${file}`)).middleware),
);

/** Vite's `import css from './x.css?inline'` (the CSS text as a module), for the test server too. */
const cssInline = {
  name: 'css-inline',
  async serve(context) {
    if (!context.path.endsWith('.css') || context.querystring !== 'inline') return undefined;
    const file = resolve('.' + decodeURIComponent(context.path));
    if (!file.startsWith(process.cwd())) return undefined;
    return { body: `export default ${JSON.stringify(await readFile(file, 'utf8'))};`, type: 'js' };
  },
};

/**
 * TypeScript through esbuild. With a `target`, esbuild rewrites every JavaScript file too; the
 * built embed (`dist/`) is served as it ships instead, byte for byte (its first line may be V8's
 * compile hint, a comment esbuild would drop).
 */
const typescript = esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' });
const transformTypeScript = typescript.transform.bind(typescript);
typescript.transform = (context) => (context.path.startsWith('/dist/') ? undefined : transformTypeScript(context));

// Files named on the command line (a helper running one file) leave out the stories' axe group,
// and so does npm test's second run (REPEAT_RUN=1): axe reads the settled stories, no timing.
const namedFiles = process.argv.slice(2).some((argument) => /\.ts$/.test(argument));
const repeatRun = process.env.REPEAT_RUN === '1';
const wanted = (process.env.BROWSERS ?? 'chromium,firefox').split(',');
const hasTimeZoneTests = readdirSync('test/browser', { recursive: true }).some((file) => String(file).endsWith('.tz.test.ts'));

const chromium = (timeZone) =>
  chromeLauncher({
    launchOptions: {
      executablePath: chromePath(),
      headless: true,
      // A screen wider than the test page's 800 px viewport, so that a test can open a 1280 px
      // window (the embed's layout shift at desktop width); the test page itself keeps 800 px.
      args: [...chromeArgs, '--screen-info={1600x1200}'],
      env: { ...process.env, TZ: timeZone },
    },
  });

const browsers = [
  ...(wanted.includes('chromium') ? [chromium('Europe/Helsinki')] : []),
  ...(wanted.includes('firefox')
    ? [puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: firefoxPath(), headless: true } })]
    : []),
];

/**
 * The test page. web-test-runner sends a file's results through `structuredClone` (its
 * `stable()`), which throws on a DOM node: a failed assertion whose actual value is an element
 * (`expect(img).to.equal(null)`) then never reaches the runner, and the run waits the 20 minutes
 * of `testsFinishTimeout` for a file that has finished, naming no test. Here such a value is sent
 * as its markup, so the failure is reported at once, with the test and its message.
 */
const testRunnerHtml = (testFramework) => `<!DOCTYPE html><html><head><script type="module">
  const clone = globalThis.structuredClone;
  const described = (value) => (value instanceof Element ? value.outerHTML.slice(0, 500) : \`[\${value?.constructor?.name ?? typeof value}]\`);
  globalThis.structuredClone = (value, options) => {
    try {
      return clone(value, options);
    } catch (error) {
      if (error?.name !== 'DataCloneError') throw error;
      const seen = new WeakSet();
      const copyable = JSON.stringify(value, (key, part) => {
        if (typeof part !== 'object' || part === null) return part;
        if (part instanceof Node || part instanceof Event || part === window) return described(part);
        if (seen.has(part)) return '[Circular]';
        seen.add(part);
        return part;
      });
      return clone(JSON.parse(copyable), options);
    }
  };
</script></head><body><script type="module" src="${testFramework}"></script></body></html>`;

export default {
  testRunnerHtml,
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  // One page per browser at a time: a background tab gets throttled timers and no animation frames.
  concurrency: 1,
  plugins: [cssInline, typescript],
  middleware: [mockFeeds, ...extraMiddleware],
  browsers,
  testFramework: { config: { timeout: 10000 } },
  // Lit's dev-mode notice and the feed problems the tests provoke on purpose would bury a failure.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && /^(Lit is in dev mode|\[baltic-widgets\] )/.test(args[0])),
  testsFinishTimeout: 1_200_000,
  groups: [
    // Tests named *.tz.test.ts run a second time with Chromium in another time zone.
    ...(hasTimeZoneTests && wanted.includes('chromium')
      ? [{ name: 'time-zone-tokyo', files: ['test/browser/**/*.tz.test.ts'], browsers: [chromium('Asia/Tokyo')] }]
      : []),
    // axe over every story (light, dark, 320 and 1280 px) in Chromium only: axe's WCAG rules read the
    // DOM and the computed styles, which the engines agree on; each widget's own tests run axe in Firefox too.
    ...(wanted.includes('chromium') && !namedFiles && !repeatRun
      ? [{ name: 'stories-axe', files: ['test/browser/**/*.stories-test.ts'], browsers: [chromium('Europe/Helsinki')] }]
      : []),
  ],
};

#!/usr/bin/env node
/**
 * `npm start`: builds the one-script bundle (the partner page embeds it like a real site
 * would) and serves the demo with Vite on 127.0.0.1.
 */
import { build, createServer } from 'vite';

await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
const server = await createServer({ configFile: 'vite.config.ts', server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 5173) } });
await server.listen();
const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
console.log(`\n  baltic-widgets demo on the sample feed:\n    ${base}demo/\n    ${base}demo/partner.html (the built bundle on a partner's page)\n\n  Ctrl+C stops it.\n`);

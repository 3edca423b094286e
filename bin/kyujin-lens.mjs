#!/usr/bin/env node
// Runs the TypeScript CLI directly (through tsx), so `npx kyujin-lens` works right after `npm ci`
// with no build step to remember.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../lib/cli/main.ts');
await main();

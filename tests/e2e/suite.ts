// One browser with the extension, and the fixture server, for a describe block: started before its
// tests, closed after them. Call inside describe(); use session() inside the tests.
import { afterAll, beforeAll } from 'vitest';
import { assertExtensionBuilt, launchExtension, type ExtensionSession, type LaunchOptions } from './harness';
import { startFixtureServer, type FixtureServer } from './server';

export function extensionSuite(opts: Omit<LaunchOptions, 'server'> = {}): { session: () => ExtensionSession; server: () => FixtureServer } {
  let server: FixtureServer | undefined;
  let s: ExtensionSession | undefined;
  beforeAll(async () => {
    assertExtensionBuilt(opts.extDir, opts.testHost ?? true);
    server = await startFixtureServer();
    s = await launchExtension({ ...opts, server });
  }, 60_000);
  afterAll(async () => {
    await s?.close();
    await server?.close();
  });
  const started = <T>(x: T | undefined, what: string): T => {
    if (x === undefined) throw new Error(`${what} is not started: call extensionSuite() inside describe() and use it inside tests`);
    return x;
  };
  return { session: () => started(s, 'the browser'), server: () => started(server, 'the fixture server') };
}

// The settings page's pure parts (no browser, no DOM): host names, importing a file, comparing settings.
// Kept apart from main.tsx so tests can run them.
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_VERSION, type Settings } from '../../lib/extension/settings';
import type { SettingsProblem } from '../../lib/core/types';

/** The largest settings file the page reads. */
export const MAX_IMPORT_BYTES = 1_000_000;

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * The host (lower-cased, with its port when one is given) the user means, or null when the input is not
 * a host name. Accepts "example.com", "Jobs.Example.com", "127.0.0.1:8080", "localhost", and a pasted
 * address such as "https://example.com/jobs/1" (its host is kept). Non-ASCII names become punycode, as
 * the browser writes them in location.host.
 */
export function normalizeHost(input: string): string | null {
  const s = input.trim();
  if (!s || s.length > 300 || /\s/.test(s)) return null;
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(s);
  if (/[@\\]/.test(s)) return null;
  let url: URL;
  try {
    url = new URL(hasScheme ? s : `http://${s}`);
  } catch (e) {
    if (e instanceof TypeError) return null; // the URL parser's "Invalid URL": not a host name
    throw e;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password) return null;
  const hostname = url.hostname.toLowerCase();
  if (hostname.length > 253 || hostname.endsWith('.')) return null;
  if (!hostname.split('.').every((l) => LABEL.test(l))) return null;
  // The URL parser drops a default port (":80" for http): keep what the user wrote when there is one.
  const port = hasScheme ? url.port : /:(\d+)$/.exec(s.split(/[/?#]/)[0]!)?.[1];
  if (port !== undefined && port !== '') {
    const n = Number(port);
    if (!Number.isInteger(n) || n < 1 || n > 65535) return null;
    return `${hostname}:${n}`;
  }
  return hostname;
}

/** The fields of Settings other than the version: what a settings file can hold. */
const FIELDS = (Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]).filter((k) => k !== 'version');

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether parseSettings can read anything of one field of a settings object. */
function fieldReadable(raw: Record<string, unknown>, field: keyof Settings): boolean {
  if (!(field in raw)) return false;
  const { settings, problems } = parseSettings({ version: SETTINGS_VERSION, [field]: raw[field] });
  if (problems.length === 0) return true;
  // Partly readable collections still count: some of their entries were kept.
  if (field === 'categories') return isObject(raw.categories) && Object.values(raw.categories).some((v) => typeof v === 'boolean');
  if (field === 'sites') return Object.keys(settings.sites).length > 0;
  if (field === 'userKeywords') return settings.userKeywords.length > 0;
  return false;
}

export type ImportResult =
  | { ok: true; settings: Settings; problems: SettingsProblem[] }
  | { ok: false; reason: 'notJson' | 'notObject' | 'nothingReadable' | 'newerNothing' | 'tooLarge' };

/**
 * Reads a settings file's text. When something in it can be read, the result is the whole Settings to
 * save (fields the file leaves out get their defaults) and one line per field that fell back; when
 * nothing can, the reason, and nothing should change.
 */
export function readSettingsFile(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, reason: 'tooLarge' };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    if (e instanceof SyntaxError) return { ok: false, reason: 'notJson' };
    throw e;
  }
  if (!isObject(raw)) return { ok: false, reason: 'notObject' };
  if (!FIELDS.some((f) => fieldReadable(raw, f))) {
    const newer = typeof raw.version === 'number' && raw.version > SETTINGS_VERSION;
    return { ok: false, reason: newer ? 'newerNothing' : 'nothingReadable' };
  }
  const { settings, problems } = parseSettings(raw);
  return { ok: true, settings, problems };
}

// Compared as the settings page's model compares them (lib/extension/settings-session.ts).
export { canonicalJson, sameSettings } from '../../lib/extension/settings-session';

/** The file name an export is saved under. */
export const EXPORT_FILE_NAME = 'kyujin-lens-settings.json';

/** The text of an exported settings file. */
export function exportText(settings: Settings): string {
  return `${JSON.stringify(parseSettings(settings).settings, null, 2)}\n`;
}

// A process's memory as Linux reports it (/proc/PID/status and smaps_rollup), and which of a browser's
// processes are the extension's own renderer. Read from /proc only: nothing attaches to the browser.
import fs from 'node:fs';

export interface ProcFigures {
  /** Resident set size (VmRSS): every page mapped, including the browser's code shared with its other processes. */
  rssKb: number | null;
  /** Proportional set size (smaps_rollup Pss): shared pages split between the processes using them. */
  pssKb: number | null;
  /** Resident anonymous memory (RssAnon): heaps and buffers, without the browser's code pages. */
  anonKb: number | null;
  /** Pages no other process maps (Private_Clean + Private_Dirty): what ending the process would free. */
  privateKb: number | null;
  /** The command line, NULs as spaces (renderers rewrite their argv into one such string). */
  cmdline: string;
}

const field = (text: string, name: string): number | null => {
  const v = Number(new RegExp(`${name}:\\s+(\\d+)`).exec(text)?.[1] ?? NaN);
  return Number.isFinite(v) ? v : null;
};

/** The figures of one process, or null when it has ended (or this is not Linux). */
export function procFigures(pid: number): ProcFigures | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const rollup = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
    const clean = field(rollup, 'Private_Clean');
    const dirty = field(rollup, 'Private_Dirty');
    return {
      rssKb: field(status, 'VmRSS'),
      pssKb: field(rollup, 'Pss'),
      anonKb: field(status, 'RssAnon'),
      privateKb: clean === null || dirty === null ? null : clean + dirty,
      cmdline,
    };
  } catch (e) {
    // The process ended between the listing and the read, or there is no /proc: its figures are unknown.
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ESRCH') return null;
    throw e;
  }
}

/** Chromium gives the extension's own renderer (service worker, offscreen document, its Worker) this switch. */
export const isExtensionRenderer = (cmdline: string): boolean => /(^|\s)--type=renderer(\s|$)/.test(cmdline) && /(^|\s)--extension-process(\s|$)/.test(cmdline);

/** Every process below `root` (children, their children …), from the parent ids in /proc/PID/stat. */
export function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ESRCH') continue; // ended meanwhile
      throw e;
    }
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ")".
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
  }
  const out: number[] = [];
  const walk = (pid: number) => {
    for (const c of children.get(pid) ?? []) {
      out.push(c);
      walk(c);
    }
  };
  walk(root);
  return out;
}

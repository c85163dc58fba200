// Time and peak memory of a build stage run as a process of its own.
//
// Node reports the peak memory of its own process only (process.resourceUsage().maxRSS), and
// a stage is several: Astro runs esbuild as a child, Pagefind's Node API runs the Pagefind
// binary as a child, and that binary is where the index is built. So the process tree is
// sampled from /proc every 100 ms (Linux only), and each process's own high-water mark
// (VmHWM, kept by the kernel, so a peak between two samples is not missed) is read; the
// stage's peak is the sum of its processes' marks — never below the real peak, and equal to
// it when one process dominates, as the Pagefind binary does.
//
// CPU time is read from the same samples (utime + stime, and cutime + cstime of children
// already reaped): the machine is shared, so wall time stretches with whatever else runs, while
// the CPU time a stage needs does not. Growth exponents are computed on CPU time.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessPeak {
  pid: number;
  name: string;
  /** VmHWM in bytes */
  peak: number;
}

export interface StageRun {
  ms: number;
  /** CPU time of the whole process tree, ms */
  cpuMs: number;
  /** sum of the processes' high-water marks, bytes */
  peak: number;
  processes: ProcessPeak[];
  output: string;
  code: number;
}

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICK_MS = 10;

interface ProcStatus {
  name: string;
  ppid: number;
  hwm: number;
  /** own CPU time and that of reaped children, ms */
  cpu: number;
}

function readStatus(pid: number): ProcStatus | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const field = (key: string) => new RegExp(`^${key}:\\s*(.+)$`, 'm').exec(status)?.[1]?.trim();
    const kb = (v: string | undefined) => (v ? Number(v.replace(/\s*kB$/, '')) * 1024 : 0);
    // Fields after the command name (which may hold spaces, hence the last ')'): utime is the 14th field.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpu = (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) * TICK_MS;
    return { name: field('Name') ?? '?', ppid: Number(field('PPid')), hwm: kb(field('VmHWM')), cpu };
  } catch {
    return null; // exited between listing and reading
  }
}

/** The pids of `root` and all its descendants now. */
function tree(root: number): Map<number, ProcStatus> {
  const all = new Map<number, ProcStatus>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const s = readStatus(Number(entry));
    if (s) all.set(Number(entry), s);
  }
  const out = new Map<number, ProcStatus>();
  const visit = (pid: number) => {
    const s = all.get(pid);
    if (!s || out.has(pid)) return;
    out.set(pid, s);
    for (const [child, c] of all) if (c.ppid === pid) visit(child);
  };
  visit(root);
  return out;
}

/** Run `command args` in `cwd` (at low priority: the machine is shared), sampling its memory. */
export function runStage(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<StageRun> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn('nice', ['-n', '10', command, ...args], {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const peaks = new Map<number, ProcessPeak>();
    let cpuMs = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      const now = tree(child.pid);
      for (const [pid, p] of now) {
        const seen = peaks.get(pid);
        if (!seen || p.hwm > seen.peak) peaks.set(pid, { pid, name: p.name, peak: p.hwm });
      }
      // A child's time moves into its parent's cutime when reaped: the sum over the live tree only grows.
      cpuMs = Math.max(
        cpuMs,
        [...now.values()].reduce((n, p) => n + p.cpu, 0),
      );
    };
    const timer = setInterval(sample, 100);
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const processes = [...peaks.values()].filter((p) => p.name !== 'nice');
      resolve({
        ms: performance.now() - start,
        cpuMs,
        peak: processes.reduce((n, p) => n + p.peak, 0),
        processes,
        output,
        code: code ?? 1,
      });
    });
  });
}

/**
 * The growth exponent k of a cost between two sizes: cost ∝ size^k. 1 is linear; a stage that
 * re-reads the whole corpus for every page is 2.
 */
export function growthExponent(size1: number, cost1: number, size2: number, cost2: number): number {
  return Math.log(cost2 / cost1) / Math.log(size2 / size1);
}

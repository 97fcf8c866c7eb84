import { readdirSync, readFileSync } from 'node:fs';

/** CPU seconds used so far by this process, the sandbox's process and every PostgreSQL process. */
export interface CpuSample {
  engine: number;
  sandbox: number;
  postgres: number;
}

const TICKS_PER_SECOND = 100;

// utime + stime of /proc/<pid>/stat, in seconds; 0 once the process is gone.
function procSeconds(pid: number | string): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

function postgresSeconds(): number {
  let total = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres')
        total += procSeconds(pid);
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

export function sampleCpu(sandboxPid: number | undefined): CpuSample {
  const own = process.cpuUsage();
  return {
    engine: (own.user + own.system) / 1e6,
    sandbox: sandboxPid === undefined ? 0 : procSeconds(sandboxPid),
    postgres: postgresSeconds(),
  };
}

/** CPU milliseconds per page of 100 charges spent by each process between two samples. */
export function cpuPerPage(from: CpuSample, to: CpuSample, charges: number): string {
  const pages = charges / 100;
  const ms = (seconds: number): string => ((seconds * 1000) / pages).toFixed(1);
  return (
    `CPU per page: engine ${ms(to.engine - from.engine)} ms, sandbox ${ms(to.sandbox - from.sandbox)} ms` +
    (to.postgres > from.postgres ? `, PostgreSQL ${ms(to.postgres - from.postgres)} ms` : '')
  );
}

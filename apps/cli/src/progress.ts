import { Presets, SingleBar } from 'cli-progress';

export interface Progress {
  update(done: number, total: number): void;
  stop(summary: string): void;
}

/**
 * A progress bar on stderr when it is a terminal; elsewhere (a pipe, a test) only the summary line, so
 * stdout stays the command's answer.
 */
export function progressBar(title: string): Progress {
  const bar = process.stderr.isTTY
    ? new SingleBar(
        {
          format: `${title.padEnd(14)} [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left`,
          hideCursor: true,
        },
        Presets.shades_classic,
      )
    : undefined;
  let started = false;
  return {
    update(done, total) {
      if (!bar) return;
      if (!started) {
        bar.start(total, done);
        started = true;
      } else {
        bar.setTotal(total);
        bar.update(done);
      }
    },
    stop(summary) {
      if (bar && started) bar.stop();
      process.stderr.write(`${title}: ${summary}\n`);
    },
  };
}

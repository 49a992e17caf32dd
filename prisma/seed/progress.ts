import type { SeedProgress } from "./airtouch";

const WIDTH = 28;

function formatCount(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

/** A one-line text progress bar: redrawn in place with \r on a terminal, one line per 10%
 * otherwise (CI logs). Returns the onProgress callback and a `finish` to end the line. */
export function createProgressBar(label: string, stream: NodeJS.WriteStream = process.stderr) {
  const tty = Boolean(stream.isTTY);
  let lastDraw = 0;
  let lastTenth = -1;
  let drawn = false;

  const line = (p: SeedProgress) => {
    const ratio = p.total === 0 ? 1 : p.processed / p.total;
    const filled = Math.round(ratio * WIDTH);
    const seconds = p.elapsedMs / 1000;
    const rate = seconds > 0 ? p.stored / seconds : 0;
    return `${label} [${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${String(Math.floor(ratio * 100)).padStart(3)}%  ${formatCount(p.processed)}/${formatCount(p.total)} messages  ${formatCount(rate)} events/s`;
  };

  return {
    update(p: SeedProgress) {
      if (tty) {
        const now = Date.now();
        if (now - lastDraw < 100 && p.processed < p.total) return;
        lastDraw = now;
        stream.write(`\r${line(p)}\x1b[K`);
        drawn = true;
        return;
      }
      const tenth = p.total === 0 ? 10 : Math.floor((p.processed / p.total) * 10);
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      stream.write(`${line(p)}\n`);
    },
    finish() {
      if (tty && drawn) stream.write("\n");
    },
  };
}

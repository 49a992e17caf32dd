/** Lets queued promise callbacks run (a few microtask turns). */
export const settle = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

/** Timers that run only when the test advances time, for the widget runtime's schedulers. */
export class FakeClock {
  t: number;
  private timers: { id: number; at: number; fn: () => void }[] = [];
  private nextId = 1;
  constructor(start = 0) {
    this.t = start;
  }
  now = () => this.t;
  setTimer = (fn: () => void, ms: number) => {
    const id = this.nextId++;
    this.timers.push({ id, at: this.t + ms, fn });
    return id;
  };
  clearTimer = (id: unknown) => {
    this.timers = this.timers.filter((x) => x.id !== id);
  };
  async advance(ms: number) {
    const end = this.t + ms;
    for (;;) {
      await settle();
      const due = this.timers.filter((x) => x.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers = this.timers.filter((x) => x !== due);
      this.t = Math.max(this.t, due.at);
      due.fn();
    }
    this.t = end;
    await settle();
  }
}

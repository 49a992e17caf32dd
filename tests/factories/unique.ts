import { randomBytes } from "node:crypto";

let counter = 0;

/** Short, unique across parallel workers and runs: process id, counter, random bytes. */
export function unique(prefix = ""): string {
  counter += 1;
  return `${prefix}${process.pid.toString(36)}${counter.toString(36)}${randomBytes(3).toString("hex")}`;
}

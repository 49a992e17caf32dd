import { describe, expect, it } from "vitest";
import { createConcurrencyLimit } from "../../server/auth/concurrency-limit";
import { passwordHashing, verifyPassword } from "../../server/auth/password";
import { TEST_PASSWORD, TEST_PASSWORD_HASH } from "../factories/users";

describe("a concurrency limit", () => {
  it("runs at most `max` tasks at once, in arrival order, and passes results and errors through", async () => {
    const limit = createConcurrencyLimit(3);
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const task = (i: number) => async () => {
      started.push(i);
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5 + (i % 3)));
      running -= 1;
      if (i === 7) throw new Error("seven");
      return i * 2;
    };
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => limit.run(task(i))));
    expect(peak).toBe(3);
    expect(started).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(results[7]).toMatchObject({ status: "rejected", reason: { message: "seven" } });
    expect(results[8]).toEqual({ status: "fulfilled", value: 16 });
    expect([limit.running, limit.waiting]).toEqual([0, 0]);
  });

  it("refuses a limit below one", () => {
    expect(() => createConcurrencyLimit(0)).toThrow(/positive integer/);
  });
});

describe("password hashing is capped", () => {
  it("N concurrent verifications never run more than the cap's scrypt calls at once", async () => {
    const n = 6;
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, passwordHashing.running)), 5);
    const all = Promise.all(Array.from({ length: n }, () => verifyPassword(TEST_PASSWORD, TEST_PASSWORD_HASH)));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(passwordHashing.running).toBe(passwordHashing.max);
    expect(passwordHashing.waiting).toBe(n - passwordHashing.max);
    expect(await all).toEqual(Array.from({ length: n }, () => true));
    clearInterval(sampler);
    expect(peak).toBeLessThanOrEqual(passwordHashing.max);
    expect(passwordHashing.max).toBe(2);
  }, 30_000);
});

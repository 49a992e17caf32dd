import { spawnSync } from "node:child_process";
import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { SIGNING_EXAMPLES } from "../../components/settings/signing-examples";
import { userHashFor, verifyUserHash } from "../../server/identity/verify-user-hash";

const SECRET = "cis_test-secret";
const USER_ID = "user-42 é";
const code = (language: string) => SIGNING_EXAMPLES.find((e) => e.language === language)!.code;
const python = spawnSync("python3", ["--version"]).status === 0;

describe("the Install page's signing examples", () => {
  it("cover Node, Python, Ruby, PHP and Go", () => {
    expect(SIGNING_EXAMPLES.map((e) => e.language)).toEqual(["Node.js", "Python", "Ruby", "PHP", "Go"]);
    for (const e of SIGNING_EXAMPLES) expect(e.code).toMatch(/CAIRN_IDENTITY_SECRET/);
  });

  it("the server's hash is HMAC-SHA256 hex, and the verifier takes it in either case", () => {
    const expected = createHmac("sha256", SECRET).update(USER_ID, "utf8").digest("hex");
    expect(userHashFor(SECRET, USER_ID)).toBe(expected);
    const check = (userHash: string) =>
      verifyUserHash({ userId: USER_ID, userHash, secrets: [SECRET], now: new Date() });
    expect(check(expected)).toBe(true);
    expect(check(expected.toUpperCase())).toBe(true);
    expect(check(userHashFor(SECRET, "user-43"))).toBe(false);
    expect(check("")).toBe(false);
  });

  it.runIf(python)("the Python example computes the same hash", () => {
    const script = `class U: id = ${JSON.stringify(USER_ID)}\nuser = U()\n${code("Python")}\nprint(user_hash)`;
    const run = spawnSync("python3", ["-c", script], { env: { ...process.env, CAIRN_IDENTITY_SECRET: SECRET } });
    expect(run.stderr.toString()).toBe("");
    expect(run.stdout.toString().trim()).toBe(userHashFor(SECRET, USER_ID));
  });
});

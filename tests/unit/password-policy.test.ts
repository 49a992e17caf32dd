import { describe, expect, it } from "vitest";
import { passwordProblem } from "../../server/auth/password-policy";
import { ZNewPassword } from "../../server/workspaces/schemas";

describe("the password policy", () => {
  it.each([
    ["12345678", /at least 10/],
    ["          ", /at least 10/],
    ["  abc123   \t ", /at least 10/],
    ["1234567890", /most common/],
    ["qwertyuiop", /most common/],
    ["Password123", /most common/],
    ["  iloveyou12  ", /most common|at least 10/],
    ["ada@cairn.test", /email/],
  ])("refuses %j", (password, why) => {
    expect(passwordProblem(password, { email: "ada@cairn.test" })).toMatch(why);
  });

  it.each(["correct horse battery", "cairn-test-password", "Tr0ub4dor&3xyz"])("accepts %j", (password) => {
    expect(passwordProblem(password)).toBeNull();
  });

  it("the forms' schema checks the length the same way (spaces at the ends don't count)", () => {
    expect(ZNewPassword.safeParse("          ").success).toBe(false);
    expect(ZNewPassword.safeParse("  short12  ").success).toBe(false);
    expect(ZNewPassword.safeParse("long enough").success).toBe(true);
  });
});

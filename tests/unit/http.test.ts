import { describe, expect, it } from "vitest";
import { AppError } from "../../server/errors";
import { errorResponse, parseJsonBody, readBodyText } from "../../server/http/responses";
import { presentedKey } from "../../server/http/write-key";

const basic = (user: string) => `Basic ${Buffer.from(user).toString("base64")}`;
const req = (headers: Record<string, string> = {}, body?: string) =>
  new Request("http://cairn.test/api/v1/batch", { method: "POST", headers, body });

describe("presentedKey", () => {
  it("reads Segment's Basic auth (key as user name, empty password)", () => {
    expect(presentedKey(req({ authorization: basic("cwk_abc:") }), {})).toBe("cwk_abc");
    expect(presentedKey(req({ authorization: basic("cwk_abc") }), {})).toBe("cwk_abc");
    expect(presentedKey(req({ authorization: `basic ${Buffer.from("cwk_abc:").toString("base64")}` }), {})).toBe(
      "cwk_abc",
    );
  });
  it("reads a Bearer token, an X-Write-Key header, or a writeKey body field", () => {
    expect(presentedKey(req({ authorization: "Bearer cwk_b" }), {})).toBe("cwk_b");
    expect(presentedKey(req({ "x-write-key": " cwk_h " }), {})).toBe("cwk_h");
    expect(presentedKey(req(), { writeKey: "cwk_body" })).toBe("cwk_body");
  });
  it("prefers the Authorization header, then X-Write-Key, then the body", () => {
    expect(
      presentedKey(req({ authorization: basic("cwk_a:"), "x-write-key": "cwk_h" }), { writeKey: "cwk_body" }),
    ).toBe("cwk_a");
    expect(presentedKey(req({ "x-write-key": "cwk_h" }), { writeKey: "cwk_body" })).toBe("cwk_h");
  });
  it("falls through an empty Basic user name", () => {
    expect(presentedKey(req({ authorization: basic(":secret"), "x-write-key": "cwk_h" }), {})).toBe("cwk_h");
  });
  it("is null when no key is presented", () => {
    expect(presentedKey(req(), {})).toBeNull();
    expect(presentedKey(req(), null)).toBeNull();
    expect(presentedKey(req(), { writeKey: 42 })).toBeNull();
  });
});

describe("readBodyText", () => {
  it("reads a body within the limit", async () => {
    expect(await readBodyText(req({}, "hello"), 10)).toBe("hello");
    expect(await readBodyText(new Request("http://x/", { method: "POST" }), 10)).toBe("");
  });
  it("stops past the limit even when Content-Length is missing or lies", async () => {
    await expect(readBodyText(req({}, "x".repeat(11)), 10)).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    await expect(readBodyText(req({ "content-length": "1" }, "x".repeat(11)), 10)).rejects.toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
    });
  });
  it("refuses a declared length past the limit before reading", async () => {
    await expect(readBodyText(req({ "content-length": "11" }, "x"), 10)).rejects.toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
    });
  });
});

describe("parseJsonBody", () => {
  it("parses JSON and refuses empty or malformed text as BAD_REQUEST", () => {
    expect(parseJsonBody('{"a":1}')).toEqual({ a: 1 });
    expect(() => parseJsonBody("  ")).toThrow(AppError);
    expect(() => parseJsonBody("{oops")).toThrow(/Malformed JSON/);
  });
});

describe("errorResponse", () => {
  it("maps AppError codes to statuses with a JSON body", async () => {
    const res = errorResponse(new AppError("PAYLOAD_TOO_LARGE", "too big"));
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: { code: "PAYLOAD_TOO_LARGE", message: "too big" } });
  });
  it("maps Prisma's unique violation to 409", () => {
    expect(errorResponse(Object.assign(new Error("unique"), { code: "P2002" })).status).toBe(409);
  });
});

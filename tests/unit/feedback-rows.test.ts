// Pure parts of an inbox row (server/feedback/feedback-rows.ts): the author's name and email from
// Segment-style traits, the account's plan, and which NPS answer classifies the feedback.
import { describe, expect, it } from "vitest";
import { npsReading, personFromTraits } from "../../server/feedback/feedback-rows";
import { planOf } from "../../server/audience/traits";
import { feedbackSearchText } from "../../server/feedback/search-text";

describe("personFromTraits", () => {
  it("prefers name, then firstName + lastName", () => {
    expect(personFromTraits({ name: " Ada Lovelace ", email: "ada@x.test" })).toEqual({
      name: "Ada Lovelace",
      email: "ada@x.test",
    });
    expect(personFromTraits({ firstName: "Bob", lastName: "Builder" })).toEqual({ name: "Bob Builder", email: null });
    expect(personFromTraits({ firstName: "Cher" })).toEqual({ name: "Cher", email: null });
  });

  it("ignores empty or odd values", () => {
    expect(personFromTraits({ name: "   ", email: 42 })).toEqual({ name: null, email: "42" });
    expect(personFromTraits(null)).toEqual({ name: null, email: null });
    expect(personFromTraits(["a"])).toEqual({ name: null, email: null });
    expect(personFromTraits({ name: { first: "x" } })).toEqual({ name: null, email: null });
  });
});

describe("planOf", () => {
  it("reads the plan trait as text", () => {
    expect(planOf({ plan: "pro" })).toBe("pro");
    expect(planOf({ plan: 3 })).toBe("3");
    expect(planOf({})).toBeNull();
  });
});

describe("npsReading", () => {
  it("a verbatim of an NPS survey is classified by its own score", () => {
    expect(npsReading({ kind: "nps", score: 9 }, 2)).toEqual({
      score: 9,
      category: "promoter",
      fromThisResponse: true,
    });
  });

  it("other feedback by the author's latest NPS answer", () => {
    expect(npsReading(null, 7)).toEqual({ score: 7, category: "passive", fromThisResponse: false });
    expect(npsReading({ kind: "csat", score: 5 }, 0)).toEqual({
      score: 0,
      category: "detractor",
      fromThisResponse: false,
    });
  });

  it("nothing to go by: no reading", () => {
    expect(npsReading({ kind: "open", score: null }, null)).toBeNull();
    expect(npsReading(null, null)).toBeNull();
  });
});

describe("search text", () => {
  it("holds text, category, tags, author and account, accent- and case-free", () => {
    expect(
      feedbackSearchText({
        text: "Éditeur LENT",
        category: "problem",
        tags: ["perf"],
        author: ["u-1", "Zoë", null],
        accountName: "Acme",
      }),
    ).toBe("editeur lent • problem • perf • u-1 • zoe • acme");
  });
});

// Feedback.searchText: what the inbox's search box matches, on SQLite and PostgreSQL alike (a
// lower-cased `contains` on one column, each word of the query must match). Rebuilt whenever the
// text, tags or author change.

export function normalizeForSearch(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

export function feedbackSearchText(parts: {
  text: string;
  category?: string | null;
  tags?: readonly string[];
  /** The author's external id, name and email when known. */
  author?: readonly (string | null | undefined)[];
  accountName?: string | null;
}): string {
  const all = [
    parts.text,
    parts.category ?? "",
    ...(parts.tags ?? []),
    ...(parts.author ?? []),
    parts.accountName ?? "",
  ];
  return normalizeForSearch(all.filter((p) => p && p.trim() !== "").join(" \u2022 "));
}

/** The words of a search query, normalized as searchText is (empty query → no words). */
export function searchTerms(query: string): string[] {
  return normalizeForSearch(query)
    .split(" ")
    .filter((w) => w.length > 0)
    .slice(0, 8);
}

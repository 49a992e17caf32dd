// A People list's own state in the URL (?q=&sort=&dir=&page=), beside the Adoption filter's
// parameters (components/adoption/filter-params.ts), so a sorted, searched page can be shared.

export type Dir = "asc" | "desc";
export type ListState<S extends string> = { q: string; sort: S; dir: Dir; page: number };

export function listStateFromParams<S extends string>(
  params: URLSearchParams,
  sorts: readonly S[],
  defaults: { sort: S; dir: Dir },
): ListState<S> {
  const sort = params.get("sort");
  const dir = params.get("dir");
  const page = Number(params.get("page"));
  return {
    q: params.get("q") ?? "",
    sort: sorts.includes(sort as S) ? (sort as S) : defaults.sort,
    dir: dir === "asc" || dir === "desc" ? dir : defaults.dir,
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
  };
}

/** The state written over `base` (other parameters kept); page 1 and an empty search are left out. */
export function listStateToParams<S extends string>(state: ListState<S>, base?: URLSearchParams): URLSearchParams {
  const q = new URLSearchParams(base);
  for (const key of ["q", "sort", "dir", "page"]) q.delete(key);
  if (state.q.trim()) q.set("q", state.q);
  q.set("sort", state.sort);
  q.set("dir", state.dir);
  if (state.page > 1) q.set("page", String(state.page));
  return q;
}

/** Clicking a column: the same column flips its direction; another starts at `firstDir`
 * (descending for counts and dates, where the biggest and latest are what one looks for). */
export function nextSort<S extends string>(
  state: ListState<S>,
  sort: S,
  firstDir: Dir,
): Pick<ListState<S>, "sort" | "dir" | "page"> {
  if (state.sort === sort) return { sort, dir: state.dir === "asc" ? "desc" : "asc", page: 1 };
  return { sort, dir: firstDir, page: 1 };
}

/** "1–50 of 1,234" */
export function rangeLabel(page: number, pageSize: number, total: number): string {
  if (total === 0) return "0 of 0";
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const f = (n: number) => n.toLocaleString("en-US");
  return first > total ? `none of ${f(total)}` : `${f(first)}–${f(last)} of ${f(total)}`;
}

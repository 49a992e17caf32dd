// GET /api/workspaces/[slug]/surveys/[id]/responses.csv?from=&to=&persona=&plan=&trait=&value=
// for the report page's "Download CSV". Authenticated like the tRPC context: a next-auth session
// (401 without one), then the caller's membership of the workspace by slug (404 for a
// non-member, so other workspaces stay invisible). Reading responses needs no more than membership.
import { AppError, zodIssues } from "../../errors";
import type { ApiDeps } from "../../http/deps";
import { errorResponse } from "../../http/responses";
import type { SessionUser } from "../../auth/session";
import { findMembershipBySlug } from "../../workspaces/workspaces";
import { scopedDb } from "../../tenant";
import { exportResponsesCsv } from "../export-csv";
import { ZSurveyReportFilters } from "./schemas";

/** The REST deps plus the session's user (this route is signed-in, not keyed). */
export type CsvDeps = ApiDeps & { getUser: () => Promise<SessionUser | null> };

/** The report page's query parameters → the report's filters (empty ones are absent). */
export function filtersFromQuery(surveyId: string, params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = { surveyId };
  const map: [string, string][] = [
    ["from", "from"],
    ["to", "to"],
    ["persona", "personaId"],
    ["plan", "plan"],
    ["trait", "traitKey"],
    ["value", "traitValue"],
  ];
  for (const [param, key] of map) {
    const v = params.get(param);
    if (v !== null && v.trim() !== "") out[key] = v;
  }
  return out;
}

/** RFC 6266: an ASCII fallback name and the exact one, percent-encoded. */
function contentDisposition(filename: string): string {
  return `attachment; filename="${filename.replace(/[^\x20-\x7e]|"/g, "_")}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export async function handleResponsesCsv(
  request: Request,
  params: { slug: string; id: string },
  deps: CsvDeps,
): Promise<Response> {
  try {
    const user = await deps.getUser();
    if (!user) throw new AppError("UNAUTHORIZED", "Sign in first.");
    const membership = await findMembershipBySlug({ db: deps.db, userId: user.id, slug: params.slug });
    if (!membership) throw new AppError("NOT_FOUND", "Workspace not found.");
    const parsed = ZSurveyReportFilters.safeParse(filtersFromQuery(params.id, new URL(request.url).searchParams));
    if (!parsed.success) {
      const issues = zodIssues(parsed.error);
      throw new AppError(
        "BAD_REQUEST",
        `Invalid filters: ${issues.map((i) => `${i.path || "query"}: ${i.message}`).join("; ")}.`,
        issues,
      );
    }
    const { filename, body } = await exportResponsesCsv({
      db: scopedDb(deps.db, membership.id),
      dialect: deps.dialect,
      workspace: { id: membership.id, timeZone: membership.timeZone },
      filters: parsed.data,
      now: deps.now(),
    });
    return new Response(body, {
      status: 200,
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": contentDisposition(filename),
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}

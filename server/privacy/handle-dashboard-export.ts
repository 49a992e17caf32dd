// GET /api/workspaces/[slug]/privacy/export?userId=… for Settings → Privacy's "Download export".
// Authenticated like the tRPC context: a next-auth session (401 without one), the caller's
// membership by slug (404 for a non-member), then the privacy.manage permission (403).
import { memberActor } from "../audit/record-audit";
import type { SessionUser } from "../auth/session";
import { AppError, invalidInput } from "../errors";
import type { ApiDeps } from "../http/deps";
import { requestIp } from "../http/request-ip";
import { errorResponse } from "../http/responses";
import { scopedDb } from "../tenant";
import { findMembershipBySlug } from "../workspaces/workspaces";
import { endUserExportStream } from "./export-end-user";
import { exportResponse } from "./export-response";
import { recordExport } from "./record-export";
import { ZEndUserInput } from "./schemas";

export type SessionDeps = ApiDeps & { getUser: () => Promise<SessionUser | null> };

export async function handleDashboardExport(request: Request, params: { slug: string }, deps: SessionDeps) {
  try {
    const user = await deps.getUser();
    if (!user) throw new AppError("UNAUTHORIZED", "Sign in first.");
    const membership = await findMembershipBySlug({ db: deps.db, userId: user.id, slug: params.slug });
    if (!membership) throw new AppError("NOT_FOUND", "Workspace not found.");
    if (!membership.permissions.includes("privacy.manage"))
      throw new AppError("FORBIDDEN", `Your role (${membership.role}) cannot do this (privacy.manage).`);
    const parsed = ZEndUserInput.safeParse({ userId: new URL(request.url).searchParams.get("userId") ?? "" });
    if (!parsed.success) throw invalidInput("query", parsed.error);
    const externalId = parsed.data.userId;
    const db = scopedDb(deps.db, membership.id);
    const body = await endUserExportStream({ db, workspaceId: membership.id, externalId, now: deps.now() });
    await recordExport(db, {
      workspaceId: membership.id,
      externalId,
      actor: memberActor(user),
      ip: requestIp(request),
    });
    return exportResponse(externalId, body);
  } catch (error) {
    return errorResponse(error);
  }
}

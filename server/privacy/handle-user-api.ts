import { NO_STORE } from "../http/responses";
import { requestIp } from "../http/request-ip";
import { withWriteKey } from "../http/with-write-key";
import { scopedDb } from "../tenant";
import { eraseEndUser } from "./erase-end-user";
import { endUserExportStream } from "./export-end-user";
import { keyActor } from "./key-actor";
import { recordExport } from "./record-export";
import { userIdFromPath } from "./user-path";
import { exportResponse } from "./export-response";

// The secret-key API for a host's own servers (data-subject requests): the public write key is
// refused with 403, another workspace's key does not find the user (404).

/** GET /api/v1/users/{userId}/export: everything stored about the user, as one JSON document. */
export const handleUserExport = withWriteKey(
  { query: (_query: unknown) => null, allowSecret: "only", headers: NO_STORE },
  async ({ deps, owner, workspace, request }) => {
    const externalId = userIdFromPath(request);
    const db = scopedDb(deps.db, workspace.id);
    const body = await endUserExportStream({ db, workspaceId: workspace.id, externalId, now: deps.now() });
    await recordExport(db, {
      workspaceId: workspace.id,
      externalId,
      actor: await keyActor(db, owner),
      ip: requestIp(request),
    });
    return exportResponse(externalId, body);
  },
);

/** DELETE /api/v1/users/{userId}: erases the user; the reply counts what went. */
export const handleUserErase = withWriteKey(
  { query: (_query: unknown) => null, allowSecret: "only", headers: NO_STORE },
  async ({ deps, owner, workspace, request }) => {
    const db = scopedDb(deps.db, workspace.id);
    return eraseEndUser({
      db,
      workspaceId: workspace.id,
      externalId: userIdFromPath(request),
      actor: await keyActor(db, owner),
      ip: requestIp(request),
    });
  },
);

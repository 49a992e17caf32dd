import { permissionProcedure, router } from "../init";
import { can } from "../../workspaces/permissions";
import { getInstallStatus } from "../../install/install-status";
import { ZInstallStatus } from "../../install/schemas";

export const installRouter = router({
  /** Polled by the Install page until the three milestones are in. */
  status: permissionProcedure("workspace.read")
    .output(ZInstallStatus)
    .query(({ ctx }) =>
      getInstallStatus({ db: ctx.wdb, workspaceId: ctx.workspace.id, showKeys: can(ctx.role, "keys.read") }),
    ),
});

import { reportArgs, router, workspaceProcedure } from "../init";
import { getAccount } from "../../people/get-account";
import { getUser } from "../../people/get-user";
import { listAccounts } from "../../people/list-accounts";
import { listUsers } from "../../people/list-users";
import { getUserEvents } from "../../people/user-events";
import {
  ZAccountDetail,
  ZAccountsInput,
  ZAccountsPage,
  ZIdInput,
  ZUserDetail,
  ZUserEvents,
  ZUserEventsInput,
  ZUsersInput,
  ZUsersPage,
} from "../../people/schemas";

// The Users and Accounts pages only read, so every member (viewers included) may see them.
export const peopleRouter = router({
  users: workspaceProcedure
    .input(ZUsersInput)
    .output(ZUsersPage)
    .query(({ ctx, input }) => listUsers(reportArgs(ctx, input))),
  user: workspaceProcedure
    .input(ZIdInput)
    .output(ZUserDetail)
    .query(({ ctx, input }) => getUser(reportArgs(ctx, input))),
  userEvents: workspaceProcedure
    .input(ZUserEventsInput)
    .output(ZUserEvents)
    .query(({ ctx, input }) => getUserEvents({ db: ctx.wdb, workspaceId: ctx.workspace.id, input })),
  accounts: workspaceProcedure
    .input(ZAccountsInput)
    .output(ZAccountsPage)
    .query(({ ctx, input }) => listAccounts(reportArgs(ctx, input))),
  account: workspaceProcedure
    .input(ZIdInput)
    .output(ZAccountDetail)
    .query(({ ctx, input }) => getAccount(reportArgs(ctx, input))),
});

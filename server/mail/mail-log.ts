import type { Db } from "../db";
import { listOutbox } from "./outbox";

/** The mail log: the operator's view of the whole instance's outbox (the instanceAdminProcedure
 * checks who may call it). Never a user's inbox: mail to an address proves nothing about who
 * signed up with it. Secret links show only until the mail is delivered. */
export function listMailLog(args: { db: Db }) {
  return listOutbox({ db: args.db });
}

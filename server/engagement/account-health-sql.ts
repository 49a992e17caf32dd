import { raw, type Sql } from "../sql/fragments";
import { AT_RISK_SCORE, DROP_POINTS } from "./account-health";

/** healthOf in SQL, over the column expressions of the accounts query. */
export function healthSql(c: { users: string; activeUsers: string; score: string; previous: string }): Sql {
  return raw(`(CASE WHEN ${c.activeUsers} = 0 THEN 'dormant'
    WHEN ${c.score} IS NOT NULL AND (${c.score} < ${AT_RISK_SCORE}
      OR (${c.previous} IS NOT NULL AND ROUND((${c.previous} - ${c.score}) * 10) >= ${10 * DROP_POINTS})) THEN 'at_risk'
    WHEN ${c.users} > 0 AND 4 * ${c.activeUsers} <= ${c.users} THEN 'at_risk'
    ELSE 'healthy' END)`);
}

import { router } from "../init";

export const surveyReportRouter = router({});

import { router } from "../init";

export const surveyRouter = router({});

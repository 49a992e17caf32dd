import { router } from "../init";

export const feedbackRouter = router({});

import { router } from "../init";

export const roadmapRouter = router({});

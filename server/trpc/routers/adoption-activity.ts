import { router } from "../init";

// Adoption reports only read, so every member (viewers included) may see them.
export const adoptionActivityRouter = router({});

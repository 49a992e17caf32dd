import { createCallerFactory, router } from "./init";
import { accountRouter } from "./routers/account";
import { apiKeyRouter } from "./routers/api-key";
import { checklistRouter } from "./routers/checklist";
import { featureRouter } from "./routers/feature";
import { onboardingReportRouter } from "./routers/onboarding-report";
import { personaRouter } from "./routers/persona";
import { workspaceRouter } from "./routers/workspace";

export const appRouter = router({
  account: accountRouter,
  workspace: workspaceRouter,
  apiKey: apiKeyRouter,
  persona: personaRouter,
  feature: featureRouter,
  checklist: checklistRouter,
  onboardingReport: onboardingReportRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);

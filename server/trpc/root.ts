import { createCallerFactory, router } from "./init";
import { accountRouter } from "./routers/account";
import { adoptionRouter } from "./routers/adoption";
import { adoptionActivityRouter } from "./routers/adoption-activity";
import { adoptionFeaturesRouter } from "./routers/adoption-features";
import { apiKeyRouter } from "./routers/api-key";
import { auditRouter } from "./routers/audit";
import { checklistRouter } from "./routers/checklist";
import { featureRouter } from "./routers/feature";
import { funnelRouter } from "./routers/funnel";
import { homeRouter } from "./routers/home";
import { northStarRouter } from "./routers/north-star";
import { identityRouter } from "./routers/identity";
import { installRouter } from "./routers/install";
import { engagementRouter } from "./routers/engagement";
import { jobRouter } from "./routers/job";
import { feedbackRouter } from "./routers/feedback";
import { onboardingReportRouter } from "./routers/onboarding-report";
import { peopleRouter } from "./routers/people";
import { personaRouter } from "./routers/persona";
import { quotasRouter } from "./routers/quotas";
import { privacyRouter } from "./routers/privacy";
import { roadmapRouter } from "./routers/roadmap";
import { surveyRouter } from "./routers/survey";
import { surveyReportRouter } from "./routers/survey-report";
import { workspaceRouter } from "./routers/workspace";

export const appRouter = router({
  account: accountRouter,
  workspace: workspaceRouter,
  apiKey: apiKeyRouter,
  identity: identityRouter,
  install: installRouter,
  engagement: engagementRouter,
  quotas: quotasRouter,
  persona: personaRouter,
  feature: featureRouter,
  checklist: checklistRouter,
  onboardingReport: onboardingReportRouter,
  survey: surveyRouter,
  surveyReport: surveyReportRouter,
  feedback: feedbackRouter,
  roadmap: roadmapRouter,
  audit: auditRouter,
  privacy: privacyRouter,
  job: jobRouter,
  adoption: adoptionRouter,
  adoptionFeatures: adoptionFeaturesRouter,
  adoptionActivity: adoptionActivityRouter,
  funnel: funnelRouter,
  northStar: northStarRouter,
  home: homeRouter,
  people: peopleRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);

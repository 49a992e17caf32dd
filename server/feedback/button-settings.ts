import { workspaceJsonSetting } from "../workspaces/json-setting";
import { readFeedbackButton } from "./button-config";

const setting = workspaceJsonSetting("feedbackButton", readFeedbackButton);

export const getFeedbackButton = setting.get;
/** Stores the whole setting (validated with ZFeedbackButton); the widget picks it up on its next state fetch. */
export const updateFeedbackButton = setting.update;

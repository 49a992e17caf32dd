// Entry of /sdk/voice.<hash>.js, a lazy chunk (esbuild bundles it into an IIFE): surveys (when to
// ask, and the card) and the feedback button and panel, registered with the core that injected it
// (chunks.ts). The core loads it once the first state is on screen.
import { CHUNK_API, type ChunkRegistry, type Kit, type VoiceChunk } from "../chunk-api";
import { FeedbackController } from "./feedback-controller";
import { VOICE_CSS } from "./styles";
import { SurveyController } from "./survey-controller";

(function () {
  try {
    const register = (window as { cairn?: { _c?: ChunkRegistry } }).cairn?._c;
    if (typeof register !== "function") return;
    register("voice", CHUNK_API, (kit: Kit): VoiceChunk => {
      kit.addStyles(VOICE_CSS);
      const feedback = new FeedbackController(kit);
      return { survey: new SurveyController(kit, () => feedback.isOpen()), feedback };
    });
  } catch (e) {
    console.error("[cairn]", e);
  }
})();

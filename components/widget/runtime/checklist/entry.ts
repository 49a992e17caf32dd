// Entry of /sdk/checklist.<hash>.js, a lazy chunk (esbuild bundles it into an IIFE): the panel
// and the role question card. The core requests it once a user is identified, alongside the
// state request, so on a first visit the panel usually opens with the launcher.
import { CHUNK_API, type ChecklistChunk, type ChunkRegistry, type Kit } from "../chunk-api";
import { checklistChunk } from "./chunk";
import { CHECKLIST_CSS } from "./styles";

(function () {
  try {
    const register = (window as { cairn?: { _c?: ChunkRegistry } }).cairn?._c;
    if (typeof register !== "function") return;
    register("checklist", CHUNK_API, (kit: Kit): ChecklistChunk => {
      kit.addStyles(CHECKLIST_CSS);
      return checklistChunk(kit);
    });
  } catch (e) {
    console.error("[cairn]", e);
  }
})();

// Entry of /sdk/loader.js; scripts/build-widget.ts defines the runtime's hashed file name.
import { runLoader } from "./loader";

declare const __CAIRN_RUNTIME__: string;

try {
  runLoader(window as unknown as Parameters<typeof runLoader>[0], document, __CAIRN_RUNTIME__);
} catch (e) {
  console.error("[cairn]", e);
}

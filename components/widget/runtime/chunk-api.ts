import type {
  SurveyTriggerContext,
  VoiceMessage,
  WidgetLocale,
  WidgetState,
} from "../../../server/contract/widget-protocol";
import type { ChecklistHandlers, ChecklistScreen } from "./checklist/view";
import type { El } from "./dom";
import type { Queue } from "./queue";

// The contract between the core (cairn.js) and its lazy chunks (voice.js, …): separate bundles,
// so they share no module state and meet only through these shapes. A chunk registers a factory
// with window.cairn._c(name, CHUNK_API, factory); the core calls it with a Kit.
// docs/decisions/widget-chunks.md

/** Bumped whenever Kit or a chunk's controllers change shape: a core cached from an earlier
 * deploy that meets a newer chunk at its stable URL ignores it rather than misusing it. */
export const CHUNK_API = 3;

export type ChunkFactory<C = unknown> = (kit: Kit) => C;
export type ChunkRegistry = (name: string, api: number, factory: ChunkFactory) => void;

/** What a controller puts on screen: nodes for the card slot (one card at a time: the first
 * controller's wins), the free nodes (panels, edge buttons) and the bottom-right dock. */
export type Slots = { card?: Node | null; nodes?: (Node | null)[]; dock?: Node | null };

/** One controller's share of a render. `key` is plain data: the widget is rebuilt only when the
 * keys of every part (or the focus request) changed; `build` makes the nodes. */
export type Part = { key: unknown; build: () => Slots };

/** What a render tells the controllers about the rest of the screen. */
export type Frame = {
  locale: WidgetLocale;
  state: WidgetState;
  /** Something sits in the bottom-right dock (the launcher, or the feedback button placed there). */
  docked: boolean;
  /** The checklist panel or the feedback panel is open: the survey card waits under it. */
  covered: boolean;
};

/** The core's services, as a chunk sees them. */
export type Kit = {
  doc: Document;
  win: Window & typeof globalThis;
  /** The core's DOM helper, bound to the page's document. */
  h: El;
  /** A v4 UUID, for messageIds. */
  uuid: () => string;
  /** Rebuilds the widget; `focus` a selector to move the focus to. True when the focus was
   * inside the widget and its element is gone. */
  render(focus?: string | null): boolean;
  /** Runs `fn`, logging instead of throwing into the host page. */
  safely(fn: () => void): void;
  /** The identified user (and the host's signature of it), key, API host and state; null before
   * the first state. */
  session(): { userId: string; userHash?: string; writeKey: string; host: string; state: WidgetState } | null;
  /** Answers and feedback travel on the core's voice queue (persisted, retried, beaconed). */
  queue(): Queue<VoiceMessage> | null;
  /** What the checklist shows: a survey is asked for only while neither its panel nor the role
   * question is on screen. */
  screen(): { panel: boolean; roleQuestion: boolean };
  /** Closes the checklist panel (the feedback panel and it are never open together). */
  closeChecklist(): void;
  /** A stylesheet for the widget's shadow root, added once. */
  addStyles(css: string): void;
};

/** The "checklist" chunk: the checklist panel and the role question card, with their strings
 * (the launcher is the core's). */
export type ChecklistChunk = {
  build(view: ChecklistScreen, on: ChecklistHandlers): Slots;
  /** After each render and page: the panel on screen is fitted between the host's controls
   * (checklist/chunk.ts), or gives way (on.noRoom). */
  fit(): void;
};

/** Surveys (in the "voice" chunk): when to ask POST /api/v1/surveys/next, and the card. */
export type SurveyPart = {
  /** A trigger fired (`href`: the page it fired on): asked for now, or once the screen is free. */
  ask(trigger: SurveyTriggerContext, href: string): void;
  /** After each render of the core: a trigger that waited is asked for if the screen is free. */
  settle(): void;
  hasCard(): boolean;
  part(frame: Frame): Part | null;
  escape(): void;
  /** The page goes away: an answer begun is queued before the beacon takes the queue. */
  pagehide(): void;
  /** Another user or a log-out: an answer begun is queued, the card and any waiting trigger go
   * (nothing renders). */
  forget(): void;
};

/** The feedback button and panel (in the "voice" chunk). */
export type FeedbackPart = {
  isOpen(): boolean;
  /** Closed without a render (the checklist panel is opening). */
  hide(): void;
  part(frame: Frame): Part | null;
  escape(): void;
  forget(): void;
};

/** What the "voice" chunk's factory returns. */
export type VoiceChunk = { survey: SurveyPart; feedback: FeedbackPart };

import type {
  FeedbackCategory,
  WidgetFeedbackItem,
  WidgetFeedbackList,
} from "../../../../server/contract/widget-protocol";
import type { FeedbackPart, Frame, Kit, Part } from "../chunk-api";
import { feedbackMessage } from "./decisions";
import { translate } from "./strings";
import { buildFeedbackButton, buildFeedbackPanel, type FeedbackView } from "./view";

// The feedback button and its panel: the form (text and category) sent on the voice queue, the
// thank-you, and "Your feedback" read from GET /api/v1/feedback.

type Panel = Pick<FeedbackView, "open" | "tab" | "category" | "list">;

export class FeedbackController implements FeedbackPart {
  private fb: Panel = { open: false, tab: "form", category: null, list: null };
  private draft = "";
  private seq = 0;

  constructor(private readonly kit: Kit) {}

  isOpen(): boolean {
    return this.fb.open;
  }

  hide(): void {
    this.fb.open = false;
  }

  forget(): void {
    this.draft = "";
    this.fb = { open: false, tab: "form", category: null, list: null };
  }

  escape(): void {
    if (!this.fb.open) return;
    this.fb.open = false;
    this.kit.render(".fbb");
  }

  part(frame: Frame): Part | null {
    const button = frame.state.feedback;
    if (!button) return null;
    const view: FeedbackView = {
      label: button.label,
      position: button.position,
      categories: button.categories,
      ...this.fb,
    };
    const { kit } = this;
    const on =
      <A extends unknown[]>(fn: (...a: A) => void) =>
      (...a: A) =>
        kit.safely(() => fn.apply(this, a));
    return {
      key: [view, frame.locale],
      build: () => {
        const handlers = {
          toggle: on(() => (this.fb.open ? this.escape() : this.open())),
          close: on(this.escape),
          category: on((c: FeedbackCategory) => {
            this.fb.category = this.fb.category === c ? null : c;
            kit.render();
          }),
          send: on(this.send),
          tab: on(this.tab),
          draft: (text: string) => (this.draft = text),
        };
        const t = (k: Parameters<typeof translate>[1], v?: Record<string, string | number>) =>
          translate(frame.locale, k, v);
        const btn = buildFeedbackButton(kit.h, view, handlers);
        // bottom-right: in the dock, beside the launcher.
        const docked = view.position === "bottom-right";
        return {
          nodes: [
            view.open ? buildFeedbackPanel(kit.h, view, t, handlers, this.draft, frame.locale) : null,
            docked ? null : btn,
          ],
          dock: docked ? btn : null,
        };
      },
    };
  }

  private open(): void {
    this.kit.closeChecklist();
    this.fb.open = true;
    if (this.fb.tab === "thanks") this.fb.tab = "form";
    if (this.fb.tab === "list") this.load();
    this.kit.render(this.fb.tab === "list" ? "#cairn-fbt" : "#cairn-ft");
  }

  private send(): void {
    const session = this.kit.session();
    if (!session) return;
    const m = feedbackMessage(
      {
        messageId: this.kit.uuid(),
        userId: session.userId,
        userHash: session.userHash,
        timestamp: new Date().toISOString(),
      },
      this.draft,
      this.fb.category,
      this.kit.win.location.href,
      session.state.user.locale,
    );
    if (!m) return void this.kit.render("#cairn-ft");
    this.kit.queue()?.enqueue(m, true);
    this.draft = "";
    this.fb.category = null;
    this.fb.tab = "thanks";
    this.kit.render("#cairn-fthx");
  }

  private tab(tab: "form" | "list"): void {
    this.fb.tab = tab;
    if (tab === "list") this.load();
    this.kit.render(tab === "list" ? "#cairn-fbt" : "#cairn-ft");
  }

  /** GET /api/v1/feedback once the queue's current attempt ended (so feedback just sent is
   * stored); what is still queued then (offline) shows on top as received. */
  private load(): void {
    const { kit } = this;
    const session = kit.session();
    const queue = kit.queue();
    if (!session || !queue) return;
    const { userId, userHash, writeKey, host } = session;
    const seq = ++this.seq;
    this.fb.list = "loading";
    void queue
      .flush()
      .then(() =>
        kit.win.fetch(
          `${host}/api/v1/feedback?userId=${encodeURIComponent(userId)}&writeKey=${encodeURIComponent(writeKey)}${userHash ? `&userHash=${userHash}` : ""}`,
          { credentials: "omit" },
        ),
      )
      .then(async (res) => (res.ok ? ((await res.json()) as Partial<WidgetFeedbackList>).items : null))
      .catch(() => null)
      .then((items) => {
        if (seq !== this.seq) return;
        const queued: WidgetFeedbackItem[] = [];
        for (const m of queue.pending()) {
          if (m.type === "feedback" && m.userId === userId)
            queued.unshift({
              id: m.messageId,
              text: m.text.slice(0, 280),
              category: m.category ?? null,
              status: "received",
              roadmapTitle: null,
              createdAt: m.timestamp,
            });
        }
        this.fb.list = Array.isArray(items) ? queued.concat(items) : "error";
        kit.safely(() => kit.render());
      });
  }
}

import type { SurveyTriggerContext, WidgetSurvey } from "../../../../server/contract/widget-protocol";
import type { Frame, Kit, Part, SurveyPart } from "../chunk-api";
import { endingMessage, followUpOf, isTyping, type Ending, type SurveyCard } from "./decisions";
import { translate } from "./strings";
import { SurveyAsker } from "./survey-asker";
import { buildSurvey, type SurveyView } from "./view";

// Surveys: the triggers (survey-asker.ts), then the card of the survey the server picked, its
// score and comment, and the one message it leaves behind (decisions.ts) on the voice queue.

/** How long a survey's thank-you stays before the card closes itself. */
const THANKS_MS = 4000;

export class SurveyController implements SurveyPart {
  private card: SurveyCard | null = null;
  private draft = "";
  private thanksTimer: unknown = null;
  private returnFocus: HTMLElement | null = null;
  private readonly asker: SurveyAsker;

  /** `feedbackOpen`: the feedback panel is open (no survey is asked for over it). */
  constructor(
    private readonly kit: Kit,
    feedbackOpen: () => boolean,
  ) {
    this.asker = new SurveyAsker(
      kit,
      () => ({ card: Boolean(this.card), feedback: feedbackOpen() }),
      (survey) => this.show(survey),
    );
  }

  ask(trigger: SurveyTriggerContext, href: string): void {
    this.asker.ask(trigger, href);
  }

  settle(): void {
    this.asker.maybeAsk();
  }

  hasCard(): boolean {
    return Boolean(this.card);
  }

  private show(survey: WidgetSurvey): void {
    if (this.card) return;
    this.card = { survey, score: null, thanks: false, done: false };
    this.draft = "";
    // Into the card, unless the user is typing in a field of the host page.
    const active = this.kit.doc.activeElement as HTMLElement | null;
    const typing = isTyping(active);
    this.returnFocus = typing ? null : active;
    this.kit.render(typing ? null : "#cairn-sq");
  }

  /** Hidden, not dismissed, while a panel is open; back when it closes. */
  part(frame: Frame): Part | null {
    const card = this.card;
    const sv = card?.survey;
    if (!card || !sv || frame.covered) return null;
    const view: SurveyView = {
      kind: sv.kind,
      question: sv.question,
      lowLabel: sv.lowLabel,
      highLabel: sv.highLabel,
      score: card.score,
      followUp: followUpOf(card),
      thanks: card.thanks ? sv.thankYou : null,
    };
    const { kit } = this;
    const on =
      <A extends unknown[]>(fn: (...a: A) => void) =>
      (...a: A) =>
        kit.safely(() => fn.apply(this, a));
    return {
      key: [view, frame.locale, frame.docked],
      build: () => ({
        card: buildSurvey(
          kit.h,
          view,
          (k, v) => translate(frame.locale, k, v),
          {
            score: on(this.score),
            send: on(() => this.end("send")),
            close: on(this.escape),
            draft: (text) => (this.draft = text),
          },
          this.draft,
          frame.docked,
        ),
      }),
    };
  }

  escape(): void {
    this.end("close");
  }

  pagehide(): void {
    if (this.unsent()) this.end("pagehide");
  }

  forget(): void {
    this.asker.forget();
    this.end("pagehide", true);
    this.card = null;
    this.draft = "";
  }

  private score(n: number): void {
    const card = this.card;
    if (!card || card.done) return;
    card.score = n;
    // A scale without a follow-up question is answered by the score itself.
    if (!followUpOf(card)) return this.end("send");
    this.kit.render("#cairn-sc");
  }

  /** A score picked or a comment typed but not sent yet: an answer, whatever happens next. */
  private unsent(): boolean {
    return Boolean(this.card && !this.card.done && (this.card.score != null || this.draft.trim()));
  }

  /** Send, close (× or Escape) or pagehide: sends what endingMessage says, then thanks or closes
   * (`quiet`: the core is forgetting this user, nothing to render). */
  private end(how: Ending, quiet = false): void {
    const { card, kit } = this;
    const session = kit.session();
    if (!card || !session) return;
    const m = endingMessage(
      card,
      how,
      {
        messageId: this.kit.uuid(),
        userId: session.userId,
        userHash: session.userHash,
        timestamp: new Date().toISOString(),
      },
      this.draft,
    );
    if (how === "send" && !m) return void kit.render("#cairn-sc");
    if (m) kit.queue()?.enqueue(m, true);
    card.done = true;
    this.draft = "";
    kit.win.clearTimeout(this.thanksTimer as number);
    if (quiet) return;
    if (how === "send") {
      card.thanks = true;
      kit.render("#cairn-thx");
      this.thanksTimer = kit.win.setTimeout(() => kit.safely(() => this.end("close")), THANKS_MS);
      return;
    }
    this.card = null;
    const back = this.returnFocus;
    this.returnFocus = null;
    if (kit.render() && back?.isConnected) back.focus();
  }
}

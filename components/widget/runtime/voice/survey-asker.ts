import type { SurveyTriggerContext, WidgetSurvey } from "../../../../server/contract/widget-protocol";
import type { Kit } from "../chunk-api";
import { askNextSurvey } from "./survey-ask";

// When to ask POST /api/v1/surveys/next: for page_load when the first state arrives and on every
// page() for another URL, for an event that state.surveyEvents names, and only while nothing
// else is open; a trigger that fires meanwhile waits (the latest one) until the screen is free.

/** Nothing else on screen that a survey would cover or compete with, and no survey already. */
export type Screen = { card: boolean; asking: boolean; panel: boolean; feedback: boolean; roleQuestion: boolean };

export function canAsk(s: Screen): boolean {
  return !s.card && !s.asking && !s.panel && !s.feedback && !s.roleQuestion;
}

export class SurveyAsker {
  /** A trigger that fired while something else was open: asked for once the screen is free. */
  private trigger: SurveyTriggerContext | null = null;
  private asking = false;
  /** The page a page_load survey was last asked for (page() right after the first state asks nothing more). */
  private askedFor: string | null = null;

  /** `screen`: the card and the feedback panel (the voice chunk's own); `show`: a survey came. */
  constructor(
    private readonly kit: Kit,
    private readonly screen: () => { card: boolean; feedback: boolean },
    private readonly show: (survey: WidgetSurvey) => void,
  ) {}

  ask(trigger: SurveyTriggerContext, href: string): void {
    if (trigger.type === "page_load") {
      if (href === this.askedFor) return;
      this.askedFor = href;
    }
    this.trigger = trigger;
    this.maybeAsk();
  }

  /** Asks for the waiting trigger when nothing else is open. */
  maybeAsk(): void {
    const { kit, trigger } = this;
    const session = kit.session();
    if (!trigger || !session || !kit.doc.body || !canAsk({ ...this.screen(), ...kit.screen(), asking: this.asking }))
      return;
    const { userId, userHash, writeKey, host, state } = session;
    this.trigger = null;
    this.asking = true;
    const w = kit.win;
    void askNextSurvey(
      `${host}/api/v1/surveys/next`,
      writeKey,
      { userId, userHash, trigger, locale: state.user.locale, messageId: kit.uuid() },
      {
        fetch: (url, init) => w.fetch(url, init),
        wait: (ms) => new Promise((r) => w.setTimeout(r, ms)),
        random: Math.random,
      },
    ).then((survey) => {
      this.asking = false;
      if (survey && userId === kit.session()?.userId && !this.screen().card) kit.safely(() => this.show(survey));
      else kit.safely(() => this.maybeAsk());
    });
  }

  forget(): void {
    this.trigger = this.askedFor = null;
  }
}

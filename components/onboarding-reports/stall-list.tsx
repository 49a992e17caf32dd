import { EmptyState } from "@/components/ui/card";
import { HorizontalBarFigure } from "@/components/charts/horizontal-bar-chart";
import { FUNNEL_DEFINITIONS } from "@/server/onboarding/reports/definitions";
import { formatRate } from "@/server/onboarding/reports/format";
import type { TStall } from "@/server/onboarding/reports/schemas";
import { Definition } from "./metric";

const when = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });

/** Per item with a precursor event: how many who started it never finished, and who. */
export function StallList({ stalls, hasItems }: { stalls: TStall[]; hasItems: boolean }) {
  if (stalls.length === 0) {
    return (
      <EmptyState title="No item has a precursor event">
        {hasItems
          ? "Give an item the event that shows a user started it (e.g. workflow_started for “Save a workflow”) to see who starts but never finishes."
          : "Add items to the checklist first."}
      </EmptyState>
    );
  }
  return (
    <div className="space-y-6" data-testid="stalls">
      {stalls.map((stall) => (
        <div key={stall.itemId} className="space-y-3">
          <p className="text-sm text-stone-800">
            <span className="font-medium">{stall.title}</span>:{" "}
            {stall.started === 0 ? (
              <>
                nobody who saw the checklist has tracked <code className="text-xs">{stall.precursorEvent}</code> yet.
              </>
            ) : (
              <>
                <span className="font-semibold tabular-nums">{stall.stalled.toLocaleString("en-US")}</span> of{" "}
                {stall.started.toLocaleString("en-US")} users who tracked{" "}
                <code className="text-xs">{stall.precursorEvent}</code> have not completed it
                {stall.completionEvent ? (
                  <>
                    {" "}
                    (<code className="text-xs">{stall.completionEvent}</code>)
                  </>
                ) : null}
                .
              </>
            )}
          </p>
          {stall.started > 0 ? (
            <HorizontalBarFigure
              label={`Stalls on ${stall.title}`}
              header={["Stall", "Users · share of starters"]}
              rows={[
                {
                  key: "stalled",
                  label: "Started, not done",
                  note: `${formatRate(stall.rateOfSeen)} of all seen users`,
                  fraction: stall.rateOfStarted,
                  value: `${stall.stalled.toLocaleString("en-US")} · ${formatRate(stall.rateOfStarted)}`,
                  tone: "warn",
                },
              ]}
            />
          ) : null}
          {stall.examples.length > 0 ? (
            <div className="text-xs text-stone-600">
              <p className="font-medium text-stone-500">For example</p>
              <ul className="mt-1 flex flex-wrap gap-2">
                {stall.examples.map((e) => (
                  <li key={e.endUserId} className="rounded bg-stone-100 px-2 py-1">
                    <span className="font-mono text-stone-800">{e.externalId}</span>
                    <span className="text-stone-500">
                      {" "}
                      · last {stall.precursorEvent} {when.format(e.lastPrecursorAt)}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      ))}
      <Definition>{FUNNEL_DEFINITIONS.stalls}</Definition>
    </div>
  );
}

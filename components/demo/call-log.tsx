"use client";

// A small developer drawer (bottom left, away from the widget) listing what Airtouch sent to
// window.cairn, newest first. "(dropped)" marks a call made while window.cairn was missing.
import { useState, useSyncExternalStore } from "react";
import {
  cairnLogServerSnapshot,
  cairnLogSnapshot,
  isCairnPresent,
  subscribeCairnLog,
  type CairnCallRecord,
} from "./cairn-client";

function summary(call: CairnCallRecord): string {
  const [first, second] = call.args;
  if (call.method === "page") return "";
  const head = typeof first === "string" ? first : JSON.stringify(first);
  return second && typeof second === "object" && Object.keys(second).length > 0
    ? `${head} ${JSON.stringify(second)}`
    : head;
}

export function CairnCallLog() {
  const calls = useSyncExternalStore(subscribeCairnLog, cairnLogSnapshot, cairnLogServerSnapshot);
  const [open, setOpen] = useState(false);
  const present = isCairnPresent();
  return (
    <div className="fixed bottom-4 left-4 z-30 max-w-[calc(100vw-2rem)] lg:left-64">
      {open ? (
        <div
          className="mb-2 w-96 max-w-full overflow-hidden rounded-xl bg-slate-900 text-xs text-slate-200 shadow-2xl ring-1 ring-white/10"
          data-testid="cairn-call-log"
        >
          <div className="flex items-center justify-between border-b border-white/10 px-3 py-2">
            <span className="font-semibold text-white">Calls to window.cairn</span>
            <span className={present ? "text-emerald-400" : "text-amber-400"}>
              {present ? "snippet loaded" : "window.cairn missing"}
            </span>
          </div>
          <ol className="max-h-72 overflow-y-auto font-mono">
            {calls.length === 0 ? <li className="px-3 py-2 text-slate-400">No calls yet.</li> : null}
            {calls.map((call) => (
              <li key={call.seq} className="border-b border-white/5 px-3 py-1.5" data-method={call.method}>
                <span className={call.delivered ? "text-indigo-300" : "text-amber-400"}>{call.method}</span>{" "}
                <span className="break-all text-slate-300">{summary(call)}</span>
                {call.delivered ? null : <span className="text-amber-400"> (dropped)</span>}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      <button
        type="button"
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        data-testid="cairn-call-log-toggle"
        className="rounded-full bg-slate-900/90 px-3 py-1.5 text-xs font-medium text-slate-100 shadow-lg ring-1 ring-white/10 hover:bg-slate-800"
      >
        Cairn calls ({calls.length})
      </button>
    </div>
  );
}

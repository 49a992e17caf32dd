"use client";

import { useMemo } from "react";

/** Dates and times in the workspace's time zone, as the pages show them. */
export function useZonedFormat(timeZone: string) {
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat("en-US", { timeZone, dateStyle: "medium", timeStyle: "short" });
    const date = new Intl.DateTimeFormat("en-US", { timeZone, dateStyle: "medium" });
    // Day strings (YYYY-MM-DD) are calendar days already: shown as such, whatever the zone.
    const day = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", dateStyle: "medium" });
    return {
      dateTime: (d: Date) => dateTime.format(d),
      date: (d: Date) => date.format(d),
      day: (iso: string) => day.format(new Date(`${iso}T00:00:00Z`)),
    };
  }, [timeZone]);
}

export function formatNps(nps: number | null): string {
  return nps === null ? "—" : (Math.round(nps * 10) / 10).toString();
}

export function formatMoney(n: number | null): string {
  return n === null ? "—" : n.toLocaleString("en-US");
}

"use client";

import Link from "next/link";
import { useState, type FormEvent, type ReactNode } from "react";
import { useDemo } from "./demo-root";
import {
  LOCALES,
  PERSONAS,
  randomCompany,
  randomName,
  SEEDED_ACCOUNTS,
  type Locale,
  type PersonaChoice,
} from "./demo-config";
import { ArrowRightIcon, LogoMark } from "./icons";
import { Button } from "@/components/ui/button";
import { inputClass } from "./ui";

function Choice({
  name,
  value,
  checked,
  onChange,
  testId,
  children,
}: {
  name: string;
  value: string;
  checked: boolean;
  onChange: () => void;
  testId: string;
  children: ReactNode;
}) {
  return (
    <label className="relative flex cursor-pointer rounded-xl border border-slate-200 bg-white p-4 shadow-sm transition hover:border-indigo-300 has-[:checked]:border-indigo-600 has-[:checked]:bg-indigo-50/70 has-[:checked]:ring-2 has-[:checked]:ring-indigo-600/20 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-indigo-600">
      <input
        type="radio"
        name={name}
        value={value}
        checked={checked}
        onChange={onChange}
        className="sr-only"
        data-testid={testId}
      />
      {children}
    </label>
  );
}

export function UserPicker() {
  const { enter, user, config } = useDemo();
  const [persona, setPersona] = useState<PersonaChoice["key"]>("engineer");
  const [locale, setLocale] = useState<Locale>("en");
  const [name, setName] = useState(() => randomName("en"));
  const [nameEdited, setNameEdited] = useState(false);
  const [accountKind, setAccountKind] = useState<"new" | "existing">("new");
  const [company, setCompany] = useState(() => randomCompany());
  const [existingId, setExistingId] = useState<string>(SEEDED_ACCOUNTS[0].id);
  const [entering, setEntering] = useState(false);

  const chosen = PERSONAS.find((p) => p.key === persona) ?? PERSONAS[0]!;
  const accountName =
    accountKind === "new"
      ? company.trim() || "your new company"
      : (SEEDED_ACCOUNTS.find((a) => a.id === existingId)?.name ?? existingId);

  function changeLocale(next: Locale) {
    setLocale(next);
    if (!nameEdited) setName(randomName(next));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setEntering(true);
    enter({
      role: chosen.role,
      locale,
      name,
      account: accountKind === "new" ? { kind: "new", name: company } : { kind: "existing", id: existingId },
    });
  }

  return (
    <div className="theme-airtouch min-h-screen bg-linear-to-br from-indigo-950 via-indigo-900 to-violet-900 px-4 py-10 sm:py-16">
      <div className="mx-auto max-w-3xl">
        <div className="mb-8 flex items-center gap-3 text-white">
          <LogoMark className="h-10 w-10" />
          <div>
            <p className="text-xl font-semibold tracking-tight">Airtouch</p>
            <p className="text-sm text-indigo-200">Move data into and out of your warehouse.</p>
          </div>
        </div>

        {user ? (
          <div className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-xl bg-white/10 px-5 py-4 text-sm text-indigo-50 ring-1 ring-white/20">
            <p>
              Signed in as <strong className="text-white">{user.name}</strong> ({user.role ?? "no role"},{" "}
              {user.accountName}).
            </p>
            <Link
              href="/demo/app"
              className="inline-flex items-center gap-1 rounded-lg bg-white px-3 py-1.5 font-semibold text-indigo-700 hover:bg-indigo-50"
              data-testid="demo-continue"
            >
              Continue as {user.name.split(" ")[0]} <ArrowRightIcon className="h-4 w-4" />
            </Link>
          </div>
        ) : null}

        <form
          onSubmit={submit}
          className="space-y-8 rounded-2xl bg-slate-50 p-6 shadow-2xl sm:p-8"
          aria-labelledby="picker-title"
        >
          <div>
            <h1 id="picker-title" className="text-2xl font-semibold tracking-tight text-slate-900">
              Pick a demo user
            </h1>
            <p className="mt-1 text-sm text-slate-600">
              Sign up to Airtouch as somebody new. Airtouch is a stand-in for your product: it embeds Cairn with the
              install snippet and tells it who you are.
            </p>
          </div>

          <fieldset>
            <legend className="mb-3 text-sm font-semibold text-slate-900">1. Who are you?</legend>
            <div className="grid gap-3 sm:grid-cols-3">
              {PERSONAS.map((p) => (
                <Choice
                  key={p.key}
                  name="persona"
                  value={p.key}
                  checked={persona === p.key}
                  onChange={() => setPersona(p.key)}
                  testId={`persona-${p.key}`}
                >
                  <span>
                    <span className="block text-sm font-semibold text-slate-900">{p.label}</span>
                    <span className="mt-1 block text-xs text-slate-600">{p.description}</span>
                    <span className="mt-2 block font-mono text-[11px] text-indigo-600">
                      {p.role ? `role: "${p.role}"` : "no role trait"}
                    </span>
                  </span>
                </Choice>
              ))}
            </div>
          </fieldset>

          <fieldset>
            <legend className="mb-3 text-sm font-semibold text-slate-900">2. Language</legend>
            <div className="grid grid-cols-3 gap-3">
              {LOCALES.map((l) => (
                <Choice
                  key={l.value}
                  name="locale"
                  value={l.value}
                  checked={locale === l.value}
                  onChange={() => changeLocale(l.value)}
                  testId={`locale-${l.value}`}
                >
                  <span className="flex w-full items-center justify-between text-sm font-medium text-slate-900">
                    {l.label}
                    <span className="font-mono text-xs text-slate-600">{l.value}</span>
                  </span>
                </Choice>
              ))}
            </div>
          </fieldset>

          <fieldset>
            <legend className="mb-3 text-sm font-semibold text-slate-900">3. Company account</legend>
            <div className="grid gap-3 sm:grid-cols-2">
              <Choice
                name="account"
                value="new"
                checked={accountKind === "new"}
                onChange={() => setAccountKind("new")}
                testId="account-new"
              >
                <span className="w-full">
                  <span className="block text-sm font-semibold text-slate-900">A new account</span>
                  <span className="mt-1 block text-xs text-slate-600">
                    The first person of a company that just signed up (free plan).
                  </span>
                </span>
              </Choice>
              <Choice
                name="account"
                value="existing"
                checked={accountKind === "existing"}
                onChange={() => setAccountKind("existing")}
                testId="account-existing"
              >
                <span className="w-full">
                  <span className="block text-sm font-semibold text-slate-900">Join an existing account</span>
                  <span className="mt-1 block text-xs text-slate-600">
                    A colleague joins a company from the seeded history, whose teammates already did things.
                  </span>
                </span>
              </Choice>
            </div>
            <div className="mt-3">
              {accountKind === "new" ? (
                <div className="space-y-1.5">
                  <label htmlFor="company-name" className="block text-sm font-medium text-slate-700">
                    Company name
                  </label>
                  <input
                    id="company-name"
                    className={inputClass}
                    value={company}
                    onChange={(e) => setCompany(e.target.value)}
                    data-testid="company-name"
                  />
                </div>
              ) : (
                <div className="space-y-1.5">
                  <label htmlFor="existing-account" className="block text-sm font-medium text-slate-700">
                    Seeded account
                  </label>
                  <select
                    id="existing-account"
                    className={inputClass}
                    value={existingId}
                    onChange={(e) => setExistingId(e.target.value)}
                    data-testid="existing-account"
                  >
                    {SEEDED_ACCOUNTS.map((a) => (
                      <option key={a.id} value={a.id}>
                        {a.name} ({a.id}, {a.plan} plan)
                      </option>
                    ))}
                  </select>
                </div>
              )}
            </div>
          </fieldset>

          <div className="space-y-1.5">
            <label htmlFor="user-name" className="block text-sm font-semibold text-slate-900">
              4. Your name
            </label>
            <div className="flex gap-2">
              <input
                id="user-name"
                className={inputClass}
                value={name}
                onChange={(e) => {
                  setName(e.target.value);
                  setNameEdited(true);
                }}
                data-testid="user-name"
              />
              <Button
                variant="secondary"
                onClick={() => {
                  setName(randomName(locale));
                  setNameEdited(false);
                }}
              >
                Shuffle
              </Button>
            </div>
          </div>

          <div className="flex flex-col gap-4 border-t border-slate-200 pt-6 sm:flex-row sm:items-center sm:justify-between">
            <p className="text-sm text-slate-600" data-testid="picker-summary">
              <strong className="text-slate-900">{name.trim() || "Someone"}</strong> · {chosen.role ?? "no role yet"} ·{" "}
              {LOCALES.find((l) => l.value === locale)?.label} · {accountName}
            </p>
            <Button type="submit" size="lg" disabled={entering} data-testid="demo-enter">
              Enter Airtouch <ArrowRightIcon className="h-4 w-4" />
            </Button>
          </div>
          <p className="text-xs text-slate-600">
            Airtouch&apos;s checklists keep about 10% of users in a holdout group so Cairn can measure their impact. If
            no checklist appears, this user is in it: switch user to try another.
          </p>
        </form>

        <p className="mt-6 text-center text-xs text-indigo-200" data-testid="cairn-target">
          Sends to Cairn at <span className="font-mono">{config.host}</span> with write key{" "}
          <span className="font-mono">{config.writeKey}</span>
          {config.overridden ? " (from the URL)" : " (the seeded demo workspace)"}.
        </p>
      </div>
    </div>
  );
}

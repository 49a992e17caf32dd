import type { ReactNode } from "react";

export function Card({
  title,
  description,
  action,
  children,
  className = "",
}: {
  title?: ReactNode;
  description?: ReactNode;
  action?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section className={`rounded-lg border border-stone-200 bg-white shadow-xs ${className}`}>
      {title ? (
        <header className="flex flex-wrap items-center justify-between gap-4 border-b border-stone-100 px-4 py-3">
          <div>
            <h2 className="text-sm font-semibold text-stone-800">{title}</h2>
            {description ? <p className="mt-0.5 text-sm text-stone-500">{description}</p> : null}
          </div>
          {action}
        </header>
      ) : null}
      <div className="p-4">{children}</div>
    </section>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="rounded-md border border-dashed border-stone-300 px-6 py-10 text-center">
      <p className="text-sm font-medium text-stone-800">{title}</p>
      {children ? <div className="mt-2 text-sm text-stone-500">{children}</div> : null}
    </div>
  );
}

export function PageHeader({
  title,
  description,
  action,
}: {
  title: string;
  description?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-xl font-semibold text-stone-900">{title}</h1>
        {description ? <p className="mt-1 max-w-2xl text-sm text-stone-500">{description}</p> : null}
      </div>
      {action}
    </div>
  );
}

export function ErrorText({ error }: { error: { message: string } | null | undefined }) {
  if (!error) return null;
  return (
    <p className="text-sm text-red-700" data-testid="form-error">
      {error.message}
    </p>
  );
}

export function Loading({ label = "Loading…" }: { label?: string }) {
  return <p className="animate-pulse text-sm text-stone-500">{label}</p>;
}

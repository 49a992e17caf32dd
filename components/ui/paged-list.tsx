"use client";

import type { ReactNode } from "react";
import { Button, ButtonLink } from "./button";
import Link from "next/link";
import { Card, EmptyState, Loading } from "./card";

/** What a list needs of a TanStack query, infinite or not (no pages: no "Load more"). */
export type ListQuery = {
  isLoading: boolean;
  isSuccess: boolean;
  error: { message: string } | null;
  hasNextPage?: boolean;
  isFetchingNextPage?: boolean;
  fetchNextPage?: () => unknown;
  refetch?: () => unknown;
};

/**
 * A list's states in one place: loading, the error line, the empty state, the rows (a `Table`
 * or a `<ul>`) and "Load more" while pages remain. `inset` pads the states for a list drawn
 * edge to edge in its frame (the feedback inbox) rather than inside a Card.
 */
export function PagedList({
  query,
  count,
  empty,
  children,
  loadingLabel,
  errorLead,
  retry = false,
  errorTestId,
  inset = false,
}: {
  query: ListQuery;
  /** Rows loaded so far. */
  count: number;
  empty: ReactNode;
  children: ReactNode;
  loadingLabel?: string;
  /** Says what failed, before the error's message ("The feedback could not be loaded"). */
  errorLead?: string;
  /** Offer "Try again" under the error line. */
  retry?: boolean;
  errorTestId?: string;
  inset?: boolean;
}) {
  const pad = inset ? "p-4" : "";
  return (
    <>
      {query.isLoading ? (
        <div className={pad}>
          <Loading label={loadingLabel} />
        </div>
      ) : null}
      {query.error ? (
        <div className={`space-y-2 ${pad}`} data-testid={errorTestId}>
          <p className="text-sm text-red-700">
            {errorLead ? `${errorLead}: ${query.error.message}` : query.error.message}
          </p>
          {retry && query.refetch ? (
            <Button variant="secondary" onClick={() => query.refetch?.()}>
              Try again
            </Button>
          ) : null}
        </div>
      ) : null}
      {query.isSuccess && count === 0 ? <div className={pad}>{empty}</div> : null}
      {count > 0 ? children : null}
      {query.hasNextPage && query.fetchNextPage ? (
        <div className={inset ? "border-t border-stone-100 p-3 text-center" : "mt-3 text-center"}>
          <Button variant="secondary" onClick={() => query.fetchNextPage?.()} disabled={query.isFetchingNextPage}>
            {query.isFetchingNextPage ? "Loading…" : "Load more"}
          </Button>
        </div>
      ) : null}
    </>
  );
}

/**
 * A Card listing things the user creates (checklists, surveys): a "New …" link for writers, the
 * paged rows, and an empty state that explains the thing and links to creating the first one.
 */
export function CreatableListCard(props: {
  title: string;
  newItem: { href: string; label: string; testId: string } | null;
  query: ListQuery;
  count: number;
  empty: { title: string; text: ReactNode };
  children: ReactNode;
  /** Under the rows: a mutation's error, an open preview. */
  footer?: ReactNode;
}) {
  const { newItem } = props;
  return (
    <Card
      title={props.title}
      action={
        newItem ? (
          <ButtonLink href={newItem.href} data-testid={newItem.testId}>
            {newItem.label}
          </ButtonLink>
        ) : null
      }
    >
      <PagedList
        query={props.query}
        count={props.count}
        empty={
          <EmptyState title={props.empty.title}>
            {props.empty.text}
            {newItem ? (
              <>
                {" "}
                <Link className="text-brand-700 underline hover:no-underline" href={newItem.href}>
                  Create the first one
                </Link>
                .
              </>
            ) : null}
          </EmptyState>
        }
      >
        {props.children}
      </PagedList>
      {props.footer}
    </Card>
  );
}

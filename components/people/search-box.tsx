"use client";

import { useEffect, useEffectEvent, useState } from "react";
import { Input } from "@/components/ui/field";

/** The search box: typing settles for 300 ms before it reaches the URL. */
export function SearchBox({ value, onChange, label }: { value: string; onChange: (q: string) => void; label: string }) {
  const [text, setText] = useState(value);
  // The URL changed under the box (back button, Clear): show what it says now.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setText(value);
  }
  const apply = useEffectEvent((q: string) => {
    if (q !== value) onChange(q);
  });
  useEffect(() => {
    const timer = setTimeout(() => apply(text), 300);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <Input
      type="search"
      aria-label={label}
      placeholder={label}
      className="w-72"
      value={text}
      onChange={(e) => setText(e.target.value)}
      data-testid="people-search"
    />
  );
}

import { splitControlChars } from "./control-chars";

/** User-sent text with its control characters shown as visible symbols (control-chars.ts). */
export function VisibleText({ text }: { text: string }) {
  const parts = splitControlChars(text);
  if (parts.every((p) => !p.control)) return <>{text}</>;
  return (
    <>
      {parts.map((p, i) =>
        p.control ? (
          <abbr
            key={i}
            title={`Control character ${p.code}`}
            className="rounded-sm bg-stone-200 px-0.5 font-mono text-stone-800 no-underline"
            data-testid="control-char"
          >
            {p.text}
          </abbr>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

// The checklist panel's own rules (its box, head and the role question card share the core's,
// which the voice chunk's panels and cards use too). Added after the core's sheet.
export const CHECKLIST_CSS = `
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.bar{margin-top:14px;height:6px;border-radius:999px;background:#e7e5e4;overflow:hidden}
.fill{height:100%;border-radius:999px;background:#16a34a;transition:width .3s}
.count{margin-top:6px;font-size:12px;color:#78716c}
.items{list-style:none;margin-top:12px}
.item{display:flex;gap:10px;padding:10px 0;border-top:1px solid #f5f5f4}
.check{flex:none;width:20px;height:20px;margin-top:1px;border:2px solid #a8a29e;border-radius:999px;font-size:12px;line-height:16px;text-align:center;color:#fff}
.done .check{border-color:#16a34a;background:#16a34a}
.it{font-weight:600}
.done .it{color:#78716c;text-decoration:line-through}
.ib{margin-top:2px;color:#57534e;font-size:13px}
.cta{display:inline-block;margin-top:6px;padding:4px 10px;border-radius:8px;background:#f5f5f4;color:#1c1917;font-size:13px;font-weight:600;text-decoration:none}
.cta:hover{background:#e7e5e4}
.alldone{margin-top:14px;padding:12px;border-radius:10px;background:#f0fdf4;color:#166534}
.alldone strong{display:block;font-weight:700}
.skip{margin-top:10px;font-size:12px;color:#78716c;text-decoration:underline}
@media (prefers-reduced-motion:reduce){.fill{transition:none}}
`;

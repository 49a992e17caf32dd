// The core's stylesheet, inside the widget's shadow root. `:host { all: initial }` cuts every
// inherited host style (fonts, colors, line height); everything below is explicit. A chunk adds
// its own sheet after this one (voice/styles.ts), so its rules win ties.
export const CSS = `
:host{all:initial}
*{box-sizing:border-box;margin:0;padding:0;font:inherit;color:inherit;letter-spacing:normal;text-transform:none}
.root{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1c1917;-webkit-font-smoothing:antialiased}
button{cursor:pointer;border:0;background:none;text-align:inherit}
button:focus-visible,a:focus-visible,[tabindex]:focus-visible,textarea:focus-visible{outline:2px solid #2563eb;outline-offset:2px}
.dock{position:fixed;right:20px;bottom:20px;z-index:2147483000;display:flex;gap:8px;align-items:center}
.launcher{display:flex;align-items:center;gap:8px;padding:10px 16px;border-radius:999px;background:#1c1917;color:#fff;font-weight:600;box-shadow:0 6px 24px rgba(0,0,0,.22)}
.launcher:hover{background:#292524}
.launcher.compact{padding:10px 12px}
.badge{display:inline-block;min-width:2.6em;padding:1px 8px;border-radius:999px;background:#fff;color:#1c1917;font-size:12px;text-align:center;font-variant-numeric:tabular-nums}
.panel,.fbp,.card{position:fixed;right:20px;bottom:76px;z-index:2147483000;width:340px;max-width:calc(100vw - 40px);max-height:calc(100vh - 110px);overflow:auto;background:#fff;border:1px solid #e7e5e4;border-radius:14px;box-shadow:0 12px 40px rgba(0,0,0,.18);padding:18px}
.head{display:flex;align-items:flex-start;gap:8px}
.title{flex:1;font-size:16px;font-weight:700;line-height:1.3}
.title:focus{outline:none}
.x{flex:none;width:28px;height:28px;border-radius:8px;font-size:18px;line-height:28px;text-align:center;color:#57534e}
.x:hover{background:#f5f5f4}
.desc{margin-top:6px;color:#57534e}
.card{z-index:2147483001;width:320px;padding:16px}
.card.low{bottom:20px}
.q{font-weight:700}
.opts{display:flex;flex-wrap:wrap;gap:8px;margin-top:12px}
.opt{padding:6px 12px;border:1px solid #d6d3d1;border-radius:999px;background:#fff}
.opt:hover,.sn:hover{border-color:#1c1917}
.opt[aria-pressed=true],.sn[aria-checked=true]{background:#1c1917;color:#fff;border-color:#1c1917}
.fb-middle-right .panel,.fb-middle-right .card{right:56px;max-width:calc(100vw - 76px)}
`;

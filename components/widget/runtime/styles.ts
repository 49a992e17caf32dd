// The widget's only stylesheet, inside its shadow root. `:host { all: initial }` cuts every
// inherited host style (fonts, colors, line height); everything below is explicit.
export const CSS = `
:host{all:initial}
*{box-sizing:border-box;margin:0;padding:0;font:inherit;color:inherit;letter-spacing:normal;text-transform:none}
.root{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1c1917;-webkit-font-smoothing:antialiased}
button{cursor:pointer;border:0;background:none;text-align:inherit}
button:focus-visible,a:focus-visible,[tabindex]:focus-visible,textarea:focus-visible{outline:2px solid #2563eb;outline-offset:2px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
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
.card{z-index:2147483001;width:320px;padding:16px}
.card.low{bottom:20px}
.q{font-weight:700}
.opts{display:flex;flex-wrap:wrap;gap:8px;margin-top:12px}
.opt{padding:6px 12px;border:1px solid #d6d3d1;border-radius:999px;background:#fff}
.opt:hover,.sn:hover{border-color:#1c1917}
.opt[aria-pressed=true],.sn[aria-checked=true]{background:#1c1917;color:#fff;border-color:#1c1917}
.sv{width:380px}
.sv .q{padding-right:28px}
.sv .x{position:absolute;top:10px;right:10px}
.scale{display:flex;gap:4px;margin-top:12px}
.sn{flex:1;min-width:0;height:36px;border:1px solid #d6d3d1;border-radius:8px;background:#fff;font-weight:600;text-align:center;font-variant-numeric:tabular-nums}
.ends{display:flex;justify-content:space-between;gap:12px;margin-top:4px;font-size:12px;color:#78716c}
.fq{margin-top:12px;font-weight:600}
textarea{display:block;width:100%;min-height:76px;margin-top:8px;padding:8px 10px;border:1px solid #d6d3d1;border-radius:8px;background:#fff;resize:vertical}
.send{margin-top:10px;padding:7px 16px;border-radius:8px;background:#1c1917;color:#fff;font-weight:600}
.send:hover{background:#44403c}
.row{display:flex;align-items:center;justify-content:space-between;gap:8px;margin-top:12px}
.row .send{margin:0}
.lnk{font-size:13px;color:#57534e;text-decoration:underline}
.thx{margin-top:10px;color:#166534}
.thx:focus{outline:none}
.fbb{display:flex;align-items:center;padding:10px 16px;border:1px solid #d6d3d1;border-radius:999px;background:#fff;color:#1c1917;font-weight:600;box-shadow:0 6px 24px rgba(0,0,0,.16)}
.fbb:hover{background:#f5f5f4}
.fbb.bottom-left,.fbb.middle-left,.fbb.middle-right{position:fixed;z-index:2147483000}
.fbb.bottom-left{left:20px;bottom:20px}
.fbb.middle-left,.fbb.middle-right{top:50%;padding:14px 9px;border-radius:10px 0 0 10px;writing-mode:vertical-rl;transform:translateY(-50%)}
.fbb.middle-left{left:0;transform:translateY(-50%) rotate(180deg)}
.fbb.middle-right{right:0}
.fb-middle-right .panel,.fb-middle-right .card{right:56px}
.fbp{width:320px}
.fbp.bottom-left{left:20px;right:auto}
.fbp.middle-left,.fbp.middle-right{top:50%;bottom:auto;transform:translateY(-50%)}
.fbp.middle-left{left:52px;right:auto}
.fbp.middle-right{right:52px}
.fl{list-style:none;margin-top:8px}
.fl li{padding:10px 0;border-top:1px solid #f5f5f4;overflow-wrap:anywhere}
.meta{display:flex;flex-wrap:wrap;gap:8px;margin-top:4px;font-size:12px;color:#78716c}
.st{padding:0 8px;border-radius:999px;background:#f5f5f4;color:#1c1917;font-weight:600}
.skip{margin-top:10px;font-size:12px;color:#78716c;text-decoration:underline}
@media (prefers-reduced-motion:reduce){.fill{transition:none}}
`;

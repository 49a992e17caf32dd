// The survey card's and the feedback button and panel's rules, added after the core's sheet
// (styles.ts, which already gives .fbp the panels' box and .sn the options' hover and checked
// looks).
export const VOICE_CSS = `
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
.fbp{width:320px}
.fbp.bottom-left{left:20px;right:auto}
.fbp.middle-left,.fbp.middle-right{top:50%;bottom:auto;transform:translateY(-50%);max-width:calc(100vw - 72px)}
.fbp.middle-left{left:52px;right:auto}
.fbp.middle-right{right:52px}
.fl{list-style:none;margin-top:8px}
.fl li{padding:10px 0;border-top:1px solid #f5f5f4;overflow-wrap:anywhere}
.meta{display:flex;flex-wrap:wrap;gap:8px;margin-top:4px;font-size:12px;color:#78716c}
.st{padding:0 8px;border-radius:999px;background:#f5f5f4;color:#1c1917;font-weight:600}
`;

/**
 * The exported file's only styling, inline so the file stands alone (mailed, archived, opened
 * years later). The colours are the view's, so a reader of both sees the same thing.
 */
export const EXPORT_CSS = `
*{box-sizing:border-box}
body{margin:0;padding:24px;font:14px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1c1e21;background:#f6f6f3}
h1{font-size:1.3rem;margin:0 0 4px}
h2{font:600 1.1rem/1.3 Charter,Georgia,'Noto Serif',serif;margin:2px 0}
h3{font-size:.95rem;margin:16px 0 6px}
.muted{color:#5b6068}
.layout{display:grid;grid-template-columns:280px 1fr 1fr;gap:16px;align-items:start}
.summary,.pane{background:#fff;border:1px solid #dddcd6;border-radius:8px;padding:12px 16px}
.pane header{display:flex;gap:10px;border-bottom:1px solid #dddcd6;padding-bottom:8px;margin-bottom:8px}
.side{flex:none;width:24px;height:24px;border-radius:50%;background:#1c1e21;color:#fff;display:inline-grid;place-items:center;font-weight:700}
.meta,.file{margin:0;font-size:.85rem}
.file{color:#5b6068;overflow-wrap:anywhere}
.text{font:1rem/1.65 Charter,Georgia,'Noto Serif',serif;white-space:pre-wrap;overflow-wrap:anywhere}
.similarity strong{font-size:1.8rem}
.kinds{list-style:none;padding:0;margin:0}
.kinds li{margin:2px 0}
.swatch{display:inline-block;width:12px;height:12px;border-radius:3px;margin-right:6px;border:1px solid rgba(0,0,0,.2);vertical-align:-1px}
.quotes{padding-left:18px;margin:0}
.quotes li{margin:6px 0}
.speaker{color:#5b6068}
.fate{font-size:.8rem;padding:0 6px;border-radius:8px;background:#ecebe6;white-space:nowrap}
.fate-verbatim{background:#d8f0dc}.fate-reworded{background:#fff1b8}.fate-absent{background:#fbdcd9}
.quote-diff{margin:2px 0 0;font-size:.9rem}
.fact{display:inline-block;padding:0 6px;margin:1px 0;border:1px solid #dddcd6;border-radius:8px}
.passage{border-radius:3px;box-decoration-break:clone;-webkit-box-decoration-break:clone}
.passage[data-n]::before{content:attr(data-n);display:inline-block;min-width:1.5em;margin-right:4px;padding:0 4px;border-radius:8px;font:700 .7rem/1.5 system-ui,sans-serif;text-align:center;vertical-align:2px;background:#e3e2dc;color:#1c1e21}
.seg-same{background:transparent}.seg-reworded{background:#fff1b8}.seg-moved{background:#dde8fb}.seg-onlyA{background:#fcebe9}.seg-onlyB{background:#e4f4e7}
.swatch.seg-same{background:#fff}.swatch.seg-spelling{background:#fff;box-shadow:inset 0 0 0 2px #7c3aed}
.seg-reworded[data-n]::before{background:#e9c93f}.seg-moved[data-n]::before{background:#8fb0ea}.seg-spelling[data-n]::before{background:#ddd0fb}
.diff-del{color:#8c1d18;background:rgba(220,38,38,.16);text-decoration:line-through}
.diff-ins{color:#14532d;background:rgba(22,163,74,.24);text-decoration:none}
.diff-rep{background:rgba(234,88,12,.2);border-bottom:2px solid #c2410c}
.diff-spell{color:#4c1d95;background:rgba(124,58,237,.08);box-shadow:inset 0 0 0 1px rgba(124,58,237,.6);border-radius:3px;text-decoration:underline dotted #7c3aed;text-underline-offset:3px}
@media print{body{background:#fff;padding:0}.layout{grid-template-columns:1fr 1fr}.summary{grid-column:1/3}}
`;

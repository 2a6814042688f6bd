/**
 * Data table (the report page's static script and style sheet). The one inline script (table sorting;
 * its SHA-256 goes into the page's Content-Security-Policy) and the style sheet of the HTML report.
 */
export const SORT_SCRIPT = `(function () {
  function key(cell, type) {
    var v = cell.getAttribute('data-v');
    if (v === null) v = cell.textContent || '';
    if (type === 'num') { var n = parseFloat(v); return isNaN(n) ? -Infinity : n; }
    return v.toLowerCase();
  }
  var tables = document.querySelectorAll('table.sortable');
  for (var t = 0; t < tables.length; t++) {
    (function (table) {
      var heads = table.tHead.rows[0].cells;
      for (var i = 0; i < heads.length; i++) {
        (function (th, col) {
          var button = th.querySelector('button');
          if (!button) return;
          button.addEventListener('click', function () {
            var type = th.getAttribute('data-type') || 'text';
            var asc = th.getAttribute('aria-sort') !== 'ascending';
            for (var k = 0; k < heads.length; k++) heads[k].removeAttribute('aria-sort');
            th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
            var body = table.tBodies[0];
            var rows = Array.prototype.slice.call(body.rows);
            rows.sort(function (a, b) {
              var x = key(a.cells[col], type), y = key(b.cells[col], type);
              return (x < y ? -1 : x > y ? 1 : 0) * (asc ? 1 : -1);
            });
            for (var r = 0; r < rows.length; r++) body.appendChild(rows[r]);
          });
        })(heads[i], i);
      }
    })(tables[t]);
  }
})();`;

export const CSS = `
:root { --fg:#1f2328; --muted:#59636e; --border:#d1d9e0; --bg:#fff; --soft:#f6f8fa;
  --fail:#cf222e; --warn:#9a6700; --pass:#1a7f37; --skip:#59636e; }
* { box-sizing: border-box; }
body { margin:0; font: 15px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif;
  color: var(--fg); background: var(--bg); }
main { max-width: 1280px; margin: 0 auto; padding: 16px; }
h1 { font-size: 1.5rem; margin: 0 0 4px; overflow-wrap: anywhere; }
h2 { font-size: 1.25rem; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--border); }
h3 { font-size: 1.05rem; margin: 20px 0 8px; }
p, li { overflow-wrap: anywhere; }
.muted { color: var(--muted); }
.banner { border-radius: 8px; padding: 16px 20px; border: 1px solid var(--border); border-left-width: 8px; }
.banner.fail { border-left-color: var(--fail); background: #ffebe9; }
.banner.warn { border-left-color: #d4a72c; background: #fff8c5; }
.banner.pass { border-left-color: var(--pass); background: #dafbe1; }
.counts { display: flex; flex-wrap: wrap; gap: 8px 20px; margin-top: 6px; }
.counts b { font-size: 1.15rem; }
nav { margin: 12px 0 0; display: flex; flex-wrap: wrap; gap: 6px 16px; }
nav a { color: #0969da; text-decoration: none; }
ul.checks { list-style: none; padding: 0; margin: 0; }
ul.checks li { padding: 5px 10px; border: 1px solid var(--border); border-left-width: 4px; border-radius: 6px; margin: 4px 0; background: var(--soft); }
ul.checks li.fail { border-left-color: var(--fail); } ul.checks li.warn { border-left-color: #d4a72c; }
ul.checks code { font-size: 0.85rem; margin-right: 6px; overflow-wrap: anywhere; }
.scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; margin: 8px 0; }
table { border-collapse: collapse; font-size: 0.9rem; min-width: 100%; }
th, td { border: 1px solid var(--border); padding: 5px 8px; text-align: left; vertical-align: middle; }
th { background: var(--soft); white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.name { max-width: 28ch; overflow-wrap: anywhere; }
th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; cursor: pointer; color: inherit; }
th button::after { content: " \\2195"; color: var(--muted); }
th[aria-sort=ascending] button::after { content: " \\2191"; color: var(--fg); }
th[aria-sort=descending] button::after { content: " \\2193"; color: var(--fg); }
.status { white-space: nowrap; font-weight: 600; }
.ci { color: var(--muted); font-size: 0.85em; }
.status.fail { color: var(--fail); } .status.warn { color: var(--warn); } .status.pass { color: var(--pass); } .status.skip { color: var(--skip); }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 360px), 1fr)); gap: 16px; }
figure { margin: 0; border: 1px solid var(--border); border-radius: 6px; padding: 8px; background: #fff; min-width: 0; }
figcaption { font-size: 0.9rem; font-weight: 600; margin-bottom: 4px; overflow-wrap: anywhere; }
svg.chart { width: 100%; height: auto; display: block; }
svg.chart.wide { max-width: 760px; }
svg.chart text { font-family: inherit; fill: #424a53; }
svg.chart .tick { font-size: 11px; } svg.chart .axis { font-size: 12px; } svg.chart .legend { font-size: 12px; }
svg.forest { width: 160px; height: 26px; display: block; }
svg.bar { width: 80px; height: 12px; display: inline-block; vertical-align: middle; }
table.confusion td { text-align: right; font-variant-numeric: tabular-nums; min-width: 3.5em; }
details { margin: 10px 0; border: 1px solid var(--border); border-radius: 6px; padding: 6px 10px; }
details > summary { cursor: pointer; font-weight: 600; }
footer { margin: 32px 0 8px; color: var(--muted); font-size: 0.85rem; }
td.name { min-width: 12ch; }
@media (max-width: 600px) {
  main { padding: 10px; } body { font-size: 14px; } th, td { padding: 4px 6px; }
  /* a phone shows what matters: feature, score, strength, status (rank, kind, method and rule hidden) */
  #drift-table tr > :nth-child(1), #drift-table tr > :nth-child(3), #drift-table tr > :nth-child(4),
  #drift-table tr > :nth-child(6) { display: none; }
  td.name { min-width: 14ch; }
}
`;

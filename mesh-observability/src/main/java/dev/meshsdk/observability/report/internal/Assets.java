package dev.meshsdk.observability.report.internal;

/**
 * The report's only style sheet and script, inlined into every page and allowed by hash in each
 * page's Content-Security-Policy. System fonts only; colours for light and dark schemes. Not API.
 */
final class Assets {
  private Assets() {}

  /** The style sheet. */
  static final String CSS =
      """
      :root{color-scheme:light dark;--bg:#f6f8fa;--surface:#fff;--fg:#1f2328;--muted:#59636e;\
      --border:#d1d9e0;--accent:#0969da;--edge:#6e7781;--node-bg:#fff;--shadow:0 1px 2px rgba(31,35,40,.08);\
      --ok-bg:#dafbe1;--ok-fg:#0f4a22;--warn-bg:#fff1c2;--warn-fg:#5c3b00;--bad-bg:#ffe1dc;--bad-fg:#82071e;\
      --none-bg:#eaeef2;--none-fg:#353c44;--dot-ok:#1a7f37;--dot-warn:#9a6700;--dot-bad:#cf222e;--dot-none:#818b98;\
      --dom-0:#0969da;--dom-1:#1a7f37;--dom-2:#bc4c00;--dom-3:#bf3989;--dom-4:#8250df;--dom-5:#0b7a83;\
      --dom-6:#cf222e;--dom-7:#6b7300}
      @media (prefers-color-scheme:dark){:root{--bg:#0d1117;--surface:#151b23;--fg:#e6edf3;--muted:#9ea8b3;\
      --border:#3d444d;--accent:#4493f8;--edge:#9198a1;--node-bg:#1b222c;--shadow:none;\
      --ok-bg:#133d22;--ok-fg:#aff5b4;--warn-bg:#3f2f00;--warn-fg:#f5dd8f;--bad-bg:#4f1518;--bad-fg:#ffc2bb;\
      --none-bg:#2a313c;--none-fg:#d1d9e0;--dot-ok:#3fb950;--dot-warn:#d29922;--dot-bad:#f85149;--dot-none:#9198a1;\
      --dom-0:#4493f8;--dom-1:#3fb950;--dom-2:#f0883e;--dom-3:#f778ba;--dom-4:#ab7df8;--dom-5:#39c5cf;\
      --dom-6:#ff7b72;--dom-7:#c6cf55}}
      *{box-sizing:border-box}
      [hidden]{display:none!important}
      html{-webkit-text-size-adjust:100%}
      body{margin:0;background:var(--bg);color:var(--fg);\
      font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif}
      a{color:var(--accent)}
      a:focus-visible,input:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
      code,.mono{font-family:ui-monospace,SFMono-Regular,"SF Mono",Menlo,Consolas,"Liberation Mono",monospace;\
      font-size:.88em}
      .wrap{max-width:1200px;margin:0 auto;padding:0 20px}
      .skip{position:absolute;left:-9999px}
      .skip:focus{left:12px;top:12px;background:var(--surface);padding:6px 10px;z-index:2}
      .sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
      header.page{background:var(--surface);border-bottom:1px solid var(--border);padding:20px 0 18px;margin-bottom:24px}
      header.page h1{margin:2px 0 4px;font-size:1.75rem;line-height:1.25}
      .eyebrow{margin:0;color:var(--muted);font-size:.82rem;letter-spacing:.04em;text-transform:uppercase}
      .meta,.sub{color:var(--muted);margin:0}
      .sub{font-size:.86rem}
      nav.crumbs{margin-bottom:8px;font-size:.9rem}
      h2{font-size:1.25rem;margin:0 0 12px}
      h3{font-size:1.05rem;margin:0 0 8px}
      section{margin:0 0 32px}
      .card{background:var(--surface);border:1px solid var(--border);border-radius:10px;padding:16px 18px;box-shadow:var(--shadow)}
      .stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;list-style:none;padding:0;margin:0 0 28px}
      .stats li{background:var(--surface);border:1px solid var(--border);border-radius:10px;padding:12px 16px}
      .stats .n{display:block;font-size:1.6rem;font-weight:650;line-height:1.2}
      .stats .l{color:var(--muted);font-size:.85rem}
      .badge{display:inline-block;border-radius:999px;padding:1px 9px;font-size:.8rem;font-weight:600;white-space:nowrap;\
      border:1px solid transparent}
      .b-ok{background:var(--ok-bg);color:var(--ok-fg)}
      .b-warn{background:var(--warn-bg);color:var(--warn-fg)}
      .b-bad{background:var(--bad-bg);color:var(--bad-fg)}
      .b-none{background:var(--none-bg);color:var(--none-fg)}
      .badges{display:flex;flex-wrap:wrap;gap:6px;margin-top:10px}
      .tag{display:inline-block;border:1px solid var(--border);border-radius:6px;padding:0 6px;font-size:.8rem;\
      color:var(--muted);margin:0 4px 2px 0}
      .table-wrap{overflow-x:auto;background:var(--surface);border:1px solid var(--border);border-radius:10px}
      table{border-collapse:collapse;width:100%;font-size:.92rem}
      th,td{text-align:left;vertical-align:top;padding:9px 12px;border-bottom:1px solid var(--border)}
      thead th{font-size:.78rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);font-weight:600;\
      background:var(--bg)}
      tbody tr:last-child>*{border-bottom:0}
      tbody tr:hover{background:var(--bg)}
      td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
      th[scope=row]{font-weight:600}
      .swatch{display:inline-block;width:10px;height:10px;border-radius:3px;margin-right:6px;vertical-align:baseline}
      .sw-0{background:var(--dom-0)}.sw-1{background:var(--dom-1)}.sw-2{background:var(--dom-2)}.sw-3{background:var(--dom-3)}
      .sw-4{background:var(--dom-4)}.sw-5{background:var(--dom-5)}.sw-6{background:var(--dom-6)}.sw-7{background:var(--dom-7)}
      ul.plain{list-style:none;margin:0;padding:0}
      .nowrap{white-space:nowrap}
      #lineage .sub{margin:0 0 10px}
      .legend{display:flex;flex-wrap:wrap;gap:6px 18px;list-style:none;padding:0;margin:0 0 10px;font-size:.9rem}
      .filter{display:flex;flex-wrap:wrap;align-items:center;gap:8px 12px;margin:0 0 12px}
      .filter label{font-weight:600}
      .filter input{font:inherit;color:var(--fg);background:var(--surface);border:1px solid var(--border);\
      border-radius:8px;padding:7px 11px;min-width:min(360px,100%)}
      .filter output{color:var(--muted);font-size:.9rem}
      figure.graph{margin:0;overflow:auto;background:var(--surface);border:1px solid var(--border);border-radius:10px}
      svg.lineage{display:block}
      .edge{fill:none;stroke:var(--edge);stroke-width:1.6}
      .edge.back{stroke-dasharray:6 4}
      .arrow-head{fill:var(--edge)}
      .node-box{fill:var(--node-bg);stroke-width:1.5}
      .node-name{fill:var(--fg);font-size:14px;font-weight:600}
      .node-meta{fill:var(--muted);font-size:12px}
      .node:hover .node-box,.node:focus .node-box{stroke-width:3}
      .node:focus{outline:none}
      .node.dim{opacity:.25}
      .dom-0 .node-box{stroke:var(--dom-0)}.dom-0 .node-band{fill:var(--dom-0)}
      .dom-1 .node-box{stroke:var(--dom-1)}.dom-1 .node-band{fill:var(--dom-1)}
      .dom-2 .node-box{stroke:var(--dom-2)}.dom-2 .node-band{fill:var(--dom-2)}
      .dom-3 .node-box{stroke:var(--dom-3)}.dom-3 .node-band{fill:var(--dom-3)}
      .dom-4 .node-box{stroke:var(--dom-4)}.dom-4 .node-band{fill:var(--dom-4)}
      .dom-5 .node-box{stroke:var(--dom-5)}.dom-5 .node-band{fill:var(--dom-5)}
      .dom-6 .node-box{stroke:var(--dom-6)}.dom-6 .node-band{fill:var(--dom-6)}
      .dom-7 .node-box{stroke:var(--dom-7)}.dom-7 .node-band{fill:var(--dom-7)}
      .h-ok{fill:var(--dot-ok)}.h-warn{fill:var(--dot-warn)}.h-bad{fill:var(--dot-bad)}.h-none{fill:var(--dot-none)}
      .facts{display:grid;grid-template-columns:max-content 1fr;gap:6px 18px;margin:0}
      .facts dt{color:var(--muted)}
      .facts dd{margin:0}
      .description{white-space:pre-line;margin:0 0 14px}
      .port{margin-bottom:20px}
      .port p{margin:0 0 10px}
      .path{white-space:nowrap}
      .depth-1{padding-left:26px}.depth-2{padding-left:40px}.depth-3{padding-left:54px}.depth-4{padding-left:68px}
      .classified{font-weight:600;color:var(--bad-fg)}
      .empty{color:var(--muted);font-style:italic;margin:0}
      footer{color:var(--muted);font-size:.85rem;padding:8px 0 32px}
      @media (prefers-reduced-motion:no-preference){.node-box{transition:stroke-width .12s}}
      @media print{.filter,.skip{display:none}header.page{border:0}}
      """;

  /** The filter script of the catalog page: filters rows and dims graph nodes, offline. */
  static final String FILTER_JS =
      """
      (function () {
        'use strict';
        var box = document.getElementById('filter');
        if (!box) { return; }
        document.getElementById('filter-wrap').hidden = false;
        var rows = Array.prototype.slice.call(document.querySelectorAll('#catalog-table tbody tr[data-search]'));
        var nodes = Array.prototype.slice.call(document.querySelectorAll('#lineage-graph .node'));
        var count = document.getElementById('filter-count');
        var none = document.getElementById('no-match');
        function apply() {
          var terms = box.value.toLowerCase().split(/\\s+/).filter(Boolean);
          var shown = 0;
          var visible = {};
          rows.forEach(function (row) {
            var text = row.getAttribute('data-search');
            var ok = terms.every(function (t) { return text.indexOf(t) !== -1; });
            row.hidden = !ok;
            if (ok) { shown++; visible[row.getAttribute('data-product-id')] = true; }
          });
          nodes.forEach(function (node) {
            var dim = terms.length > 0 && !visible[node.getAttribute('data-product-id')];
            node.classList.toggle('dim', dim);
          });
          count.textContent = shown + ' of ' + rows.length + ' products shown';
          none.hidden = shown !== 0;
        }
        box.addEventListener('input', apply);
        apply();
      })();
      """;
}

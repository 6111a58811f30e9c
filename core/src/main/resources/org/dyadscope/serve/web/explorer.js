// View 2, Dyad explorer: sources, a directed dyad or a triad, a measure, month or year and CAMEO
// root codes; one panel per source on a shared time axis with the case's markers. Dragging across a
// panel narrows the range of every panel (from/to in the URL); clicking a point opens its events
// below (drilldown.js). All state lives in the hash, so a view is a link.
import {el, replace, num, table} from './dom.js';
import {getJson, apiUrl, dataLinks} from './api.js';
import {hashFor} from './route.js';
import {timeChart, periodTime, periodLabel, periodsBetween} from './charts.js';
import {renderDrilldown} from './drilldown.js';

/** Short names of the measures for an axis. */
const AXIS = {events: 'events', share: 'share', goldstein_mean: 'Goldstein mean', goldstein_sum: 'Goldstein sum',
  quad1: 'QuadClass 1 share', quad2: 'QuadClass 2 share', quad3: 'QuadClass 3 share', quad4: 'QuadClass 4 share',
  tone_mean: 'AvgTone mean', events_dedup: 'events (dedup)'};
const MEASURES = {
  events: 'events', share: 'share of the source’s events', goldstein_mean: 'Goldstein mean',
  goldstein_sum: 'Goldstein sum', quad1: 'QuadClass 1 share (verbal cooperation)',
  quad2: 'QuadClass 2 share (material cooperation)', quad3: 'QuadClass 3 share (verbal conflict)',
  quad4: 'QuadClass 4 share (material conflict)', tone_mean: 'AvgTone mean', events_dedup: 'events, de-duplicated',
};

/** The drill-down's parameters, cleared when the plotted choice changes. */
const NO_DRILL = {d_source: '', d_dyad: '', period: '', sort: '', dir: '', page: ''};

/** The explorer's state from the hash, with the options' defaults filled in. */
function stateOf(params, opt) {
  const list = k => (params.get(k) ? params.get(k).split(',').filter(Boolean) : []);
  return {
    source: list('source').length ? list('source') : opt.sources,
    dyad: params.get('dyad') || opt.dyads[0],
    measure: params.get('measure') || 'events',
    freq: params.get('freq') || 'month',
    from: params.get('from') || '',
    to: params.get('to') || '',
    cameo_root: list('cameo_root'),
    // the drill-down: which point, how sorted, which page
    d_source: params.get('d_source') || '', d_dyad: params.get('d_dyad') || '', period: params.get('period') || '',
    sort: params.get('sort') || '', dir: params.get('dir') || '', page: params.get('page') || '',
  };
}

/** The state as hash parameters; the sources only when not all of them (shorter links). */
function paramsOf(s, opt) {
  const all = s.source.length === opt.sources.length;
  return {source: all ? '' : s.source, dyad: s.dyad, measure: s.measure, freq: s.freq, from: s.from, to: s.to,
    cameo_root: s.cameo_root, d_source: s.d_source, d_dyad: s.d_dyad, period: s.period,
    sort: s.sort, dir: s.dir, page: s.page};
}

export async function render(main, ctx) {
  const opt = await ctx.options();
  const s = stateOf(ctx.params, opt);
  const go = changes => ctx.go(paramsOf({...s, ...changes}, opt));
  const url = apiUrl('/api/series', {source: s.source, dyad: s.dyad, measure: s.measure, freq: s.freq,
    from: s.from, to: s.to, cameo_root: s.cameo_root});
  const data = await getJson(url, ctx.signal);
  const panels = panelsOf(data.series || [], s);
  const charts = [];

  const summary = el('section', {'aria-labelledby': 'ex-sum'});
  const drill = el('section', {id: 'drilldown', 'aria-labelledby': 'dd-title'});
  replace(main,
    el('h1', null, 'Dyad explorer'),
    controls(s, opt, go),
    rangeLine(s, panels, go),
    dataLinks(url),
    el('div', {class: 'panels'}, panels.length ? panels.map(p => panelBox(p, s, opt, charts, go)) :
      el('p', {class: 'empty'}, 'Choose a source.')),
    summary, drill);
  replace(summary, el('h2', {id: 'ex-sum'}, 'In the range'), summaryTable(panels, s));
  if (s.period && s.d_source) {
    const point = pointOf(panels, s);
    await renderDrilldown(drill, {...s, n: point ? point.n : null, signal: ctx.signal,
      link: changes => hashFor('explorer', paramsOf({...s, ...changes}, opt)), clear: () => go(NO_DRILL)});
    drill.scrollIntoView({block: 'start'});
  }
  const resize = () => charts.forEach(c => c.u.setSize({width: c.box.clientWidth, height: c.u.height}));
  window.addEventListener('resize', resize);
  return () => { window.removeEventListener('resize', resize); charts.forEach(c => c.u.destroy()); };
}

/**
 * Panels: one per chosen source (also one without points in the range, which says so), a line per
 * dyad (a triad gives several), all on one x axis of periods.
 */
function panelsOf(series, s) {
  const seen = series.flatMap(x => x.points.map(p => p.period)).sort();
  const from = s.from || seen[0];
  const to = s.to || seen[seen.length - 1];
  const periods = from && to ? periodsBetween(from, to, s.freq) : [];
  const x = periods.map(periodTime);
  return s.source.map(source => ({source, x, periods, lines: series.filter(l => l.source === source).map(line => {
    const at = new Map(line.points.map(p => [p.period, p]));
    return {label: line.dyad, dyad: line.dyad, points: line.points,
      values: periods.map(p => (at.has(p) ? at.get(p).value : null)),
      n: periods.map(p => (at.has(p) ? at.get(p).n : null))};
  })}));
}

function pointOf(panels, s) {
  const panel = panels.find(p => p.source === s.d_source);
  const line = panel && panel.lines.find(l => l.dyad === s.d_dyad);
  return line && line.points.find(p => p.period === s.period);
}

function controls(s, opt, go) {
  const change = patch => go({...NO_DRILL, ...patch});
  const sources = el('fieldset', {class: 'checks'}, el('legend', null, 'Sources'),
    opt.sources.map(src => el('label', null, el('input', {type: 'checkbox', name: 'source', value: src,
      checked: s.source.includes(src),
      onchange: ev => {
        const set = new Set(s.source);
        if (ev.target.checked) set.add(src); else set.delete(src);
        if (set.size) change({source: opt.sources.filter(x => set.has(x))}); else ev.target.checked = true;
      }}), ' ', src)));
  const dyad = el('label', null, 'Dyad or triad ',
    el('select', {name: 'dyad', onchange: ev => change({dyad: ev.target.value})},
      el('optgroup', {label: 'directed dyads'}, opt.dyads.map(d => el('option', {value: d, selected: d === s.dyad}, d))),
      (opt.triads || []).length ? el('optgroup', {label: 'triads'},
        opt.triads.map(t => el('option', {value: t, selected: t === s.dyad}, t))) : null));
  const measure = el('label', null, 'Measure ',
    el('select', {name: 'measure', onchange: ev => change({measure: ev.target.value})},
      opt.measures.map(m => el('option', {value: m, selected: m === s.measure}, MEASURES[m] || m))));
  const freq = el('fieldset', {class: 'checks'}, el('legend', null, 'Frequency'),
    opt.frequencies.map(f => el('label', null, el('input', {type: 'radio', name: 'freq', value: f,
      checked: f === s.freq, onchange: () => change({freq: f, from: '', to: ''})}), ' ', f)));
  const roots = el('details', {class: 'roots', open: s.cameo_root.length > 0},
    el('summary', null, `CAMEO root codes: ${s.cameo_root.length ? s.cameo_root.join(', ') : 'all'}`),
    el('fieldset', {class: 'checks cols'}, el('legend', {class: 'sr-only'}, 'CAMEO root codes'),
      opt.cameo_roots.map(r => el('label', null, el('input', {type: 'checkbox', name: 'cameo_root', value: r.code,
        checked: s.cameo_root.includes(r.code),
        onchange: ev => {
          const set = new Set(s.cameo_root);
          if (ev.target.checked) set.add(r.code); else set.delete(r.code);
          change({cameo_root: opt.cameo_roots.map(x => x.code).filter(c => set.has(c))});
        }}), ` ${r.code} ${r.name}`))),
    el('button', {type: 'button', onclick: () => change({cameo_root: []})}, 'All roots'));
  // the range by keyboard (the same as dragging across a chart): a period label of the frequency
  const pattern = s.freq === 'year' ? '\\d{4}' : '\\d{4}-\\d{2}';
  const bound = (name, label) => el('label', null, `${label} `, el('input', {type: 'text', name, size: 8,
    value: s[name], pattern, placeholder: s.freq === 'year' ? '2015' : '2015-07', autocomplete: 'off',
    onchange: ev => { if (ev.target.checkValidity()) change({[name]: ev.target.value.trim()}); }}));
  return el('form', {class: 'controls', 'aria-label': 'What to plot', onsubmit: ev => ev.preventDefault()},
    sources, el('div', {class: 'row'}, dyad, measure, freq),
    el('div', {class: 'row'}, el('span', null, bound('from', 'Range from'), ' ', bound('to', 'to'))), roots);
}

function rangeLine(s, panels, go) {
  const periods = panels.length ? panels[0].periods : [];
  const shown = periods.length ? `${periods[0]} to ${periods[periods.length - 1]}` : 'no periods';
  return el('p', {class: 'range-line'},
    el('span', {id: 'range', 'aria-live': 'polite'}, `Range: ${shown}`), ' ',
    s.from || s.to ? el('button', {type: 'button', onclick: () => go({...NO_DRILL, from: '', to: ''})}, 'Whole period') : null,
    el('span', {class: 'hint'}, ' Drag across a chart to narrow the range; click a point (or use a panel’s table) to list its events.'));
}

function panelBox(p, s, opt, charts, go) {
  const total = p.lines.reduce((a, l) => a + l.n.reduce((b, v) => b + (v || 0), 0), 0);
  const title = `${p.source} · ${s.dyad} · n = ${num(total)}`;
  const hasPoints = p.lines.some(l => l.points.length);
  const plot = el('div', {class: 'plot', role: 'img', 'aria-label': `${MEASURES[s.measure] || s.measure}, ${title}; the table below lists the points`});
  const box = el('figure', {class: 'panel', 'data-source': p.source},
    el('figcaption', null, el('h3', null, title)),
    hasPoints ? plot : el('p', {class: 'empty'}, 'No point in this range: the source does not cover it.'),
    pointsTable(p, s, opt));
  if (!hasPoints) return box;
  // uPlot measures its container, so the chart is built once the panel is in the page
  requestAnimationFrame(() => {
    if (!box.isConnected) return;
    const u = timeChart(plot, {
      x: p.x, lines: p.lines, markers: opt.markers || [], width: plot.clientWidth || 800, freq: s.freq,
      yLabel: AXIS[s.measure] || s.measure, syncKey: 'explorer',
      onBrush: (t0, t1) => {
        const inside = p.x.filter(t => t >= t0 && t <= t1);
        if (!inside.length) return;
        go({from: periodLabel(inside[0], s.freq), to: periodLabel(inside[inside.length - 1], s.freq),
          ...NO_DRILL});
      },
      onPick: (li, idx) => go({d_source: p.source, d_dyad: p.lines[li].dyad, period: p.periods[idx], sort: '', dir: '', page: ''}),
    });
    charts.push({u, box: plot});
  });
  return box;
}

function pointsTable(p, s, opt) {
  const rows = p.lines.flatMap(l => l.points.map(pt => ({...pt, dyad: l.dyad})));
  return el('details', {class: 'points'},
    el('summary', null, `Points as a table (${rows.length})`),
    table([
      {key: 'period', label: s.freq},
      {key: 'dyad', label: 'dyad'},
      {key: 'value', label: MEASURES[s.measure] || s.measure, num: true},
      {key: 'n', label: 'n', num: true},
      {key: 'events', label: 'events', cell: r => el('a', {class: 'pick',
        href: hashFor('explorer', paramsOf({...s, d_source: p.source, d_dyad: r.dyad, period: r.period, sort: '', dir: '', page: ''}, opt))},
      `list ${num(r.n)}`)},
    ], rows));
}

function summaryTable(panels, s) {
  const rows = panels.flatMap(p => p.lines.map(l => {
    const vals = l.values.filter(v => v != null);
    return {source: p.source, dyad: l.dyad, points: vals.length, gaps: l.values.length - vals.length,
      n: l.n.reduce((a, v) => a + (v || 0), 0),
      mean: vals.length ? vals.reduce((a, v) => a + v, 0) / vals.length : null};
  }));
  return table([
    {key: 'source', label: 'source'}, {key: 'dyad', label: 'dyad'},
    {key: 'points', label: `${s.freq}s with a point`, num: true}, {key: 'gaps', label: 'gaps (not covered)', num: true},
    {key: 'n', label: 'events (n)', num: true},
    {key: 'mean', label: `mean of ${MEASURES[s.measure] || s.measure} per ${s.freq}`, num: true},
  ], rows);
}

// Charts: small SVG graphics (coverage strips, sensitivity range bars) and time-series panels drawn
// with uPlot (the WebJar's global `uPlot`), one look for the explorer and the trace.
import {svg, num, pct} from './dom.js';

/** Line colours: Okabe–Ito, distinguishable in colour-blind vision and in greyscale print. */
const COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'];

/** Seconds since the epoch (UTC) of a period or date label: '2015', '2015-07' or '2015-07-14'. */
export function periodTime(label) {
  const [y, m, d] = String(label).split('-').map(Number);
  return Date.UTC(y, (m || 1) - 1, d || 1) / 1000;
}

/** The label of a time at a frequency: '2015-07' (month) or '2015' (year). */
export function periodLabel(t, freq) {
  const d = new Date(t * 1000);
  const y = String(d.getUTCFullYear());
  return freq === 'year' ? y : `${y}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Every period label from `from` to `to` inclusive ('YYYY-MM' or 'YYYY'), the x axis of a panel. */
export function periodsBetween(from, to, freq) {
  const out = [];
  if (freq === 'year') {
    for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) out.push(String(y));
    return out;
  }
  let [y, m] = from.slice(0, 7).split('-').map(Number);
  const [ty, tm] = to.slice(0, 7).split('-').map(Number);
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) { m = 1; y++; }
  }
  return out;
}

/**
 * A coverage strip: one cell per period, shaded by the share of its days the source covered
 * (covered 0..1), a gap (0) in the gap colour; each cell's title names period and share.
 */
export function coverageStrip(source, coverage) {
  const w = 3, h = 14;
  const covered = coverage.filter(c => c.covered > 0).length;
  const first = coverage.length ? coverage[0].period : '';
  const last = coverage.length ? coverage[coverage.length - 1].period : '';
  return svg('svg', {class: 'strip', width: Math.max(coverage.length * w, 1), height: h, role: 'img',
    'aria-label': `${source}: ${covered} of ${coverage.length} periods covered, ${first} to ${last}`},
  coverage.map((c, i) => svg('rect', {x: i * w, y: 0, width: w, height: h,
    class: c.covered > 0 ? 'cov' : 'gap',
    'fill-opacity': c.covered > 0 ? (0.25 + 0.75 * c.covered).toFixed(2) : null},
  svg('title', null, `${c.period}: ${pct(c.covered)} of days covered`))));
}

/** A 0..1 bar with the sensitivity range [low, high] as a box and the value as a dot; ½ marked. */
export function rangeBar(low, high, value) {
  const W = 160, H = 16, x = v => 4 + (W - 8) * Math.min(1, Math.max(0, Number(v)));
  return svg('svg', {class: 'range', width: W, height: H, role: 'img',
    'aria-label': `${num(value)}, sensitivity ${num(low)} to ${num(high)}`},
  svg('line', {class: 'axis', x1: x(0), x2: x(1), y1: H / 2, y2: H / 2}),
  svg('line', {class: 'half', x1: x(0.5), x2: x(0.5), y1: 2, y2: H - 2}),
  low == null || high == null ? null
    : svg('rect', {class: 'box', x: x(low), y: 4, width: Math.max(1, x(high) - x(low)), height: H - 8}),
  svg('circle', {class: 'dot', cx: x(value), cy: H / 2, r: 3.5}));
}

/**
 * Ticks on period starts, at most about 12: every 1, 2, 3, 6, 12, 24 or 60 months (1, 2, 5 or 10
 * years), labelled as periods ('2015-07'; a year alone when the step is whole years), so a monthly
 * axis never shows days.
 */
function periodAxis(freq) {
  const monthsOf = t => { const d = new Date(t * 1000); return d.getUTCFullYear() * 12 + d.getUTCMonth(); };
  const steps = freq === 'year' ? [12, 24, 60, 120] : [1, 2, 3, 6, 12, 24, 60];
  let step = 1;
  return {
    splits: (u, ai, min, max) => {
      const from = monthsOf(min), to = monthsOf(max);
      step = steps.find(k => (to - from) / k <= 12) || steps[steps.length - 1];
      const out = [];
      for (let m = Math.ceil(from / step) * step; m <= to; m += step) out.push(Date.UTC(Math.floor(m / 12), m % 12, 1) / 1000);
      return out.filter(t => t >= min && t <= max);
    },
    values: (u, ticks) => ticks.map(t => periodLabel(t, step % 12 === 0 ? 'year' : 'month')),
  };
}

/**
 * Draws the case's markers (breakpoints) as dashed vertical lines, each labelled at the top; a label
 * that would overlap the one before goes one line lower.
 */
function markerHook(markers) {
  return u => {
    const {ctx, bbox} = u;
    const r = window.devicePixelRatio || 1;
    const lineH = 13 * r;
    const rowEnds = [];
    ctx.save();
    ctx.strokeStyle = '#888';
    ctx.fillStyle = '#444';
    ctx.lineWidth = r;
    ctx.setLineDash([4 * r, 3 * r]);
    ctx.font = `${11 * r}px system-ui, sans-serif`;
    ctx.textBaseline = 'top';
    ctx.textAlign = 'left';
    const placed = [...markers].sort((a, b) => periodTime(a.date) - periodTime(b.date));
    for (const m of placed) {
      const x = Math.round(u.valToPos(periodTime(m.date), 'x', true));
      if (x < bbox.left || x > bbox.left + bbox.width) continue;
      ctx.beginPath();
      ctx.moveTo(x, bbox.top);
      ctx.lineTo(x, bbox.top + bbox.height);
      ctx.stroke();
      const w = ctx.measureText(m.label).width;
      const flip = x + 3 * r + w > bbox.left + bbox.width;   // near the right edge: label to the left
      const x0 = flip ? x - 3 * r - w : x + 3 * r;
      let row = rowEnds.findIndex(end => end < x0);
      if (row < 0) row = rowEnds.length;
      rowEnds[row] = x0 + w + 6 * r;
      ctx.fillText(m.label, x0, bbox.top + 2 * r + row * lineH);
    }
    ctx.restore();
  };
}

/**
 * A time-series panel: x is seconds (periodTime), lines are {label, values (null = no point, drawn
 * as a gap), n (events behind each point)}. The legend shows each point's value and n; dragging
 * across the plot calls onBrush(fromTime, toTime); clicking a point calls onPick(lineIndex, index).
 * Returns the uPlot instance.
 */
export function timeChart(target, {x, lines, markers = [], width, height = 170, yLabel, format = num,
  freq = 'month', syncKey, onBrush, onPick, extraDraw}) {
  let brushed = false;
  const u = new uPlot({
    width, height,
    tzDate: ts => uPlot.tzDate(new Date(ts * 1e3), 'Etc/UTC'),
    // zero stays in view, so heights compare across panels and a count is read against its base
    scales: {x: {time: true}, y: {range: (uu, min, max) => [Math.min(0, min), max > 0 ? max * 1.08 : 1]}},
    cursor: {sync: syncKey ? {key: syncKey} : undefined, drag: {x: !!onBrush, y: false, setScale: false}},
    legend: {live: true},
    series: [
      {label: freq === 'year' ? 'year' : 'month', value: (uu, v) => (v == null ? '' : periodLabel(v, freq))},
      ...lines.map((l, i) => ({
        label: l.label, stroke: COLORS[i % COLORS.length], width: 1.5, spanGaps: false,
        points: {show: true, size: 4},
        value: (uu, v, si, idx) => (v == null ? '—' : `${format(v)} (n=${num(l.n[idx])})`),
      })),
    ],
    axes: [{stroke: '#333', grid: {stroke: '#eee'}, ...periodAxis(freq)},
      {stroke: '#333', grid: {stroke: '#eee'}, label: yLabel, size: 60, values: (uu, ticks) => ticks.map(v => format(v))}],
    hooks: {
      draw: [markerHook(markers), ...(extraDraw ? [extraDraw] : [])],
      setSelect: [uu => {
        if (!onBrush || uu.select.width < 2) return;
        brushed = true;
        onBrush(uu.posToVal(uu.select.left, 'x'), uu.posToVal(uu.select.left + uu.select.width, 'x'));
      }],
    },
  }, [x, ...lines.map(l => l.values)], target);
  if (onPick) {
    u.over.addEventListener('click', () => {
      if (brushed) { brushed = false; return; }
      const pick = nearestPoint(u);
      if (pick) onPick(pick.line, pick.idx);
    });
  }
  return u;
}

/** The point under the cursor: the line whose value at the cursor's index is closest in y; null in a gap. */
function nearestPoint(u) {
  const idx = u.cursor.idx;
  if (idx == null) return null;
  let best = null;
  for (let s = 1; s < u.series.length; s++) {
    const v = u.data[s][idx];
    if (v == null || !u.series[s].show) continue;
    const d = Math.abs(u.valToPos(v, u.series[s].scale) - u.cursor.top);
    if (!best || d < best.d) best = {line: s - 1, idx, d};
  }
  return best;
}

/**
 * The posterior chart of the trace: x is the step (0 = priors), one line per hypothesis, and at the
 * last step each hypothesis's sensitivity range drawn as a box (ranges: {hypothesis: [low, high]}).
 */
export function posteriorChart(target, {steps, lines, ranges, width, height = 260}) {
  const boxes = u => {
    const {ctx} = u;
    const r = window.devicePixelRatio || 1;
    const last = steps[steps.length - 1];
    ctx.save();
    lines.forEach((l, i) => {
      const range = ranges[l.label];
      if (!range) return;
      const x = u.valToPos(last, 'x', true) + (8 + 10 * i) * r;
      const y0 = u.valToPos(range[0], 'y', true);
      const y1 = u.valToPos(range[1], 'y', true);
      ctx.fillStyle = COLORS[i % COLORS.length] + '33';
      ctx.strokeStyle = COLORS[i % COLORS.length];
      ctx.lineWidth = r;
      ctx.fillRect(x - 3 * r, y1, 6 * r, Math.max(r, y0 - y1));
      ctx.strokeRect(x - 3 * r, y1, 6 * r, Math.max(r, y0 - y1));
    });
    ctx.restore();
  };
  return new uPlot({
    width, height,
    scales: {x: {time: false, range: (u, min, max) => [min, max + 1]}, y: {range: [0, 1]}},
    series: [
      {label: 'step'},
      ...lines.map((l, i) => ({label: l.label, stroke: COLORS[i % COLORS.length], width: 1.5,
        points: {show: true, size: 4}, value: (u, v) => (v == null ? '—' : num(v))})),
    ],
    axes: [{stroke: '#333', grid: {stroke: '#eee'}, label: 'step (0 = priors); boxes: sensitivity range of the final posterior'},
      {stroke: '#333', grid: {stroke: '#eee'}, label: 'posterior', size: 50}],
    hooks: {draw: [boxes]},
  }, [steps, ...lines.map(l => l.values)], target);
}

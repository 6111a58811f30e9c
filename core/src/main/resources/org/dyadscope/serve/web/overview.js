// View 1, Overview: the case, its sources (rows loaded / quarantined / duplicate, a coverage strip
// each), the findings table and the trace's final posteriors with their sensitivity ranges.
import {el, replace, table, num} from './dom.js';
import {getJson, dataLinks} from './api.js';
import {coverageStrip, rangeBar} from './charts.js';
import {findingColumns} from './findings.js';

export async function render(main, ctx) {
  const url = '/api/overview';
  const o = await getJson(url, ctx.signal);
  const period = o.period ? `${o.period.from} to ${o.period.to}` : '';
  replace(main,
    el('h1', null, 'Overview'),
    el('p', {class: 'lede'}, el('strong', null, o.case || ''), period ? ` · ${period}` : ''),
    dataLinks(url, 'data', ['sources', 'coverage', 'findings', 'posteriors']),
    el('section', {'aria-labelledby': 'ov-sources'},
      el('h2', {id: 'ov-sources'}, 'Sources'),
      table([
        {key: 'source', label: 'source'},
        {key: 'files', label: 'files', num: true},
        {key: 'rows_loaded', label: 'rows loaded', num: true},
        {key: 'rows_quarantined', label: 'quarantined', num: true},
        {key: 'rows_duplicate', label: 'duplicate', num: true},
        {key: 'coverage', label: 'coverage by month (darker = more days covered; pale red = gap)',
          cell: s => coverageStrip(s.source, s.coverage || [])},
      ], o.sources || [])),
    el('section', {'aria-labelledby': 'ov-post'},
      el('h2', {id: 'ov-post'}, 'Hypotheses after the trace'),
      (o.posteriors || []).length
        ? table([
          {key: 'hypothesis', label: 'hypothesis'},
          {key: 'posterior', label: 'posterior', num: true},
          // without the case folder the server has no sensitivity box: say so, never 'robust'
          {key: 'range', label: 'sensitivity range', cell: p => (unknownRange(p) ? 'not computed' : `${num(p.low)}–${num(p.high)}`)},
          {key: 'bar', label: '0 … 1', cell: p => (unknownRange(p) ? '' : rangeBar(p.low, p.high, p.posterior))},
          {key: 'robust', label: 'robust?', cell: p => (unknownRange(p) ? 'unknown: serve with --case CASE'
            : p.low < 0.5 && p.high > 0.5 ? 'no: the range crosses ½' : 'yes')},
        ], o.posteriors)
        : el('p', null, 'This run has no trace (no trace.yaml in the case).'),
      el('p', null, el('a', {href: '#/trace'}, 'Every step and evidence item →'))),
    el('section', {'aria-labelledby': 'ov-find'},
      el('h2', {id: 'ov-find'}, 'Findings'),
      (o.findings || []).length
        ? table(findingColumns(), o.findings)
        : el('p', null, 'This run has no assessment (no themes.yaml in the case).'),
      el('p', null, el('a', {href: '#/findings'}, 'Each finding with its indicators →'))));
}

/** A posterior served without its sensitivity range (no case folder): low and high are null. */
function unknownRange(p) {
  return p.low == null || p.high == null;
}

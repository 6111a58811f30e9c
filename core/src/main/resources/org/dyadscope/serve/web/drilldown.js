// View 3, Drill-down: exactly the events behind one point of the explorer (their count is the
// point's n), sortable, paged, with the same rows as CSV from the same API URL.
import {el, replace, table, num, extLink, pager} from './dom.js';
import {getJson, apiUrl, csvUrl, dataLinks} from './api.js';

const PAGE_SIZE = 100;
const QUAD = {1: '1 verbal cooperation', 2: '2 material cooperation', 3: '3 verbal conflict', 4: '4 material conflict'};

/**
 * Fills `box` with the events of the point (d.d_source, d.d_dyad, d.period) at d.freq and the
 * chosen CAMEO roots; d.n is the point's n (to show they agree), d.link(changes) a hash link with
 * the explorer's state changed (sort, page), d.clear() closes the list.
 */
export async function renderDrilldown(box, d) {
  const base = {source: d.d_source, dyad: d.d_dyad, freq: d.freq, period: d.period, cameo_root: d.cameo_root};
  const page = Math.max(1, Number(d.page) || 1);
  const url = apiUrl('/api/events', {...base, sort: d.sort, dir: d.dir, page, size: PAGE_SIZE});
  const res = await getJson(url, d.signal);
  const pages = Math.max(1, Math.ceil(res.total / PAGE_SIZE));
  const agree = d.n == null ? '' : res.total === d.n ? ` (the point’s n = ${num(d.n)})`
    : ` — the point says n = ${num(d.n)}`;
  const sortLink = (key, dir) => { location.hash = d.link({sort: key, dir, page: ''}); };
  replace(box,
    el('h2', {id: 'dd-title', tabindex: '-1'}, `Events behind ${d.d_source} · ${d.d_dyad} · ${d.period}`),
    el('p', {class: 'dd-count'},
      el('strong', {'data-total': res.total}, `${num(res.total)} events`), agree,
      d.cameo_root.length ? ` · CAMEO roots ${d.cameo_root.join(', ')}` : '', ' ',
      el('button', {type: 'button', onclick: d.clear}, 'Close')),
    el('p', {class: 'data-links'},
      el('a', {class: 'button', href: csvUrl(apiUrl('/api/events', base)), download: ''}, 'Download CSV'),
      ' all rows of this point'),
    dataLinks(url, 'this page'),
    table([
      {key: 'date', label: 'date', sort: 'date', cell: r => el('span', {class: 'nowrap'}, r.date ?? '')},
      {key: 'actor1', label: 'actor 1 as coded', cell: r => coded(r.actor1_code, r.actor1_name)},
      {key: 'actor2', label: 'actor 2 as coded', cell: r => coded(r.actor2_code, r.actor2_name)},
      {key: 'resolved', label: 'resolved', cell: r => `${r.source_actor ?? '?'} → ${r.target_actor ?? '?'}`},
      {key: 'cameo', label: 'CAMEO', sort: 'cameo', cell: r => el('span', null, el('code', null, r.cameo_code ?? ''), ' ', r.cameo_name ?? '')},
      {key: 'goldstein', label: 'Goldstein', sort: 'goldstein', num: true},
      {key: 'quad_class', label: 'QuadClass', cell: r => QUAD[r.quad_class] ?? (r.quad_class ?? '')},
      {key: 'tone', label: 'tone', sort: 'tone', num: true},
      {key: 'source_url', label: 'source', cell: r => extLink(r.source_url, shortUrl(r.source_url))},
      {key: 'file', label: 'file:line', cell: r => el('span', {class: 'file'}, `${r.file}:${r.line}`)},
    ], res.rows, {sortKey: d.sort, sortDir: d.dir || 'asc', onSort: sortLink, rowAttrs: () => ({class: 'event'})}),
    pager(page, pages, `${num(res.total)} events`, p => d.link({page: p === 1 ? '' : p})));
}

/** An actor as coded: the code, and the name when it says more (ICEWS codes are names already). */
function coded(code, name) {
  return el('span', null, el('code', null, code ?? ''), name && name !== code ? el('span', {class: 'muted'}, ` ${name}`) : '');
}

/** A URL shortened to its host and the start of its path, for a table cell. */
function shortUrl(u) {
  if (!u) return '';
  const m = /^https?:\/\/(?:www\.)?([^/]+)(\/.*)?$/i.exec(u);
  if (!m) return u;
  const path = m[2] || '';
  return m[1] + (path.length > 24 ? path.slice(0, 22) + '…' : path);
}

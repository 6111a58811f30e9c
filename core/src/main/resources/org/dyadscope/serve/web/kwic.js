// View 6, Securitization: the key-word-in-context browser over the codings, filtered by speaker,
// year, sector, move, desecuritizing, threat source and matched term; each row opens its document.
import {el, replace, table, num, pager} from './dom.js';
import {getJson, apiUrl, dataLinks} from './api.js';
import {hashFor} from './route.js';
import {SECTORS, kwicText, labels, terms} from './coding.js';

const PAGE_SIZE = 50;
const FILTERS = ['speaker', 'year', 'sector', 'move', 'desecuritizing', 'threat_source', 'term'];

export async function render(main, ctx) {
  const f = Object.fromEntries(FILTERS.map(k => [k, ctx.params.get(k) || '']));
  const page = Math.max(1, Number(ctx.params.get('page')) || 1);
  const url = apiUrl('/api/kwic', {...f, page, size: PAGE_SIZE});
  const res = await getJson(url, ctx.signal);
  const pages = Math.max(1, Math.ceil(res.total / PAGE_SIZE));
  replace(main,
    el('h1', null, 'Securitization'),
    filterForm(f, ctx),
    dataLinks(url),
    el('p', {class: 'count', 'aria-live': 'polite'}, `${num(res.total)} sentences`),
    table([
      {key: 'doc', label: 'document · sentence', cell: r => el('a', {class: 'nowrap', href: hashFor('doc', {s: r.sentence_no}, r.doc_id)}, `${r.doc_file || r.doc_id} · ${r.sentence_no}`)},
      {key: 'date', label: 'date', cell: r => el('span', {class: 'nowrap', title: r.date_precision ? `dated to the ${r.date_precision}` : ''}, shownDate(r))},
      {key: 'speaker', label: 'speaker'},
      {key: 'labels', label: 'coding', cell: labels},
      {key: 'kwic', label: 'in context', cell: r => (r.kwic ? kwicText(r.kwic, r.text) : r.text ?? '')},
      {key: 'matched_terms', label: 'matched terms', cell: r => terms(r.matched_terms)},
    ], res.rows || []),
    pager(page, pages, `${num(res.total)} sentences`, p => hashFor('kwic', {...f, page: p === 1 ? '' : p})));
  return null;
}

/** The date to its precision: a UN General Debate speech is dated by its year, stored as 1 January. */
function shownDate(r) {
  if (!r.date) return '';
  return r.date_precision === 'year' ? r.date.slice(0, 4) : r.date_precision === 'month' ? r.date.slice(0, 7) : r.date;
}

function filterForm(f, ctx) {
  const choice = (name, label, values) => el('label', null, label, ' ',
    el('select', {name}, el('option', {value: ''}, 'any'),
      values.map(([v, text]) => el('option', {value: v, selected: f[name] === v}, text))));
  const text = (name, label, attrs) => el('label', null, label, ' ',
    el('input', {type: 'text', name, value: f[name], ...attrs}));
  return el('form', {class: 'controls filters', role: 'search', 'aria-label': 'Filter the coded sentences',
    onsubmit: ev => {
      ev.preventDefault();
      const data = new FormData(ev.target);
      location.hash = hashFor('kwic', Object.fromEntries(FILTERS.map(k => [k, (data.get(k) || '').trim()])));
    }},
  el('div', {class: 'row'},
    text('speaker', 'Speaker', {size: 5, placeholder: 'RUS', autocomplete: 'off'}),
    el('label', null, 'Year ', el('input', {type: 'number', name: 'year', value: f.year, min: 1900, max: 2100, class: 'year'})),
    choice('sector', 'Sector', SECTORS.map(s => [s, s])),
    choice('move', 'Securitizing move', [['1', 'yes'], ['0', 'no']]),
    choice('desecuritizing', 'Desecuritizing', [['1', 'yes'], ['0', 'no']]),
    text('threat_source', 'Threat source', {size: 5, placeholder: 'USA', autocomplete: 'off'}),
    text('term', 'Matched term', {size: 14, placeholder: 'threat'}),
    el('button', {type: 'submit'}, 'Filter'),
    el('a', {href: hashFor('kwic'), class: 'reset'}, 'clear filters')));
}

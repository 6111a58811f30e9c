// View 5, Findings: each theme of the study with its verdict, strength, trend and confidence, and
// each indicator it read, linked to the trace's evidence item or the explorer's series.
import {el, replace, table, num, pct} from './dom.js';
import {getJson, dataLinks} from './api.js';
import {hashFor} from './route.js';

/** The findings table's columns (also the overview's). */
export function findingColumns() {
  return [
    {key: 'theme', label: 'theme', cell: r => el('a', {href: `#/findings?theme=${encodeURIComponent(r.theme)}`}, r.theme)},
    {key: 'study_claim', label: 'the study says'},
    {key: 'verdict', label: 'verdict', cell: r => el('span', {class: `verdict ${r.verdict}`}, r.verdict)},
    {key: 'agreement', label: 'agreement'},
    {key: 'verdict_data', label: 'from data alone'},
    {key: 'strength', label: 'strength', num: true},
    {key: 'trend', label: 'trend'},
    {key: 'confidence', label: 'confidence', cell: r => pct(r.confidence)},
  ];
}

export async function render(main, ctx) {
  const url = '/api/findings';
  const f = await getJson(url, ctx.signal);
  const themes = Array.isArray(f) ? f : (f.themes || []);
  const focus = ctx.params.get('theme');
  replace(main,
    el('h1', null, 'Findings'),
    dataLinks(url, 'data', ['themes', 'indicators']),
    themes.length ? table(findingColumns(), themes) : el('p', null, 'This run has no assessment (no themes.yaml in the case).'),
    themes.map(t => el('section', {class: `theme${t.theme === focus ? ' focus' : ''}`, id: `theme-${t.theme}`,
      'aria-labelledby': `th-${t.theme}`},
    el('h2', {id: `th-${t.theme}`}, `${t.theme}: `, el('span', {class: `verdict ${t.verdict}`}, t.verdict),
      ` (${t.agreement} with the study’s ${t.study_claim})`),
    el('p', {class: 'note'}, `strength ${num(t.strength)} · trend ${t.trend} · confidence ${pct(t.confidence)}`,
      t.third_party_r != null ? ` · r with the third party ${num(t.third_party_r)} over ${t.third_party_n} years` : '',
      t.third_party_p != null ? `, p = ${num(t.third_party_p)}` : (t.third_party_p_note ? ` (${t.third_party_p_note})` : '')),
    table([
      {key: 'indicator', label: 'indicator', cell: indicatorLink},
      {key: 'kind', label: 'kind'}, {key: 'reads', label: 'reads'}, {key: 'observed', label: 'observed'},
      {key: 'coverage', label: 'coverage', cell: r => pct(r.coverage)},
      {key: 'level', label: 'level', num: true}, {key: 'score', label: 'score −1..1', num: true},
    ], t.indicators || []))));
  const target = focus && document.getElementById(`theme-${focus}`);
  if (target) target.scrollIntoView({block: 'start'});
  return null;
}

/**
 * An indicator as a link to what it read: 'evidence E7' to the trace's item. A series indicator is
 * a query of themes.yaml over the store, which the store does not keep, so it stays text.
 */
function indicatorLink(r) {
  const ev = /^evidence\s+(\S+)/.exec(r.kind || '');
  return ev ? el('a', {href: hashFor('trace', {e: ev[1]})}, r.indicator) : r.indicator;
}

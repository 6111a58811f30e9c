// View 4, Evidence and trace: every step of the Bayesian update (prior, what was observed, the
// likelihood applied, posterior), every evidence item (its SQL and the value it returned, or the
// cited fact with URL and date) and the posterior chart with the final sensitivity ranges.
import {el, replace, table, num, extLink} from './dom.js';
import {getJson, dataLinks} from './api.js';
import {posteriorChart} from './charts.js';

/** The trace's CSV tables (`part=`). */
const CSV_PARTS = ['steps', 'evidence', 'posteriors'];

export async function render(main, ctx) {
  const url = '/api/trace';
  const t = await getJson(url, ctx.signal);
  const steps = t.steps || [];
  if (!steps.length) {
    replace(main, el('h1', null, 'Evidence and trace'), dataLinks(url, 'data', CSV_PARTS),
      el('p', null, 'This run has no trace (no trace.yaml in the case).'));
    return null;
  }
  const posteriors = t.posteriors || (await getJson('/api/overview', ctx.signal)).posteriors || [];
  const hyps = [...new Set(steps.map(r => r.hypothesis))];
  const stepNos = [...new Set(steps.map(r => r.step))].sort((a, b) => a - b);
  const at = new Map(steps.map(r => [`${r.step}|${r.hypothesis}`, r]));
  const plot = el('div', {class: 'plot', role: 'img',
    'aria-label': `Posterior of ${hyps.join(', ')} after each step; final: ${posteriors.map(p => `${p.hypothesis} ${num(p.posterior)} (${num(p.low)}–${num(p.high)})`).join(', ')}`});
  replace(main,
    el('h1', null, 'Evidence and trace'),
    dataLinks(url, 'data', CSV_PARTS),
    el('figure', {class: 'panel'}, el('figcaption', null, el('h2', null, 'Posterior after each step')), plot),
    el('section', {'aria-labelledby': 'tr-steps'},
      el('h2', {id: 'tr-steps'}, 'Steps'),
      el('p', {class: 'note'}, 'posterior = prior × likelihood applied / Σ over the step’s hypotheses (prior × likelihood applied); the likelihood applied is P(E|H) when E is present, 1 − P(E|H) when absent.'),
      table([
        {key: 'step', label: 'step', num: true, cell: r => (r.first ? r.step : '')},
        {key: 'evidence_id', label: 'evidence', cell: r => (r.first && r.evidence_id ? el('a', {href: `#/trace?e=${encodeURIComponent(r.evidence_id)}`}, r.evidence_id) : '')},
        {key: 'test_type', label: 'test', cell: r => (r.first ? r.test_type.replace(/_/g, ' ') : '')},
        {key: 'observed', label: 'observed', cell: r => (r.first ? r.observed : '')},
        {key: 'hypothesis', label: 'hypothesis'},
        {key: 'prior', label: 'prior', num: true},
        {key: 'p_e_given_h', label: 'P(E|H)', num: true},
        {key: 'likelihood_applied', label: 'likelihood applied', num: true},
        {key: 'posterior', label: 'posterior', num: true},
      ], stepNos.flatMap(n => hyps.map((h, i) => ({...at.get(`${n}|${h}`), first: i === 0}))),
      {rowAttrs: r => ({class: r.first ? 'group-start' : null})})),
    el('section', {'aria-labelledby': 'tr-ev'},
      el('h2', {id: 'tr-ev'}, 'Evidence'),
      (t.evidence || []).map(evidenceItem)));
  const u = posteriorChart(plot, {
    steps: stepNos, width: plot.clientWidth || 800,
    lines: hyps.map(h => ({label: h, values: stepNos.map(n => (at.get(`${n}|${h}`) || {}).posterior ?? null)})),
    ranges: Object.fromEntries(posteriors.map(p => [p.hypothesis, [p.low, p.high]])),
  });
  const focus = ctx.params.get('e');
  const target = focus && document.getElementById(`ev-${focus}`);
  if (target) { target.classList.add('focus'); target.scrollIntoView({block: 'center'}); }
  return () => u.destroy();
}

function evidenceItem(e) {
  const isQuery = e.kind === 'query';
  return el('article', {class: `evidence ${e.observed}`, id: `ev-${e.evidence_id}`},
    el('h3', null, `${e.evidence_id} · ${e.kind} · `, el('span', {class: `obs ${e.observed}`}, e.observed)),
    el('p', null, e.citation),
    isQuery ? [
      el('pre', null, el('code', null, e.query ?? '')),
      el('p', null, 'test ', el('code', null, e.test ?? ''), ' · value returned ',
        el('strong', null, e.value == null ? 'none (no row)' : num(e.value, 4))),
    ] : el('p', null, e.url ? extLink(e.url, e.url) : 'no URL', e.cited_date ? ` · dated ${e.cited_date}` : ''));
}

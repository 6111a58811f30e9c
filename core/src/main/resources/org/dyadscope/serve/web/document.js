// Views 6 and 7, a document and its review: the text with its coded sentences highlighted; the
// chosen sentence's labels, matched terms and lexicon version; and the analyst's review of that
// coding (confirm or correct move, desecuritizing, sector, threat source), kept in the review file
// beside the store, never in the machine codings.
import {el, replace, extLink} from './dom.js';
import {getJson, postJson, apiUrl, dataLinks} from './api.js';
import {hashFor} from './route.js';
import {SECTORS, yes, labels, terms} from './coding.js';

const REVIEWER_KEY = 'dyadscope.reviewer';

export async function render(main, ctx) {
  const id = ctx.arg;
  const url = apiUrl(`/api/documents/${encodeURIComponent(id)}`);
  const d = await getJson(url, ctx.signal);
  const sentences = [...(d.sentences || [])].sort((a, b) => a.start - b.start);
  const byNo = new Map(sentences.map(s => [String(s.sentence_no), s]));
  const side = el('aside', {class: 'sentence-panel', 'aria-labelledby': 'sp-title'});
  const spans = new Map();

  const choose = (no, moveFocus) => {
    const s = byNo.get(String(no));
    if (!s) return;
    for (const sp of spans.values()) sp.classList.remove('chosen');
    const sp = spans.get(String(no));
    sp.classList.add('chosen');
    if (moveFocus) sp.focus();
    history.replaceState(null, '', hashFor('doc', {s: no}, id));
    sentencePanel(side, d, s, ctx.session, review => {
      s.review = review;
      sp.classList.add('reviewed');
    });
  };

  const body = el('div', {class: 'doc-text', lang: 'en'});
  let pos = 0;
  for (const s of sentences) {
    if (s.start > pos) body.append(d.text.slice(pos, s.start));
    const coded = yes(s.move) || yes(s.desecuritizing);
    const sp = el('span', {
      class: ['sent', yes(s.move) ? 'move' : '', yes(s.desecuritizing) ? 'desec' : '', s.review ? 'reviewed' : ''].join(' ').trim(),
      id: `s-${s.sentence_no}`, tabindex: '0', role: 'button', 'data-n': s.sentence_no,
      'aria-label': `sentence ${s.sentence_no}${coded ? ', coded' : ''}${s.review ? ', reviewed' : ''}`,
      onclick: () => choose(s.sentence_no, false),
      onkeydown: ev => {
        if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); choose(s.sentence_no, false); }
      },
    }, d.text.slice(s.start, s.end));
    spans.set(String(s.sentence_no), sp);
    body.append(sp);
    pos = s.end;
  }
  if (pos < d.text.length) body.append(d.text.slice(pos));

  const coded = sentences.filter(s => yes(s.move) || yes(s.desecuritizing));
  replace(main,
    el('p', {class: 'crumbs'}, el('a', {href: '#/kwic?move=1'}, '← Securitization')),
    el('h1', null, d.title || d.file || d.doc_id),
    el('p', {class: 'lede'}, [d.speaker, d.date, d.file].filter(Boolean).join(' · '),
      d.url ? [' · ', extLink(d.url, 'source')] : ''),
    dataLinks(url),
    el('p', {class: 'legend'},
      el('span', {class: 'sent move'}, 'securitizing move'), ' ',
      el('span', {class: 'sent desec'}, 'desecuritizing'), ' ',
      el('span', {class: 'sent reviewed'}, 'reviewed'),
      ` · ${sentences.length} sentences, ${coded.length} coded. Choose a sentence (click, or Tab and Enter) to see its coding and review it.`),
    el('div', {class: 'doc-layout'}, body, side));
  const first = ctx.params.get('s') || (coded[0] && coded[0].sentence_no);
  if (first != null && byNo.has(String(first))) {
    choose(first, false);
    spans.get(String(first)).scrollIntoView({block: 'center'});
  } else {
    replace(side, el('h2', {id: 'sp-title'}, 'Sentence'), el('p', null, 'Choose a sentence.'));
  }
  return null;
}

/** The chosen sentence: its coding with the evidence, the latest review and the review form. */
function sentencePanel(side, d, s, session, onSaved) {
  const status = el('p', {class: 'status', role: 'status'}, s.review ? reviewLine(s.review) : 'Not reviewed yet.');
  replace(side,
    el('h2', {id: 'sp-title'}, `Sentence ${s.sentence_no}`),
    el('dl', {class: 'coding'},
      el('dt', null, 'coder'), el('dd', null, labels(s), yes(s.move) || yes(s.desecuritizing) || s.sector ? '' : 'no move, no sector'),
      el('dt', null, 'matched terms'), el('dd', null, s.matched_terms ? terms(s.matched_terms) : '—'),
      el('dt', null, 'lexicon'), el('dd', null, s.lexicon || '—')),
    reviewForm(d, s, session, status, onSaved),
    status);
}

function reviewLine(r) {
  const what = [yes(r.move) ? 'move' : 'no move', yes(r.desecuritizing) ? 'desecuritizing' : null,
    r.sector || null, r.threat_source ? `threat: ${r.threat_source}` : null].filter(Boolean).join(', ');
  const at = String(r.reviewed_at || '').replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC');
  return `Reviewed by ${r.reviewer} at ${at}: ${what}${r.note ? ` (“${r.note}”)` : ''}.`;
}

function reviewForm(d, s, session, status, onSaved) {
  const start = s.review || s;   // correct from the latest review, else from the coder
  const reviewer = el('input', {type: 'text', name: 'reviewer', required: true, maxlength: 80, autocomplete: 'name',
    value: localStorage.getItem(REVIEWER_KEY) || ''});
  const move = el('input', {type: 'checkbox', name: 'move', checked: yes(start.move)});
  const desec = el('input', {type: 'checkbox', name: 'desecuritizing', checked: yes(start.desecuritizing)});
  const sector = el('select', {name: 'sector'}, el('option', {value: ''}, 'none'),
    SECTORS.map(x => el('option', {value: x, selected: start.sector === x}, x)));
  const threat = el('input', {type: 'text', name: 'threat_source', size: 6, value: start.threat_source || '',
    placeholder: 'e.g. USA', autocomplete: 'off'});
  const note = el('input', {type: 'text', name: 'note', maxlength: 500, value: ''});

  const send = async labelsOf => {
    const name = reviewer.value.trim();
    if (!name) { status.textContent = 'Give your name as the reviewer first.'; reviewer.focus(); return; }
    localStorage.setItem(REVIEWER_KEY, name);
    status.textContent = 'Saving…';
    try {
      const saved = await postJson('/api/reviews', {reviewer: name, doc_id: d.doc_id, sentence_no: s.sentence_no,
        ...labelsOf, note: note.value.trim()}, {'X-Review-Token': session.token});
      status.textContent = `Saved. ${reviewLine(saved)}`;
      status.classList.remove('error');
      onSaved(saved);
    } catch (e) {
      status.textContent = `Not saved: ${e.message}`;
      status.classList.add('error');
    }
  };
  const asForm = () => ({move: move.checked ? 1 : 0, desecuritizing: desec.checked ? 1 : 0,
    sector: sector.value, threat_source: threat.value.trim().toUpperCase()});
  const asCoder = () => ({move: yes(s.move) ? 1 : 0, desecuritizing: yes(s.desecuritizing) ? 1 : 0,
    sector: s.sector || '', threat_source: s.threat_source || ''});

  return el('form', {class: 'review', 'aria-label': 'Review this coding', onsubmit: ev => { ev.preventDefault(); send(asForm()); }},
    el('h3', null, 'Review'),
    el('label', null, 'Reviewer ', reviewer),
    el('fieldset', {class: 'checks'}, el('legend', null, 'Labels'),
      el('label', null, move, ' securitizing move'),
      el('label', null, desec, ' desecuritizing')),
    el('label', null, 'Sector ', sector),
    el('label', null, 'Threat source ', threat),
    el('label', null, 'Note ', note),
    el('div', {class: 'buttons'},
      el('button', {type: 'button', name: 'confirm', onclick: () => send(asCoder())}, 'Confirm the coder'),
      el('button', {type: 'submit', name: 'save'}, 'Save correction')));
}

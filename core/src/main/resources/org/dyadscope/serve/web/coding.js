// What the KWIC browser and the document view share about a coding: its labels and its key word
// in context (the key term between [[ ]]) as marked text.
import {el} from './dom.js';

/** The five Copenhagen sectors, the values a sector takes. */
export const SECTORS = ['military', 'political', 'economic', 'societal', 'environmental'];

/** A store or review boolean (true/false, 1/0, '1'/'0', 'true'/'false') as a boolean. */
export function yes(v) {
  return v === true || v === 1 || v === '1' || v === 'true';
}

/**
 * The key word in context with its key term marked ('a [[threat]] to' → a <mark>threat</mark> to),
 * with an ellipsis where the window cuts the sentence `text`.
 */
export function kwicText(kwic, text = '') {
  const parts = String(kwic || '').split(/\[\[|\]\]/);
  const plain = parts.join('');
  const flat = s => s.replace(/\s+/g, ' ');
  const cutStart = text && !flat(text).startsWith(flat(plain));
  const cutEnd = text && !flat(text).endsWith(flat(plain));
  return el('span', {class: 'kwic'}, cutStart ? '…' : null,
    parts.map((p, i) => (i % 2 ? el('mark', null, p) : p)), cutEnd ? '…' : null);
}

/** Matched terms 'threat=threats;referent=security' as 'threat=threats; referent=security' (wraps). */
export function terms(matched) {
  return el('span', {class: 'terms'}, String(matched || '').split(';').filter(Boolean).join('; '));
}

/** The coding's labels as short badges: move, desecuritizing, sector, threat source. */
export function labels(c) {
  return el('span', {class: 'labels'},
    yes(c.move) ? el('span', {class: 'badge move'}, 'move') : null,
    yes(c.desecuritizing) ? el('span', {class: 'badge desec'}, 'desecuritizing') : null,
    c.sector ? el('span', {class: 'badge sector'}, c.sector) : null,
    c.threat_source ? el('span', {class: 'badge threat'}, `threat: ${c.threat_source}`) : null,
    // run --coder model: the trained detector decided move or no move, with its probability of a move
    c.detector === 'model' ? el('span', {class: 'badge detector',
      title: 'the trained move detector decided whether this is a move (a move from its threshold up)'},
      `model P(move) ${Number(c.move_probability).toFixed(2)}`) : null);
}

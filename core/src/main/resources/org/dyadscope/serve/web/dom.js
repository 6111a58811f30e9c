// DOM helpers. Every piece of text from the store goes in as a text node (textContent),
// never as markup, so a document, a URL or a CAMEO name cannot inject HTML.

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Builds an element: el('a', {href: url, class: 'x'}, 'text', child...). Attribute values are set
 * with setAttribute (no 'style', which the Content-Security-Policy forbids inline); 'on*' keys
 * given a function become event listeners; null and undefined children are skipped, strings and
 * numbers become text nodes.
 */
export function el(tag, attrs, ...children) {
  return fill(document.createElement(tag), attrs, children);
}

/** The same for an SVG element (coverage strips, range bars). */
export function svg(tag, attrs, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children);
}

function fill(node, attrs, children) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (typeof v === 'function' && k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c == null || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** Replaces a node's children. */
export function replace(node, ...children) {
  node.replaceChildren();
  return fill(node, null, children);
}

/** A number for reading: integers with thousands separators, others to `digits` significant digits; '' for null. */
export function num(v, digits = 3) {
  if (v == null || v === '') return '';
  const x = Number(v);
  if (!Number.isFinite(x)) return String(v);
  if (Number.isInteger(x)) return x.toLocaleString('en-US');
  return Number(x.toPrecision(digits)).toLocaleString('en-US', {maximumFractionDigits: 6});
}

/** A share 0..1 as a percentage with one decimal; '' for null. */
export function pct(v) {
  return v == null || v === '' ? '' : (100 * Number(v)).toFixed(1) + '%';
}

/**
 * A table: columns are {key, label, cell?: row => Node|string, num?: true, sort?: key}. When
 * onSort is given, headers with a sort key become buttons and the active one carries aria-sort.
 */
export function table(columns, rows, {caption, sortKey, sortDir, onSort, rowAttrs} = {}) {
  const head = el('tr', null, columns.map(c => {
    const label = c.label ?? c.key;
    if (!onSort || !c.sort) return el('th', {scope: 'col', class: c.num ? 'num' : null}, label);
    const active = sortKey === c.sort;
    const dir = active ? sortDir : null;
    return el('th', {scope: 'col', class: c.num ? 'num' : null,
      'aria-sort': active ? (dir === 'desc' ? 'descending' : 'ascending') : 'none'},
    el('button', {type: 'button', class: 'sort', 'data-sort': c.sort,
      onclick: () => onSort(c.sort, active && dir === 'asc' ? 'desc' : 'asc')},
    label, el('span', {'aria-hidden': 'true', class: 'arrow'}, active ? (dir === 'desc' ? ' ▼' : ' ▲') : '')));
  }));
  const body = rows.map(r => el('tr', rowAttrs ? rowAttrs(r) : null, columns.map(c => {
    const v = c.cell ? c.cell(r) : r[c.key];
    return el('td', {class: c.num ? 'num' : null}, v instanceof Node ? v : (c.num ? num(v) : (v ?? '')));
  })));
  return el('div', {class: 'table-wrap'},
    el('table', null, caption ? el('caption', null, caption) : null,
      el('thead', null, head), el('tbody', null, body)));
}

/** An external link that does not hand the opener or referrer to the site. */
export function extLink(href, text) {
  if (!href) return text ?? '';
  const safe = /^https?:\/\//i.test(href);
  return safe ? el('a', {href, rel: 'noopener noreferrer', target: '_blank'}, text ?? href) : (text ?? href);
}

/** Previous / next links of a paged list; link(page) gives a page's href. Null for one page. */
export function pager(page, pages, what, link) {
  if (pages <= 1) return null;
  return el('nav', {class: 'pager', 'aria-label': 'Pages'},
    page > 1 ? el('a', {href: link(page - 1), rel: 'prev'}, '← previous') : el('span', {class: 'off'}, '← previous'),
    el('span', {class: 'where'}, ` page ${page} of ${pages} (${what}) `),
    page < pages ? el('a', {href: link(page + 1), rel: 'next'}, 'next →') : el('span', {class: 'off'}, 'next →'));
}

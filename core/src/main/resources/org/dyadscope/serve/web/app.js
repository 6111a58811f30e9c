// The page's entry: the hash router and what every view shares (session, options, navigation).
// Routes: #/overview, #/explorer?…, #/trace?e=ID, #/findings, #/kwic?…, #/doc/DOC_ID?s=N.
// A view is a module exporting render(main, ctx) that may return a cleanup function.
import {el, replace} from './dom.js';
import {getJson} from './api.js';
import {hashFor} from './route.js';
import * as overview from './overview.js';
import * as explorer from './explorer.js';
import * as trace from './trace.js';
import * as findings from './findings.js';
import * as kwic from './kwic.js';
import * as doc from './document.js';

const VIEWS = {overview, explorer, trace, findings, kwic, doc};
const TITLES = {overview: 'Overview', explorer: 'Dyad explorer', trace: 'Evidence and trace',
  findings: 'Findings', kwic: 'Securitization', doc: 'Document'};

const main = document.getElementById('view');
let session = null;
let options = null;
let current = null;   // {route, cleanup, abort}

/** Parses location.hash into {route, arg, params}; null for a hash that is no route (#view). */
function parseHash() {
  const h = location.hash || '#/overview';
  if (!h.startsWith('#/')) return null;
  const [path, query] = h.slice(2).split('?');
  const [route, ...rest] = path.split('/');
  return {route: route || 'overview', arg: rest.length ? decodeURIComponent(rest.join('/')) : null,
    params: new URLSearchParams(query || '')};
}

async function show() {
  const r = parseHash();
  if (!r) return;
  const view = VIEWS[r.route];
  if (current) {
    current.abort.abort();
    if (current.cleanup) current.cleanup();
  }
  const abort = new AbortController();
  current = {route: r.route, abort, cleanup: null};
  for (const a of document.querySelectorAll('nav a[data-route]')) {
    const here = a.dataset.route === r.route || (r.route === 'doc' && a.dataset.route === 'kwic');
    if (here) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
  main.setAttribute('aria-busy', 'true');
  if (!view) {
    replace(main, el('h1', null, 'Not found'), el('p', null, 'No view ', el('code', null, r.route), '. ',
      el('a', {href: '#/overview'}, 'Go to the overview.')));
    main.setAttribute('aria-busy', 'false');
    return;
  }
  document.title = `${TITLES[r.route]} · dyadscope${session && session.case ? ' · ' + session.case : ''}`;
  const ctx = {
    arg: r.arg, params: r.params, signal: abort.signal, session,
    options: async () => options || (options = await getJson('/api/options')),
    /** Replaces the current route's parameters (one history entry, no reload of other views). */
    go: (params, arg = r.arg) => { location.hash = hashFor(r.route, params, arg); },
  };
  try {
    const cleanup = await view.render(main, ctx);
    if (current.abort === abort) current.cleanup = cleanup || null;
    else if (cleanup) cleanup();
  } catch (e) {
    if (e.name === 'AbortError') return;
    replace(main, el('h1', null, TITLES[r.route]), el('p', {class: 'error', role: 'alert'}, e.message),
      r.params.toString() ? el('p', null, el('a', {href: `#/${r.route}`}, 'Open this view with its defaults')) : null);
  } finally {
    if (current.abort === abort) main.setAttribute('aria-busy', 'false');
  }
}

/** Moves focus to the view after a navigation, so keyboard and screen-reader users land on it. */
function focusView(ev) {
  if (ev && ev.oldURL && new URL(ev.oldURL).hash.split('?')[0] === location.hash.split('?')[0]) return;
  main.focus({preventScroll: true});
}

async function boot() {
  try {
    session = await getJson('/api/session');
    document.getElementById('case-name').textContent = session.case || session.store || '';
  } catch (e) {
    replace(main, el('p', {class: 'error', role: 'alert'}, `The server did not answer /api/session: ${e.message}`));
    return;
  }
  document.querySelector('.skip').addEventListener('click', ev => { ev.preventDefault(); main.focus(); });
  window.addEventListener('hashchange', ev => { show().then(() => focusView(ev)); });
  await show();
}

boot();

// Revue's pages work without this script; it adds live updates, filters without reload, uploads with
// progress, the access token, watchlists and "new since your last visit" (kept in localStorage).
(() => {
  'use strict';
  const $ = (sel, root = document) => root.querySelector(sel);
  const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));
  const words = JSON.parse(($('#ui-words') || {}).textContent || '{}');
  const t = (k, ...a) => (words[k] || k).replace(/\{(\d)\}/g, (_, i) => a[i]);
  const plural = (n, k) => t(k + (n === 1 ? '.one' : '.many'), n);
  const saved = (k, d) => { try { const v = JSON.parse(localStorage.getItem(k)); return v == null ? d : v; } catch (e) { return d; } };
  const save = (k, v) => { try { localStorage.setItem(k, JSON.stringify(v)); } catch (e) { /* private mode */ } };
  const token = () => saved('revue.token', '');
  const auth = (h = {}) => { if (token()) h.Authorization = 'Bearer ' + token(); return h; };
  const el = (tag, props = {}, ...kids) => { const e = Object.assign(document.createElement(tag), props); e.append(...kids); return e; };

  // ---- front page: filters without reload, live notice ----
  async function swap(url) {
    const r = await fetch(url, { headers: { Accept: 'text/html' } });
    if (!r.ok) { location.href = url; return; }
    const doc = new DOMParser().parseFromString(await r.text(), 'text/html');
    const fresh = $('#stories', doc);
    if (fresh) { $('#stories').replaceWith(fresh); watchlist(); }
  }

  function front() {
    const form = $('#filters');
    const apply = () => {
      const p = new URLSearchParams();
      for (const [k, v] of new FormData(form)) if (String(v).trim()) p.append(k, String(v).trim());
      const url = '/' + (p.toString() ? '?' + p : '');
      history.replaceState(null, '', url);
      swap(url);
    };
    form.addEventListener('submit', e => { e.preventDefault(); apply(); });
    $$('select, input[type=date]', form).forEach(i => i.addEventListener('change', apply));

    const live = $('#live');
    const created = new Set();
    let updated = false;
    const show = () => {
      $('span', live).textContent = created.size ? plural(created.size, 'live.new') : t('live.updated');
      live.hidden = false;
    };
    $('button', live).addEventListener('click', async () => {
      created.clear(); updated = false; live.hidden = true;
      await swap(location.pathname + location.search);
      const first = $('#stories .card h2 a'); if (first) first.focus();
    });
    if (!window.EventSource) return;
    const es = new EventSource('/api/events');
    const shown = id => !!$(`.card[data-story="${CSS.escape(id)}"]`);
    es.addEventListener('story.created', e => { const d = JSON.parse(e.data); if (!shown(d.story)) { created.add(d.story); show(); } });
    es.addEventListener('story.updated', e => { const d = JSON.parse(e.data); if (shown(d.story)) { updated = true; show(); } else { created.add(d.story); show(); } });
    es.addEventListener('story.merged', () => { updated = true; show(); });
    addEventListener('pagehide', () => es.close());
  }

  // ---- watchlists: follow an entity or a query; the front page marks the matching stories ----
  const watches = () => saved('revue.watch', []);
  const key = w => w.kind + ':' + w.value.toLowerCase();

  async function matches(w) {
    const p = new URLSearchParams({ limit: '200', [w.kind === 'entity' ? 'entity' : 'q']: w.value });
    try {
      const r = await fetch('/api/stories?' + p);
      return r.ok ? (await r.json()).stories.map(s => s.id) : [];
    } catch (e) { return []; }
  }

  async function watchlist() {
    const box = $('#watch');
    if (!box) return;
    const list = $('ul', box);
    const ws = watches();
    $('.empty', box).hidden = ws.length > 0;
    const seen = saved('revue.watch.seen', {});
    const rows = [];
    for (const w of ws) {
      const ids = await matches(w);
      const before = seen[key(w)] || [];
      const fresh = ids.filter(id => !before.includes(id));
      seen[key(w)] = ids;
      for (const id of ids) {
        const card = $(`.card[data-story="${CSS.escape(id)}"]`);
        if (card && !card.classList.contains('watched')) {
          card.classList.add('watched');
          $('h2', card).append(el('span', { className: 'badge', textContent: t('watch.match') }));
        }
      }
      const href = w.kind === 'entity' ? '/entities/' + encodeURIComponent(w.value) : '/search?q=' + encodeURIComponent(w.value);
      const rm = el('button', { type: 'button', textContent: '×' });
      rm.setAttribute('aria-label', t('watch.remove', w.value));
      rm.addEventListener('click', () => { save('revue.watch', watches().filter(x => key(x) !== key(w))); watchlist(); });
      const li = el('li', {}, el('a', { href, textContent: w.value }));
      if (fresh.length && before.length) li.firstChild.after(el('span', { className: 'badge', textContent: t('watch.new', fresh.length) }));
      li.append(rm);
      rows.push(li);
    }
    list.replaceChildren(...rows);
    save('revue.watch.seen', seen);
  }

  function followButtons() {
    $$('button.follow').forEach(b => {
      const w = { kind: b.dataset.kind, value: b.dataset.value };
      const label = () => {
        const on = watches().some(x => key(x) === key(w));
        b.textContent = on ? t('watch.unfollow') : t(w.kind === 'entity' ? 'watch.follow.entity' : 'watch.follow.query');
        b.setAttribute('aria-pressed', String(on));
      };
      b.addEventListener('click', () => {
        const ws = watches();
        save('revue.watch', ws.some(x => key(x) === key(w)) ? ws.filter(x => key(x) !== key(w)) : ws.concat([w]));
        label();
      });
      label();
      b.hidden = false;
    });
  }

  // ---- story: what is new since the last visit ----
  function story() {
    const page = $('.story-page');
    const ids = page.dataset.articles.split(' ').filter(Boolean);
    const k = 'revue.seen.' + page.dataset.story;
    const before = saved(k, null);
    if (before) {
      const fresh = ids.filter(id => !before.includes(id));
      fresh.forEach(id => $$(`li[data-article="${CSS.escape(id)}"]`).forEach(li => {
        li.classList.add('new');
        li.dataset.new = t('story.new.badge');
        const d = li.closest('details'); if (d) d.open = true;
      }));
      if (fresh.length) { const n = $('#new-since'); n.textContent = plural(fresh.length, 'story.fresh'); n.hidden = false; }
    }
    save(k, ids);
  }

  // ---- article: the cited sentence gets the focus ----
  function article() {
    const id = decodeURIComponent(location.hash.slice(1));
    const s = id && document.getElementById(id);
    if (s) { s.tabIndex = -1; s.focus({ preventScroll: true }); s.scrollIntoView({ block: 'center' }); }
  }

  // ---- sources: token, uploads with progress, feeds ----
  function sources() {
    const tk = $('#token');
    tk.value = token();
    tk.addEventListener('input', () => save('revue.token', tk.value.trim()));

    const list = $('#upload-list');
    let queue = Promise.resolve();
    const upload = file => {
      const bar = el('progress', { max: 100, value: 0 });
      const status = el('span', { className: 'status', textContent: '…' });
      const li = el('li', {}, el('strong', { textContent: file.name }), bar, status);
      list.append(li);
      queue = queue.then(() => new Promise(done => {
        const x = new XMLHttpRequest();
        x.open('POST', '/api/upload');
        Object.entries(auth()).forEach(([h, v]) => x.setRequestHeader(h, v));
        x.upload.onprogress = e => { if (e.lengthComputable) bar.value = Math.round(100 * e.loaded / e.total); };
        x.onload = () => {
          bar.value = 100;
          let body = {};
          try { body = JSON.parse(x.responseText); } catch (e) { /* not JSON */ }
          if (x.status === 202 && body.files) {
            const f = body.files[0] || { accepted: [], errors: [] };
            status.textContent = t('sources.accepted', f.accepted.length);
            li.dataset.accepted = String(f.accepted.length);
            if (f.errors.length) li.append(el('ul', { className: 'err' }, ...f.errors.map(m => el('li', { textContent: m }))));
          } else {
            status.textContent = t('sources.failed', body.error || x.status);
            status.className = 'status err';
            li.dataset.accepted = '0';
          }
          li.dataset.done = 'true';
          done();
        };
        x.onerror = () => { status.textContent = t('sources.failed', 'network'); status.className = 'status err'; li.dataset.done = 'true'; done(); };
        const fd = new FormData(); fd.append('files', file, file.name);
        x.send(fd);
      }));
    };
    const form = $('#upload-form');
    const input = $('#files');
    form.addEventListener('submit', e => { e.preventDefault(); Array.from(input.files).forEach(upload); input.value = ''; });
    const drop = $('#drop');
    ['dragenter', 'dragover'].forEach(ev => drop.addEventListener(ev, e => { e.preventDefault(); drop.classList.add('over'); }));
    ['dragleave', 'drop'].forEach(ev => drop.addEventListener(ev, e => { e.preventDefault(); drop.classList.remove('over'); }));
    drop.addEventListener('drop', e => Array.from(e.dataTransfer.files).forEach(upload));

    const feedForm = $('#feed-form');
    const status = $('#feed-status');
    feedForm.addEventListener('submit', async e => {
      e.preventDefault();
      const file = $('#feed-opml').files[0];
      const url = $('#feed-url').value.trim();
      const init = file ? { body: await file.text(), headers: auth({ 'Content-Type': 'text/x-opml' }) }
        : { body: JSON.stringify({ url }), headers: auth({ 'Content-Type': 'application/json' }) };
      try {
        const r = await fetch('/api/feeds', Object.assign({ method: 'POST' }, init));
        const body = await r.json().catch(() => ({}));
        status.textContent = r.ok ? t('sources.added', (body.added || []).map(f => f.url).join(', ')) : t('sources.failed', body.error || r.status);
        if (r.ok) { feedForm.reset(); }
      } catch (err) { status.textContent = t('sources.failed', 'network'); }
      feeds();
    });
    setInterval(() => { if (!document.hidden) feeds(); }, 3000);
  }

  async function feeds() {
    let data;
    try { data = await (await fetch('/api/feeds')).json(); } catch (e) { return; }
    const table = $('#feeds');
    const rows = data.feeds.map(f => {
      const when = f.lastPoll ? new Date(f.lastPoll).toLocaleString(words.lang, { dateStyle: 'medium', timeStyle: 'short' }) : t('sources.never');
      const tr = el('tr', {},
        el('td', {}, el('span', { className: 'feed-title', textContent: f.title || f.url }), el('br'), el('span', { className: 'meta url', textContent: f.url })),
        el('td', { textContent: when }),
        el('td', { className: 'items', textContent: String(f.items) }),
        el('td', { className: 'err', textContent: f.lastError || t('sources.ok') }));
      tr.dataset.url = f.url;
      return tr;
    });
    $('tbody', table).replaceChildren(...rows);
    table.hidden = rows.length === 0;
    $('#feeds-none').hidden = rows.length > 0;
  }

  // ---- review: print ----
  function review() {
    const b = $('button.print');
    if (b) { b.hidden = false; b.addEventListener('click', () => print()); }
  }

  const page = document.body.dataset.page;
  if (page === 'front') { front(); watchlist(); }
  if (page === 'story') story();
  if (page === 'article') { article(); addEventListener('hashchange', article); }
  if (page === 'sources') sources();
  if (page === 'review') review();
  followButtons();
})();

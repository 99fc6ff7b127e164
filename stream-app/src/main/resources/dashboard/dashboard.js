// hkfilings live dashboard: plain JavaScript, no build step. Tables load from the JSON API; the live stream
// (/api/stream, Server-Sent Events) adds each committed event without a reload.
(function () {
  'use strict';

  const MAX_ROWS = 50;
  const COLORS = ['#0b5cad', '#b4570a', '#1d7a47', '#5b3fa8', '#c62828', '#00838f', '#6d4c41', '#ad1457'];
  const $ = (sel) => document.querySelector(sel);
  let source = null;
  let view = null;            // {name: 'market'} or {name: 'company', code: '06680'}
  let company = null;         // the company view's data: positions by shareholder, pledge history, events seen

  // ---------- helpers ----------
  function pick(obj, ...names) {
    if (!obj) return undefined;
    for (const n of names) if (obj[n] !== undefined && obj[n] !== null) return obj[n];
    return undefined;
  }
  function list(body, ...names) {
    if (Array.isArray(body)) return body;
    const inner = pick(body, ...names, 'items', 'results', 'data');
    return Array.isArray(inner) ? inner : [];
  }
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null) continue;
      if (k === 'class') e.className = v; else if (k.startsWith('data-')) e.setAttribute(k, v); else e[k] = v;
    }
    for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(c === undefined || c === null ? '' : String(c)));
    return e;
  }
  const fmtInt = (n) => (n === undefined || n === null ? '–' : Number(n).toLocaleString('en-US'));
  const fmtPct = (n) => (n === undefined || n === null ? '–' : Number(n).toFixed(2) + ' %');
  function fmtTime(s) {
    if (!s) return '–';
    const d = new Date(s);
    return isNaN(d) ? s : d.toISOString().replace('T', ' ').slice(0, 19);
  }
  function pad(code) { return String(code).padStart(5, '0'); }
  async function getJson(url) {
    const r = await fetch(url, { headers: { Accept: 'application/json' } });
    if (r.status === 404) return null;
    if (!r.ok) throw new Error(url + ': HTTP ' + r.status);
    return r.json();
  }
  function showEmpty(id, empty) { const p = $('#' + id + '-empty'); if (p) p.hidden = !empty; }
  function typeBadge(t) { const s = String(t || 'other').toLowerCase(); return el('span', { class: 'type ' + s }, s); }
  // the title where the source or the text gives one, else the document's file name
  function titleOf(e) {
    if (e.title) return e.title;
    const uri = e.sourceUri || '';
    return uri ? decodeURIComponent(uri.substring(uri.lastIndexOf('/') + 1)) : '';
  }
  function companyName(e) { return pick(e, 'companyNameEn', 'companyNameZh', 'name', 'nameEn') || ''; }
  function laterFetch(fn) { setTimeout(fn, 400); setTimeout(fn, 2000); }   // state tables commit with, or just after, the event

  // ---------- live stream ----------
  function connect(filter) {
    if (source) source.close();
    const qs = filter ? '?company=' + encodeURIComponent(filter) : '';
    document.body.dataset.live = 'connecting';
    $('#live-status').textContent = 'connecting…';
    source = new EventSource('/api/stream' + qs);
    source.onopen = () => { document.body.dataset.live = 'open'; $('#live-status').textContent = 'live'; };
    source.onerror = () => { document.body.dataset.live = 'error'; $('#live-status').textContent = 'reconnecting…'; };
    source.addEventListener('announcement', (m) => {
      let e;
      try { e = JSON.parse(m.data); } catch (err) { console.warn('bad event', err); return; }
      onEvent(e);
    });
    // back after a gap the server no longer holds: re-read the view (a fresh stream, without Last-Event-ID)
    source.addEventListener('resync', () => route());
  }

  function onEvent(e) {
    if (!view) return;
    if (view.name === 'market') {
      addEventRow($('#market-events tbody'), e, true, marketRow);
      showEmpty('market-events', false);
      if (String(e.type).toLowerCase() === 'pledge') laterFetch(loadTopPledged);
    } else if (view.name === 'company' && pad(e.stockCode) === view.code) {
      addEventRow($('#company-events tbody'), e, true, companyRow);
      const t = String(e.type).toLowerCase();
      if (t === 'pledge') { applyPledgeEvent(e); laterFetch(loadPledgePositions); }
      if (t === 'poll') { renderPolls([pollFromEvent(e)]); laterFetch(loadPolls); }
      if (t === 'esg') { renderEsgFromEvent(e); laterFetch(loadEsg); }
      laterFetch(loadSummary);
    }
  }

  // ---------- events tables ----------
  function marketRow(e) {
    const code = pad(e.stockCode);
    return [fmtTime(e.processedAt), el('a', { href: '#/company/' + code }, code), companyName(e), typeBadge(e.type), titleOf(e)];
  }
  function companyRow(e) { return [fmtTime(e.processedAt), typeBadge(e.type), titleOf(e), e.announcementId]; }
  function addEventRow(tbody, e, fresh, cells) {
    const id = e.announcementId;
    const old = tbody.querySelector('tr[data-announcement="' + CSS.escape(id) + '"]');
    if (old) old.remove();
    const tr = el('tr', { class: fresh ? 'fresh' : '', 'data-announcement': id, 'data-type': String(e.type).toLowerCase() });
    for (const c of cells(e)) tr.append(el('td', {}, c));
    tbody.prepend(tr);
    while (tbody.rows.length > MAX_ROWS) tbody.deleteRow(tbody.rows.length - 1);
  }

  // ---------- market view ----------
  async function showMarket() {
    view = { name: 'market' };
    company = null;
    connect(null);
    const tbody = $('#market-events tbody');
    tbody.replaceChildren();
    try {
      const recent = list(await getJson('/api/events/recent?limit=' + MAX_ROWS), 'events');
      recent.forEach((e) => addEventRow(tbody, e, false, marketRow));
      showEmpty('market-events', tbody.rows.length === 0);
    } catch (err) { console.warn(err); }
    await loadTopPledged();
    document.body.dataset.ready = 'market';
  }

  async function loadTopPledged() {
    if (!view || view.name !== 'market') return;
    let rows = [];
    try { rows = list(await getJson('/api/pledges/top?by=capital'), 'companies', 'top'); } catch (err) { console.warn(err); }
    const tbody = $('#top-pledged tbody');
    tbody.replaceChildren();
    const pctOf = (r) => Number(pick(r, 'percentOfCapitalPledged', 'totalPercentOfCapitalPledged', 'controllingPercentOfCapitalPledged', 'value')) || 0;
    const max = Math.max(0, ...rows.map(pctOf));
    for (const r of rows) {
      const code = pad(pick(r, 'stockCode', 'code', 'company'));
      const pct = pick(r, 'percentOfCapitalPledged', 'totalPercentOfCapitalPledged', 'controllingPercentOfCapitalPledged', 'value');
      tbody.append(el('tr', { 'data-company': code },
        el('td', {}, el('a', { href: '#/company/' + code }, code)), el('td', {}, companyName(r)),
        el('td', { class: 'num' }, fmtPct(pct)), el('td', {}, bar(pct, max))));
    }
    showEmpty('top-pledged', rows.length === 0);
  }
  // bars relative to the most pledged company listed, so small percentages stay comparable
  function bar(pct, max) {
    const w = max > 0 ? Math.max(0, Math.min(100, (Number(pct) || 0) / max * 100)) : 0;
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('width', '100'); svg.setAttribute('height', '10');
    svg.innerHTML = '<rect width="100" height="10" fill="#e1e4ea"/><rect width="' + w + '" height="10" fill="#b4570a"/>';
    return svg;
  }

  // ---------- company view ----------
  async function showCompany(code) {
    view = { name: 'company', code };
    company = { code, positions: new Map(), history: [] };
    connect(code);
    $('#company-title').textContent = code;
    $('#company-summary').replaceChildren();
    ['#pledge-positions tbody', '#company-events tbody', '#esg-kpis tbody'].forEach((s) => $(s).replaceChildren());
    $('#poll-results').replaceChildren();
    $('#pledge-chart').replaceChildren();
    await Promise.all([loadSummary(), loadCompanyEvents(), loadPledgePositions(), loadPolls(), loadEsg()]);
    document.body.dataset.ready = 'company:' + code;
  }

  async function loadSummary() {
    if (!company) return;
    const code = company.code;
    let s = null;
    try { s = await getJson('/api/companies/' + code); } catch (err) { console.warn(err); }
    if (!company || company.code !== code) return;
    const name = companyName(s) || companyName(company.lastEvent);
    $('#company-title').textContent = code + (name ? ' · ' + name : '');
    const box = $('#company-summary');
    box.replaceChildren();
    if (!s) { if (!company.lastEvent) box.append(el('span', { class: 'empty' }, 'No summary for this company yet.')); return; }
    const counts = pick(s, 'counts', 'countsByType', 'eventCounts') || {};
    for (const [t, n] of Object.entries(counts)) box.append(el('div', { class: 'kpi' }, el('b', {}, n), el('span', {}, t.toLowerCase() + ' announcements')));
    const pledged = pick(s, 'controllingPercentOfCapitalPledged', 'totalPercentOfCapitalPledged', 'percentOfCapitalPledged');
    if (pledged !== undefined) box.append(el('div', { class: 'kpi' }, el('b', {}, fmtPct(pledged)), el('span', {}, 'of capital pledged by controlling shareholders')));
  }

  async function loadCompanyEvents() {
    const code = company.code;
    let events = [];
    try { events = list(await getJson('/api/companies/' + code + '/events'), 'events'); } catch (err) { console.warn(err); }
    if (!company || company.code !== code) return;
    // oldest first, so the table ends newest on top and the positions end at the latest announcement
    events.sort((a, b) => String(a.processedAt || '').localeCompare(String(b.processedAt || '')));
    const tbody = $('#company-events tbody');
    for (const e of events) {
      addEventRow(tbody, e, false, companyRow);
      if (String(e.type).toLowerCase() === 'pledge') applyPledgeEvent(e, true);
    }
    drawChart();
  }

  // pledge positions: the state table is the source; a live pledge event shows its rows at once, before the table catches up
  function positionsOfEvent(e) {
    const p = e.payload || {};
    const at = e.publishedAt || e.processedAt;
    const rows = (p.positions || []).map((x) => ({
      shareholder: x.shareholder, sharesHeld: x.sharesHeld, sharesPledged: x.pledgedAfter,
      percentOfHolding: x.percentOfHoldingPledged, percentOfCapital: x.percentOfCapitalPledged, announcementId: e.announcementId, at }));
    if (rows.length) return rows;
    return (p.transactions || []).filter((t) => t.pledgor).map((t) => ({
      shareholder: t.pledgor, sharesHeld: undefined, sharesPledged: t.shares, percentOfHolding: t.percentOfHolding,
      percentOfCapital: t.percentOfTotalShareCapital, announcementId: e.announcementId, at }));
  }
  function applyPledgeEvent(e, quiet) {
    company.lastEvent = e;
    for (const r of positionsOfEvent(e)) {
      company.positions.set(r.shareholder, r);
      if (r.percentOfCapital !== undefined && r.percentOfCapital !== null) company.history.push(r);
    }
    renderPositions();
    if (!quiet) drawChart();
  }
  async function loadPledgePositions() {
    if (!company) return;
    const code = company.code;
    let body = null;
    try { body = await getJson('/api/companies/' + code + '/pledges'); } catch (err) { console.warn(err); }
    if (!company || company.code !== code || !body) return;
    for (const x of list(body, 'positions', 'pledges')) {
      const r = {
        shareholder: pick(x, 'shareholder', 'name'), sharesHeld: pick(x, 'sharesHeld'),
        sharesPledged: pick(x, 'sharesPledged', 'pledgedAfter'), percentOfHolding: pick(x, 'percentOfHoldingPledged', 'percentOfHolding'),
        percentOfCapital: pick(x, 'percentOfCapitalPledged', 'percentOfCapital'), announcementId: pick(x, 'announcementId'),
        at: pick(x, 'publishedAt', 'asOf', 'processedAt'), controlling: pick(x, 'controllingShareholder') };
      const known = company.positions.get(r.shareholder);
      // a position read from the table never replaces a newer one a live event just showed
      if (!known || !known.at || !r.at || String(r.at) >= String(known.at)) company.positions.set(r.shareholder, r);
    }
    const history = pick(body, 'history');
    if (Array.isArray(history) && history.length) {
      // the table's history covers every pledge announcement; live events since are kept on top of it
      const seen = new Set(history.map((h) => h.announcementId + '|' + h.shareholder));
      const live = company.history.filter((h) => !seen.has(h.announcementId + '|' + h.shareholder));
      company.history = history.filter((h) => h.percentOfCapitalPledged !== null && h.percentOfCapitalPledged !== undefined)
        .map((h) => ({ shareholder: h.shareholder, percentOfCapital: h.percentOfCapitalPledged, announcementId: h.announcementId, at: h.publishedAt }))
        .concat(live);
      drawChart();
    }
    renderPositions();
  }
  function renderPositions() {
    const tbody = $('#pledge-positions tbody');
    tbody.replaceChildren();
    const rows = [...company.positions.values()].sort((a, b) => (Number(b.percentOfCapital) || 0) - (Number(a.percentOfCapital) || 0));
    for (const r of rows) {
      tbody.append(el('tr', { 'data-shareholder': r.shareholder, 'data-announcement': r.announcementId },
        el('td', {}, r.shareholder, r.controlling ? el('span', { class: 'badge controlling' }, 'controlling') : ''), el('td', { class: 'num' }, fmtInt(r.sharesHeld)), el('td', { class: 'num' }, fmtInt(r.sharesPledged)),
        el('td', { class: 'num' }, fmtPct(r.percentOfHolding)), el('td', { class: 'num' }, fmtPct(r.percentOfCapital)),
        el('td', {}, r.announcementId || '')));
    }
    showEmpty('pledge-positions', rows.length === 0);
  }

  function drawChart() {
    const box = $('#pledge-chart');
    const pts = company.history.filter((r) => r.at && !isNaN(new Date(r.at)));
    box.replaceChildren();
    if (!pts.length) { box.append(el('p', { class: 'empty' }, 'No dated pledge positions yet.')); return; }
    const W = 640, H = 240, L = 48, R = 12, T = 10, B = 28;
    const xs = pts.map((p) => new Date(p.at).getTime());
    let x0 = Math.min(...xs), x1 = Math.max(...xs);
    if (x0 === x1) { x0 -= 86400000; x1 += 86400000; }
    const yMax = Math.max(1, ...pts.map((p) => Number(p.percentOfCapital) || 0)) * 1.1;
    const X = (t) => L + (t - x0) / (x1 - x0) * (W - L - R);
    const Y = (v) => H - B - v / yMax * (H - T - B);
    const byHolder = new Map();
    pts.forEach((p) => { if (!byHolder.has(p.shareholder)) byHolder.set(p.shareholder, []); byHolder.get(p.shareholder).push(p); });
    let svg = '<svg viewBox="0 0 ' + W + ' ' + H + '" xmlns="http://www.w3.org/2000/svg">';
    svg += '<line class="axis" x1="' + L + '" y1="' + (H - B) + '" x2="' + (W - R) + '" y2="' + (H - B) + '"/>';
    svg += '<line class="axis" x1="' + L + '" y1="' + T + '" x2="' + L + '" y2="' + (H - B) + '"/>';
    for (let i = 0; i <= 4; i++) {
      const v = yMax * i / 4;
      svg += '<text x="' + (L - 4) + '" y="' + (Y(v) + 4) + '" text-anchor="end">' + v.toFixed(1) + '%</text>';
    }
    svg += '<text x="' + L + '" y="' + (H - 8) + '">' + fmtTime(new Date(x0).toISOString()).slice(0, 10) + '</text>';
    svg += '<text x="' + (W - R) + '" y="' + (H - 8) + '" text-anchor="end">' + fmtTime(new Date(x1).toISOString()).slice(0, 10) + '</text>';
    let i = 0, legendY = T + 10;
    for (const [holder, series] of byHolder) {
      const c = COLORS[i++ % COLORS.length];
      series.sort((a, b) => new Date(a.at) - new Date(b.at));
      const d = series.map((p, k) => (k ? 'L' : 'M') + X(new Date(p.at).getTime()).toFixed(1) + ' ' + Y(Number(p.percentOfCapital) || 0).toFixed(1)).join(' ');
      svg += '<path class="series" stroke="' + c + '" d="' + d + '"/>';
      series.forEach((p) => { svg += '<circle r="3" fill="' + c + '" cx="' + X(new Date(p.at).getTime()).toFixed(1) + '" cy="' + Y(Number(p.percentOfCapital) || 0).toFixed(1) + '"/>'; });
      svg += '<text x="' + (L + 8) + '" y="' + legendY + '" style="fill:' + c + '">' + escapeXml(holder) + '</text>';
      legendY += 13;
    }
    box.innerHTML = svg + '</svg>';
  }
  function escapeXml(s) { return String(s).replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' }[c])); }

  // polls: a failed resolution is red, one carried with under 75 % (or 50 %) for is amber
  function pollFromEvent(e) {
    const p = e.payload || {};
    return { announcementId: e.announcementId, meetingKind: p.meetingKind, meetingDate: p.meetingDate, resolutions: p.resolutions || [] };
  }
  async function loadPolls() {
    if (!company) return;
    const code = company.code;
    let body = null;
    try { body = await getJson('/api/companies/' + code + '/polls'); } catch (err) { console.warn(err); }
    if (!company || company.code !== code || !body) return;
    // the state table: the latest meeting in full, and the contested resolutions of every meeting seen
    company.contested = Array.isArray(body.contested) ? body.contested : [];
    renderPolls(body.latestMeeting ? [body.latestMeeting] : []);
  }
  function contestReason(m, r) {
    const c = (company && company.contested || []).find((x) => x.announcementId === m.announcementId && x.number === r.number);
    if (c) return c.reason;
    if (r.passed === false) return 'FAILED';
    const pct = r.votesForPercent;
    if (pct === undefined || pct === null) return null;
    return pct < 50 ? 'UNDER_50' : pct < 75 ? 'UNDER_75' : null;
  }
  function renderPolls(meetings) {
    const box = $('#poll-results');
    box.replaceChildren();
    for (const m of meetings) {
      box.append(el('p', { class: 'meeting' }, [m.meetingKind, m.meetingDate, m.announcementId].filter(Boolean).join(' · ')));
      const table = el('table', { class: 'resolutions' });
      table.append(el('thead', {}, el('tr', {}, el('th', {}, 'No.'), el('th', {}, 'Resolution'), el('th', { class: 'num' }, 'For'), el('th', { class: 'num' }, 'Against'), el('th', {}, 'Outcome'))));
      const tb = el('tbody');
      for (const r of m.resolutions || []) tb.append(resolutionRow(m, r));
      table.append(tb);
      box.append(table);
    }
    const older = (company && company.contested || []).filter((c) => !meetings.some((m) => m.announcementId === c.announcementId));
    if (older.length) {
      box.append(el('p', { class: 'meeting' }, 'Contested at earlier meetings'));
      const table = el('table', { class: 'resolutions' });
      const tb = el('tbody');
      for (const c of older) tb.append(resolutionRow(c, c, [c.meetingDate, c.meetingKind].filter(Boolean).join(' ')));
      table.append(tb);
      box.append(table);
    }
    showEmpty('poll-results', meetings.length === 0 && older.length === 0);
  }
  function resolutionRow(m, r, when) {
    const reason = contestReason(m, r);
    const failed = reason === 'FAILED';
    const outcome = el('td', {}, failed ? 'failed' : r.passed ? 'passed' : '–');
    if (failed) outcome.append(el('span', { class: 'badge failed' }, 'FAILED'));
    else if (reason) outcome.append(el('span', { class: 'badge contested' }, reason === 'UNDER_50' ? 'under 50 %' : 'under 75 %'));
    return el('tr', { class: failed ? 'failed' : reason ? 'contested' : '', 'data-resolution': r.number },
      el('td', {}, r.number || ''), el('td', {}, (when ? when + ': ' : '') + (r.text || '').slice(0, 140)),
      el('td', { class: 'num' }, fmtPct(r.votesForPercent)), el('td', { class: 'num' }, fmtPct(r.votesAgainstPercent)), outcome);
  }

  // ESG
  async function loadEsg() {
    if (!company) return;
    const code = company.code;
    let rows = [];
    try { rows = list(await getJson('/api/companies/' + code + '/esg'), 'kpis', 'esg'); } catch (err) { console.warn(err); }
    if (!company || company.code !== code || !rows.length) { showEmpty('esg-kpis', !$('#esg-kpis tbody').rows.length); return; }
    renderEsg(rows.map((k) => ({ year: pick(k, 'year', 'reportingYear'), metric: pick(k, 'metric', 'name'), value: pick(k, 'value', 'text'), unit: pick(k, 'unit') })));
  }
  function renderEsgFromEvent(e) {
    const p = e.payload || {};
    const rows = [];
    for (const k of p.kpis || []) for (const v of k.values || []) rows.push({ year: v.year || p.reportingYear, metric: k.metric, value: v.value !== null && v.value !== undefined ? v.value : v.text, unit: k.unit });
    renderEsg(rows);
  }
  function renderEsg(rows) {
    const tbody = $('#esg-kpis tbody');
    tbody.replaceChildren();
    rows.sort((a, b) => (b.year || 0) - (a.year || 0) || String(a.metric).localeCompare(String(b.metric)));
    for (const r of rows) {
      tbody.append(el('tr', { 'data-metric': r.metric }, el('td', {}, r.year || '–'), el('td', {}, r.metric),
        el('td', { class: 'num' }, typeof r.value === 'number' ? r.value.toLocaleString('en-US') : r.value), el('td', {}, r.unit || '')));
    }
    showEmpty('esg-kpis', rows.length === 0);
  }

  // ---------- routing ----------
  function route() {
    const m = location.hash.match(/^#\/company\/(\d{1,5})$/);
    delete document.body.dataset.ready;
    $('#market-view').hidden = !!m;
    $('#company-view').hidden = !m;
    document.body.dataset.view = m ? 'company' : 'market';
    if (m) showCompany(pad(m[1])); else showMarket();
  }
  $('#company-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const v = $('#company-input').value.trim();
    if (/^\d{1,5}$/.test(v)) location.hash = '#/company/' + pad(v);
  });
  window.addEventListener('hashchange', route);
  route();
})();

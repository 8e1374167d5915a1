// Vigil desk: a dashboard over the JSON API. Every piece of stored text goes into the page as a text node
// (never as HTML), so an article containing markup shows that markup as text.
'use strict';

const QUAD = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
const QUAD_COLOR = ['#4e9fd1', '#2e8b57', '#f0a830', '#c0392b'];
const state = { eventsOffset: 0, eventsLimit: 50, current: null, charts: {}, seq: {} };
let pending = 0;

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (v !== null && v !== undefined) e.setAttribute(k, v);
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined) continue;
    e.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function clear(node, ...children) {
  node.replaceChildren(...children.flat(Infinity).filter(c => c !== null && c !== undefined)
    .map(c => c instanceof Node ? c : document.createTextNode(String(c))));
}

function busy(delta) {
  pending += delta;
  document.getElementById('busy').hidden = pending <= 0;
}

async function api(path, params, options) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== '' && v !== null && v !== undefined) q.set(k, v);
  const url = path + (q.toString() ? '?' + q : '');
  busy(1);
  try {
    const res = await fetch(url, options);
    const body = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error((body.title || res.status) + ': ' + (body.detail || res.statusText));
    return body;
  } finally {
    busy(-1);
  }
}

// A view's newest request wins: a response that arrives after a newer request of the same view is dropped.
function ticket(view) {
  const n = (state.seq[view] || 0) + 1;
  state.seq[view] = n;
  return () => state.seq[view] === n;
}

function formParams(form) {
  const p = {};
  for (const [k, v] of new FormData(form).entries()) if (String(v).trim() !== '') p[k] = String(v).trim();
  return p;
}

function showError(node, err) {
  clear(node, el('p', { class: 'error' }, String(err.message || err)));
}

function side(e, p) {
  const code = (e[p + '_country'] || '---') + (e[p + '_sector'] || '');
  const name = e[p + '_actor'] || e[p + '_text'] || '';
  return code + (name ? ' ' + name : '');
}

function eventTable(rows, opts) {
  if (!rows.length) return el('p', {}, opts && opts.empty || 'No events.');
  return el('table', { class: 'events' },
    el('thead', {}, el('tr', {}, ['date', 'source', 'code', 'target', 'mode', 'place', 'sentence'].map(h => el('th', {}, h)))),
    el('tbody', {}, rows.map(e => el('tr', { class: 'clickable', 'data-event': e.event_id, onclick: () => openEvidence(e.event_id) },
      el('td', {}, e.date),
      el('td', {}, side(e, 'src')),
      el('td', { class: e.verdict === 'FIX' ? 'corrected' : '' }, e.cameo + ' ', el('span', { class: 'badge q' + e.quad_class }, e.plover || QUAD[e.quad_class - 1])),
      el('td', {}, side(e, 'tgt')),
      el('td', {}, e.mode),
      el('td', {}, e.loc_name || ''),
      el('td', { class: 'text' }, e.text)))));
}

// ---- views -------------------------------------------------------------------------------------------------

const LOADERS = () => ({ dyad: loadDyad, events: loadEvents, tracker: loadTracker, alerts: loadAlerts, map: loadMap,
  actors: loadActors, incidents: loadIncidents, corrections: loadCorrections });

// Reloads the view on screen (after a correction changed what it shows).
function refreshView() {
  const name = location.hash.slice(1) || 'dyad';
  (LOADERS()[name] || loadDyad)();
}

function showView(name) {
  document.getElementById('evidence').hidden = true;
  for (const v of document.querySelectorAll('.view')) v.hidden = v.id !== 'view-' + name;
  for (const a of document.querySelectorAll('#nav a')) a.classList.toggle('active', a.dataset.view === name);
  (LOADERS()[name] || loadDyad)();
}

async function loadStatus() {
  try {
    const s = await api('/api/status');
    clear(document.getElementById('status'), `${s.articles} articles · ${s.events} events · last ${s.last_event || '–'} · ${s.corrections} corrections`);
  } catch (err) {
    clear(document.getElementById('status'), String(err.message));
  }
}

async function loadTopDyads() {
  const sel = document.getElementById('dyad-top');
  if (sel.options.length > 1) return;
  const top = await api('/api/dyads', { limit: 30 });
  for (const d of top.items) sel.appendChild(el('option', { value: d.a + '|' + d.b }, `${d.a} – ${d.b} (${d.events})`));
}

async function loadDyad() {
  const form = document.getElementById('dyad-form');
  const p = formParams(form);
  loadTopDyads().catch(() => {});
  try {
    const current = ticket('dyad');
    const s = await api('/api/dyads/series', p);
    if (!current()) return;
    drawDyad(s, p);
    drawMarks(s);
  } catch (err) {
    showError(document.getElementById('dyad-marks'), err);
  }
}

function drawDyad(s, p) {
  const node = document.getElementById('dyad-chart');
  const chart = state.charts.dyad || (state.charts.dyad = echarts.init(node));
  const periods = s.buckets.map(b => b.period);
  const markData = s.marks.map(m => ({
    xAxis: bucketOf(m.date, periods), name: `${m.kind} ${m.date}`,
    lineStyle: { color: m.kind === 'threat' ? '#f0a830' : '#2e8b57', type: 'dashed', width: 2 },
    label: { formatter: m.kind === 'threat' ? `threat ${m.date}` : `ceasefire ${m.date}`, color: m.kind === 'threat' ? '#b36b00' : '#1e6b40' }
  }));
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { data: QUAD.concat(['Goldstein sum']) },
    grid: { left: 50, right: 60, top: 40, bottom: 40 },
    xAxis: { type: 'category', data: periods },
    yAxis: [{ type: 'value', name: 'events', minInterval: 1 }, { type: 'value', name: 'Goldstein' }],
    series: QUAD.map((q, i) => ({
      name: q, type: 'bar', stack: 'q', itemStyle: { color: QUAD_COLOR[i] }, data: s.buckets.map(b => b.quad[i])
    })).concat([{ name: 'Goldstein sum', type: 'line', yAxisIndex: 1, data: s.buckets.map(b => b.goldsteinSum), itemStyle: { color: '#333' },
      markLine: { symbol: 'none', data: markData } }])
  }, true);
  chart.off('click');
  chart.on('click', params => {
    const i = params.dataIndex;
    if (i === undefined || !periods[i]) return;
    const to = i + 1 < periods.length ? dayBefore(periods[i + 1]) : endOf(periods[i], s.interval);
    listPeriod(p, periods[i], to);
  });
  node.dataset.periods = periods.join(',');
}

function bucketOf(date, periods) {
  let at = periods[0];
  for (const p of periods) if (p <= date) at = p;
  return at;
}

function dayBefore(iso) {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function endOf(iso, interval) {
  const d = new Date(iso + 'T00:00:00Z');
  if (interval === 'month') d.setUTCMonth(d.getUTCMonth() + 1); else d.setUTCDate(d.getUTCDate() + (interval === 'week' ? 7 : 1));
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function drawMarks(s) {
  const node = document.getElementById('dyad-marks');
  if (!s.marks.length) {
    clear(node, el('p', {}, 'No declared ceasefire or threat between these sides.'));
    return;
  }
  clear(node, el('h3', {}, 'Declared ceasefires and threats on the timeline'),
    el('ul', { class: 'marks' }, s.marks.map(m => el('li', { class: 'cite', 'data-event': m.event_id, onclick: () => openEvidence(m.event_id) },
      `${m.date} · ${m.kind} (${m.cameo}) · `, m.text))));
}

async function listPeriod(p, from, to) {
  const node = document.getElementById('dyad-events');
  clear(document.getElementById('dyad-period-title'), `Events ${from} – ${to}`);
  try {
    const current = ticket('period');
    const r = await api('/api/dyads/events', { a: p.a, b: p.b, rollup: p.rollup, from, to });
    if (!current()) return;
    clear(node, eventTable(r.items));
  } catch (err) {
    showError(node, err);
  }
}

async function loadEvents() {
  const node = document.getElementById('events-table');
  const p = formParams(document.getElementById('events-form'));
  p.limit = state.eventsLimit;
  p.offset = state.eventsOffset;
  try {
    const current = ticket('events');
    const r = await api('/api/events', p);
    if (!current()) return;
    clear(node, eventTable(r.items));
    clear(document.getElementById('events-page'), `${r.total ? r.offset + 1 : 0}–${r.offset + r.items.length} of ${r.total}`);
    document.getElementById('events-next').disabled = r.offset + r.items.length >= r.total;
    document.getElementById('events-prev').disabled = r.offset === 0;
  } catch (err) {
    showError(node, err);
  }
}

async function loadTracker() {
  const node = document.getElementById('tracker-list');
  try {
    const r = await api('/api/commitments', formParams(document.getElementById('tracker-form')));
    if (!r.items.length) { clear(node, el('p', {}, 'No declared commitment in the store.')); return; }
    clear(node, el('table', { class: 'commitments' },
      el('thead', {}, el('tr', {}, ['date', 'kind', 'made by', 'to', 'declaration', 'fate', `decided by (within ${r.window} days)`, 'other side\'s acts'].map(h => el('th', {}, h)))),
      el('tbody', {}, r.items.map(c => el('tr', { 'data-kind': c.kind, 'data-fate': c.fate },
        el('td', {}, c.date), el('td', {}, c.kind), el('td', {}, c.maker), el('td', {}, c.counterpart || '–'),
        el('td', { class: 'text cite', 'data-event': c.event.event_id, onclick: () => openEvidence(c.event.event_id) }, `${c.event.cameo}: `, c.event.text),
        el('td', {}, el('span', { class: 'badge fate-' + c.fate }, c.fate + (c.by ? ' by ' + c.by : ''))),
        el('td', {}, citeList(c.evidence, c.evidence_count)), el('td', {}, citeList(c.counter_acts, c.counter_acts_count)))))));
  } catch (err) {
    showError(node, err);
  }
}

function citeList(rows, total) {
  if (!rows.length) return '–';
  return el('ul', {}, rows.map(e => el('li', { class: 'cite', 'data-event': e.event_id, onclick: () => openEvidence(e.event_id) },
    `${e.date} ${side(e, 'src')} → ${side(e, 'tgt')} (${e.cameo}): `, e.text)),
    total > rows.length ? el('li', {}, `… and ${total - rows.length} more`) : null);
}

async function loadAlerts() {
  const node = document.getElementById('alerts-list');
  const p = formParams(document.getElementById('alerts-form'));
  try {
    const r = await api('/api/alerts', p);
    if (!r.items.length) { clear(node, el('p', {}, 'No change in any dyad passes the threshold.')); return; }
    clear(node, r.items.map((a, i) => {
      const spark = el('div', { class: 'chart', style: 'height:120px' });
      const box = el('div', { class: 'alert' },
        el('h3', {}, `${a.direction}: ${a.a} – ${a.b} from the week of ${a.change_week}`),
        el('p', {}, `weekly Goldstein sum ${a.mean_before.toFixed(1)} → ${a.mean_after.toFixed(1)} (shift statistic ${a.statistic.toFixed(2)})`),
        spark, el('p', {}, 'Sentences that moved it most:'), citeList(a.cited));
      setTimeout(() => echarts.init(spark).setOption({ grid: { left: 40, right: 10, top: 10, bottom: 20 },
        xAxis: { type: 'category', data: weekDates(a) }, yAxis: { type: 'value' },
        series: [{ type: 'line', data: a.weeks, markLine: { symbol: 'none', data: [{ xAxis: a.change_week }] } }] }), 0);
      return box;
    }));
  } catch (err) {
    showError(node, err);
  }
}

function weekDates(a) {
  const d = new Date(a.first_week + 'T00:00:00Z');
  return a.weeks.map(() => { const s = d.toISOString().slice(0, 10); d.setUTCDate(d.getUTCDate() + 7); return s; });
}

let worldLoaded = null;
async function loadMap() {
  const node = document.getElementById('map-chart');
  try {
    if (!worldLoaded) {
      busy(1);
      worldLoaded = fetch('/world.geo.json').then(r => r.json()).then(g => echarts.registerMap('world', g)).finally(() => busy(-1));
    }
    await worldLoaded;
    const current = ticket('map');
    const r = await api('/api/map', formParams(document.getElementById('map-form')));
    if (!current()) return;
    const chart = state.charts.map || (state.charts.map = echarts.init(node));
    chart.setOption({
      tooltip: { trigger: 'item', formatter: d => d.data ? `${d.data.date} ${d.data.cameo} ${d.data.place}` : '' },
      geo: { map: 'world', roam: true, itemStyle: { areaColor: '#e9ecf1', borderColor: '#9aa3b2' }, emphasis: { disabled: true } },
      series: [1, 2, 3, 4].map(q => ({ name: QUAD[q - 1], type: 'scatter', coordinateSystem: 'geo', symbolSize: 9,
        itemStyle: { color: QUAD_COLOR[q - 1] },
        data: r.items.filter(e => e.quad_class === q).map(e => ({ value: [e.loc_lon, e.loc_lat], id: e.event_id, date: e.date, cameo: e.cameo, place: e.loc_name })) }))
    }, true);
    chart.off('click');
    chart.on('click', d => d.data && d.data.id && openEvidence(d.data.id));
    node.dataset.points = r.items.length;
  } catch (err) {
    showError(node, err);
  }
}

async function loadActors() {
  const node = document.getElementById('actors-list');
  try {
    const r = await api('/api/actors', formParams(document.getElementById('actors-form')));
    clear(node, el('table', {}, el('thead', {}, el('tr', {}, ['actor', 'country', 'name', 'as source', 'as target'].map(h => el('th', {}, h)))),
      el('tbody', {}, r.items.map(a => el('tr', { class: 'clickable', onclick: () => openActor(a.id) },
        el('td', {}, a.id), el('td', {}, a.country || ''), el('td', {}, a.name || ''), el('td', {}, a.as_source), el('td', {}, a.as_target))))));
  } catch (err) {
    showError(node, err);
  }
}

async function openActor(id) {
  const node = document.getElementById('actor-page');
  try {
    const a = await api('/api/actors/' + encodeURIComponent(id));
    const chartNode = el('div', { class: 'chart', style: 'height:240px' });
    clear(node, el('h2', {}, a.id),
      el('p', {}, 'Rolls up to: ', a.levels.length ? a.levels.join(' → ') : '(not in the actor files)'),
      a.members.length ? el('p', {}, 'Members: ', a.members.join(', ')) : null,
      a.sponsored.length ? el('p', {}, 'Backs: ', a.sponsored.join(', ')) : null,
      chartNode,
      el('h3', {}, 'Partners'),
      el('ul', {}, a.partners.map(p => el('li', { class: 'cite', onclick: () => goDyad(a.id, p.partner) }, `${p.partner}: ${p.events} events, Goldstein ${Number(p.goldstein_sum).toFixed(1)}`))));
    const months = [...new Set(a.months.map(m => m.month))];
    const series = [];
    for (const role of ['source', 'target']) for (let q = 1; q <= 4; q++) {
      series.push({ name: `${role}: ${QUAD[q - 1]}`, type: 'bar', stack: role, itemStyle: { color: QUAD_COLOR[q - 1], opacity: role === 'source' ? 1 : 0.55 },
        data: months.map(mo => (a.months.find(m => m.month === mo && m.role === role && m.quad_class === q) || { events: 0 }).events) });
    }
    setTimeout(() => echarts.init(chartNode).setOption({ tooltip: { trigger: 'axis' }, grid: { left: 40, right: 10, top: 10, bottom: 30 },
      xAxis: { type: 'category', data: months }, yAxis: { type: 'value', minInterval: 1 }, series }), 0);
  } catch (err) {
    showError(node, err);
  }
}

function goDyad(a, b) {
  const f = document.getElementById('dyad-form');
  f.a.value = a;
  f.b.value = b;
  location.hash = '#dyad';
  showView('dyad');
}

async function loadIncidents() {
  const node = document.getElementById('incidents-list');
  try {
    const r = await api('/api/incidents', formParams(document.getElementById('incidents-form')));
    clear(node, el('table', {}, el('thead', {}, el('tr', {}, ['dates', 'dyad', 'code', 'place', 'reports', 'sources'].map(h => el('th', {}, h)))),
      el('tbody', {}, r.items.map(i => el('tr', { class: 'clickable', onclick: () => openIncident(i.incident_id) },
        el('td', {}, i.date_start + (i.date_end !== i.date_start ? ' – ' + i.date_end : '')), el('td', {}, i.dyad), el('td', {}, i.cameo),
        el('td', {}, i.place || ''), el('td', {}, i.reports), el('td', {}, i.sources))))));
  } catch (err) {
    showError(node, err);
  }
}

async function openIncident(id) {
  const node = document.getElementById('incident-page');
  try {
    const i = await api('/api/incident', { id });
    clear(node, el('h2', {}, `${i.dyad} ${i.cameo} ${i.date_start}`), el('p', {}, `${i.reports} reports from ${i.sources} sources; fatalities ${i.fatalities_min ?? '–'}–${i.fatalities_max ?? '–'}`),
      el('ul', {}, i.reports.map(m => el('li', { class: 'cite', onclick: () => openEvidence(m.event_id) }, `${m.outlet || m.article_id} (${m.date}): `, m.text || ''))));
  } catch (err) {
    showError(node, err);
  }
}

async function loadCorrections() {
  try {
    const [pr, cs] = await Promise.all([api('/api/corrections/precision'), api('/api/corrections')]);
    clear(document.getElementById('precision-table'), pr.items.length ? el('table', {},
      el('thead', {}, el('tr', {}, ['', 'pattern or rule', 'reviewed', 'confirmed', 'fixed', 'rejected', 'precision'].map(h => el('th', {}, h)))),
      el('tbody', {}, pr.items.map(p => el('tr', {}, el('td', {}, p.kind), el('td', {}, p.pattern), el('td', {}, p.reviewed), el('td', {}, p.confirmed),
        el('td', {}, p.fixed), el('td', {}, p.rejected), el('td', {}, p.precision.toFixed(2))))))
      : el('p', {}, 'No verdicts yet.'));
    clear(document.getElementById('corrections-table'), cs.items.length ? el('table', {},
      el('thead', {}, el('tr', {}, ['#', 'when', 'analyst', 'verdict', 'event', 'before', 'after', 'note'].map(h => el('th', {}, h)))),
      el('tbody', {}, cs.items.map(c => el('tr', { class: 'clickable', onclick: () => openEvidence(c.eventId) },
        el('td', {}, c.id), el('td', {}, c.at), el('td', {}, c.analyst), el('td', {}, c.verdict.toLowerCase()), el('td', {}, c.eventId),
        el('td', {}, coding(c.before)), el('td', {}, c.after ? coding(c.after) : '–'), el('td', {}, c.note)))))
      : el('p', {}, 'No corrections yet.'));
  } catch (err) {
    showError(document.getElementById('corrections-table'), err);
  }
}

function coding(c) {
  const s = x => x ? (x.country || '---') + (x.sector || '') + (x.actor ? ' ' + x.actor : '') : '---';
  return `${s(c.source)} ${c.cameo} ${s(c.target)} (${c.mode})`;
}

// ---- evidence ----------------------------------------------------------------------------------------------

async function openEvidence(id) {
  const panel = document.getElementById('evidence');
  const body = document.getElementById('evidence-body');
  panel.hidden = false;
  clear(body, el('p', {}, 'loading…'));
  const form = document.getElementById('correction-form');
  for (const k of ['cameo', 'source', 'target', 'mode', 'note']) form[k].value = '';
  clear(document.getElementById('correction-result'));
  try {
    const current = ticket('evidence');
    const d = await api('/api/event', { id });
    if (!current()) return;
    state.current = d;
    renderEvidence(body, d);
  } catch (err) {
    showError(body, err);
  }
}

function renderEvidence(body, d) {
  const e = d.event;
  const a = d.article;
  const sentence = d.sentences.find(s => s.idx === e.sentence);
  const facts = [
    ['event', e.event_id], ['code', `${e.cameo} ${e.plover || ''} (QuadClass ${e.quad_class}, Goldstein ${e.goldstein})`],
    ['source', side(e, 'src')], ['target', side(e, 'tgt')], ['trigger', e.trigger_start !== null ? a.text.substring(e.trigger_start, e.trigger_end) : '–'],
    ['mode', e.mode + (e.claimant ? ` (claimed by ${e.claimant})` : '')],
    ['date', e.date + (e.date !== e.article_date ? ` (from the text; article dated ${e.article_date})` : ' (the article\'s date)')],
    ['place', e.loc_name ? `${e.loc_name} ${e.loc_country || ''} (${e.loc_lat}, ${e.loc_lon}; precision ${e.loc_precision})` : '–'],
    ['pattern', e.pattern || '–'], ['fatalities', e.fatalities ?? '–'],
    ['verdict', d.rejected ? 'rejected by an analyst' : (e.verdict ? e.verdict.toLowerCase() + ' by an analyst' : 'not reviewed')]
  ];
  if (e.verdict === 'FIX') facts.push(['coded as', `${side(d.coded, 'src')} ${d.coded.cameo} ${side(d.coded, 'tgt')} (${d.coded.mode})`]);
  clear(body,
    el('h2', {}, a.title || a.article_id),
    el('p', {}, `${a.date} · ${a.outlet || 'unknown outlet'} · `, a.url ? el('span', { class: 'url' }, a.url) : 'no URL', ` · article ${a.article_id} v${a.version}`),
    el('dl', { class: 'facts' }, facts.map(([k, v]) => [el('dt', {}, k), el('dd', { 'data-fact': k }, v)])),
    el('div', { class: 'article-text', id: 'article-text' }, highlighted(a.text, sentence, e)));
  const mark = body.querySelector('mark.sentence');
  if (mark) mark.scrollIntoView({ block: 'center' });
}

// Nests the marks: the sentence, within it the event's span, within that the trigger. Every piece of text is a
// text node.
function highlighted(text, sentence, e) {
  const ranges = [];
  if (sentence) ranges.push(['sentence', sentence.span_start, sentence.span_end]);
  if (e.span_start !== null && e.span_start !== undefined) ranges.push(['span', e.span_start, e.span_end]);
  if (e.trigger_start !== null && e.trigger_start !== undefined) ranges.push(['trigger', e.trigger_start, e.trigger_end]);
  return nest(text, 0, text.length, ranges);
}

function nest(text, start, end, ranges) {
  if (!ranges.length) return [text.substring(start, end)];
  const [cls, rs, re] = ranges[0];
  const a = Math.max(start, rs);
  const b = Math.min(end, re);
  if (a >= b) return nest(text, start, end, ranges.slice(1));
  return [text.substring(start, a), el('mark', { class: cls }, nest(text, a, b, ranges.slice(1))), text.substring(b, end)]
    .filter(x => x !== '');
}

async function submitCorrection(verdict) {
  const form = document.getElementById('correction-form');
  const result = document.getElementById('correction-result');
  const p = formParams(form);
  localStorage.setItem('vigil.analyst', p.analyst || '');
  localStorage.setItem('vigil.token', p.token || '');
  const body = { event_id: state.current.event.event_id, verdict, analyst: p.analyst || '', note: p.note || '' };
  if (verdict === 'fix') for (const k of ['cameo', 'source', 'target', 'mode']) if (p[k]) body[k] = p[k];
  try {
    const c = await api('/api/corrections', {}, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + (p.token || '') }, body: JSON.stringify(body) });
    clear(result, `saved as correction ${c.id}`);
    result.className = 'saved';
    const d = await api('/api/event', { id: state.current.event.event_id });
    state.current = d;
    renderEvidence(document.getElementById('evidence-body'), d);
    loadStatus();
    refreshView();
  } catch (err) {
    clear(result, String(err.message));
    result.className = 'error';
  }
}

// ---- wiring ------------------------------------------------------------------------------------------------

function wire() {
  const on = (id, fn) => document.getElementById(id).addEventListener('submit', ev => { ev.preventDefault(); fn(); });
  on('dyad-form', loadDyad);
  on('events-form', () => { state.eventsOffset = 0; loadEvents(); });
  on('tracker-form', loadTracker);
  on('alerts-form', loadAlerts);
  on('map-form', loadMap);
  on('actors-form', loadActors);
  on('incidents-form', loadIncidents);
  document.getElementById('events-prev').onclick = () => { state.eventsOffset = Math.max(0, state.eventsOffset - state.eventsLimit); loadEvents(); };
  document.getElementById('events-next').onclick = () => { state.eventsOffset += state.eventsLimit; loadEvents(); };
  document.getElementById('dyad-top').onchange = ev => {
    if (!ev.target.value) return;
    const [a, b] = ev.target.value.split('|');
    goDyad(a, b);
  };
  document.getElementById('evidence-close').onclick = () => { document.getElementById('evidence').hidden = true; };
  for (const b of document.querySelectorAll('#correction-form button[data-verdict]')) b.onclick = () => submitCorrection(b.dataset.verdict);
  const form = document.getElementById('correction-form');
  form.analyst.value = localStorage.getItem('vigil.analyst') || '';
  form.token.value = localStorage.getItem('vigil.token') || '';
  window.addEventListener('hashchange', () => showView(location.hash.slice(1) || 'dyad'));
  window.addEventListener('resize', () => Object.values(state.charts).forEach(c => c.resize()));
  loadStatus();
  showView(location.hash.slice(1) || 'dyad');
}

document.addEventListener('DOMContentLoaded', wire);

'use strict';
// The MiniCloud console: plain DOM code over the JSON API at /api (docs/console.md describes both).
const $ = (id) => document.getElementById(id);
const state = { collection: null, skip: 0, total: 0, doc: null, tab: null };

async function api(method, path, body, raw) {
  const init = { method, headers: { 'X-MiniCloud-Console': '1' } };
  if (body !== undefined) {
    init.body = raw ? body : JSON.stringify(body);
    if (!raw) init.headers['Content-Type'] = 'application/json';
  }
  const response = await fetch('/api/' + path, init);
  const data = await response.json();
  if (!response.ok) {
    throw new Error(data.errMsg !== undefined ? data.errMsg + ' (errCode ' + data.errCode + ')' : data.error);
  }
  return data;
}

function showError(e) {
  $('error').textContent = e.message;
  $('error').hidden = false;
}

/** Runs an action; its failure is shown in the banner, its success clears it. */
function act(fn) {
  return async (event) => {
    if (event) event.preventDefault();
    try {
      await fn(event);
      $('error').hidden = true;
    } catch (e) {
      showError(e);
    }
  };
}

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

function row(cells) {
  const tr = el('tr');
  cells.forEach((c) => tr.appendChild(c instanceof Node ? wrapCell(c) : el('td', c)));
  return tr;
}

function wrapCell(node) {
  const td = el('td');
  td.appendChild(node);
  return td;
}

const enc = encodeURIComponent;

// Collections
async function loadCollections() {
  const { collections } = await api('GET', 'collections');
  const list = $('collection-list');
  list.replaceChildren();
  for (const c of collections) {
    const b = el('button', c.name + ' (' + c.count + ')');
    b.id = 'coll-' + c.name;
    b.classList.toggle('active', c.name === state.collection);
    b.onclick = act(() => openCollection(c.name));
    list.appendChild(el('li')).appendChild(b);
  }
  const names = collections.map((c) => c.name);
  fillSelect($('try-collection'), names);
}

async function openCollection(name) {
  state.collection = name;
  state.skip = 0;
  $('collection-title').textContent = name;
  $('export').href = '/api/collections/' + enc(name) + '/export';
  $('editor').hidden = true;
  document.querySelectorAll('#collection-list button').forEach((b) => b.classList.toggle('active', b.id === 'coll-' + name));
  await runQuery();
}

async function runQuery() {
  if (!state.collection) throw new Error('choose a collection first');
  const limit = Number($('limit').value) || 20;
  const answer = await api('POST', 'collections/' + enc(state.collection) + '/query', {
    where: $('where').value, orderBy: $('order-by').value, order: $('order').value, skip: state.skip, limit,
  });
  state.total = answer.total;
  const to = Math.min(state.skip + answer.data.length, answer.total);
  $('page-info').textContent = answer.total ? (state.skip + 1) + '–' + to + ' of ' + answer.total : 'no documents';
  const body = $('documents').tBodies[0];
  body.replaceChildren();
  for (const doc of answer.data) {
    const tr = row([String(doc._id), el('span', JSON.stringify(doc))]);
    tr.cells[1].className = 'json';
    tr.onclick = () => edit(doc);
    body.appendChild(tr);
  }
}

function edit(doc) {
  state.doc = doc;
  $('editor').hidden = false;
  $('editor-title').textContent = doc ? 'Document ' + doc._id : 'New document';
  $('doc-editor').value = JSON.stringify(doc || {}, null, 2);
  $('delete-doc').hidden = !doc;
}

function editedDocument() {
  try {
    return JSON.parse($('doc-editor').value);
  } catch (e) {
    throw new Error('the document is not valid JSON: ' + e.message);
  }
}

async function saveDocument() {
  const data = editedDocument();
  const base = 'collections/' + enc(state.collection) + '/documents';
  if (state.doc) await api('PUT', base + '/' + enc(state.doc._id), data);
  else await api('POST', base, data);
  $('editor').hidden = true;
  await Promise.all([runQuery(), loadCollections()]);
}

async function deleteDocument() {
  await api('DELETE', 'collections/' + enc(state.collection) + '/documents/' + enc(state.doc._id));
  $('editor').hidden = true;
  await Promise.all([runQuery(), loadCollections()]);
}

async function importLines() {
  if (!state.collection) throw new Error('choose a collection first');
  const r = await api('POST', 'collections/' + enc(state.collection) + '/import', $('import-text').value, true);
  $('import-text').value = '';
  $('page-info').textContent = 'imported ' + r.imported;
  await Promise.all([runQuery(), loadCollections()]);
}

// Storage
async function loadFiles() {
  const { files } = await api('GET', 'files');
  const body = $('files').tBodies[0];
  body.replaceChildren();
  for (const f of files) {
    const actions = el('span');
    const download = el('a', 'download');
    download.href = '/api/files/download?fileID=' + enc(f.fileID);
    const temp = el('button', 'temp URL');
    temp.onclick = act(async () => {
      const r = await api('POST', 'files/tempurl', { fileID: f.fileID });
      $('temp-url').textContent = r.fileList[0].tempFileURL || r.fileList[0].errMsg;
    });
    const del = el('button', 'delete');
    del.onclick = act(async () => {
      await api('DELETE', 'files?fileID=' + enc(f.fileID));
      await loadFiles();
    });
    actions.append(download, ' ', temp, ' ', del);
    body.appendChild(row([f.cloudPath, String(f.size), actions]));
  }
}

async function upload() {
  const file = $('upload-file').files[0];
  if (!file) throw new Error('choose a file to upload');
  const path = $('upload-path').value || file.name;
  await api('POST', 'files?cloudPath=' + enc(path), file, true);
  await loadFiles();
}

// Functions
async function loadFunctions() {
  const { functions } = await api('GET', 'functions');
  fillSelect($('function-name'), functions);
  await loadTail();
}

async function invoke() {
  let event;
  try {
    event = JSON.parse($('event').value || '{}');
  } catch (e) {
    throw new Error('the event is not valid JSON: ' + e.message);
  }
  const r = await api('POST', 'functions/' + enc($('function-name').value) + '/invoke',
    { event, openid: $('caller').value });
  $('call-result').textContent = JSON.stringify(r, null, 2);
  await loadTail();
}

async function loadTail() {
  const { calls } = await api('GET', 'functions/calls');
  $('tail').replaceChildren(...calls.map((c) => {
    const li = el('li', c.startedAt + ' ' + c.function + (c.caller ? ' as ' + c.caller : '') + ' → ' + c.errMsg
      + ' (' + c.durationMs + ' ms)');
    c.logs.forEach((l) => li.appendChild(el('div', '[' + l.level + '] ' + l.message)));
    return li;
  }));
}

// Permissions
/** The edit form's targets besides collections; collection names cannot hold parentheses. */
const DEFAULT_TARGET = '(default)';
const STORAGE_TARGET = '(storage)';

async function loadPermissions() {
  const p = await api('GET', 'permissions');
  $('rules-file').textContent = (p.file ? 'Edits go to ' + p.file : p.writesTo ? 'No permission file yet: an edit'
    + ' creates ' + p.writesTo : 'No permission file: start serve with --project or --rules to edit') + '.';
  const rows = p.collections.map((c) => ({ target: c.name, name: c.name, aclTag: c.aclTag, rule: c.rule,
    note: c.default ? ' (default)' : '' }));
  rows.push({ target: DEFAULT_TARGET, name: 'other collections (default)', aclTag: p.defaultDatabaseAclTag, note: '' },
    { target: STORAGE_TARGET, name: 'storage', aclTag: p.storage.aclTag, rule: p.storage.rule, note: '' });
  $('acl').tBodies[0].replaceChildren(...rows.map((r) => {
    const edit = el('button', 'Edit');
    edit.type = 'button';
    edit.onclick = () => editPermission(r);
    return row([r.name, r.aclTag + r.note, r.rule ? JSON.stringify(r.rule) : '', edit]);
  }));
  fillSelect($('try-collection'), p.collections.map((c) => c.name));
  const select = $('acl-collection');
  const current = select.value;
  select.replaceChildren(...rows.map((r) => {
    const option = el('option', r.name);
    option.value = r.target;
    return option;
  }));
  if (rows.some((r) => r.target === current)) select.value = current;
}

function editPermission(r) {
  $('acl-collection').value = r.target;
  $('acl-tag').value = r.aclTag;
  $('acl-rule').value = r.rule ? JSON.stringify(r.rule, null, 2) : '';
}

async function savePermission() {
  const target = $('acl-collection').value;
  const tag = $('acl-tag').value;
  const setting = tag === 'CUSTOM' ? { aclTag: tag, rule: $('acl-rule').value } : { aclTag: tag };
  const path = target === DEFAULT_TARGET ? 'default' : target === STORAGE_TARGET ? 'storage'
    : 'collections/' + enc(target);
  await api('PUT', 'permissions/' + path, setting);
  await loadPermissions();
}

/** Shows a try's answer: allowed or denied, the answer, and the rule parts that decided. */
function showTry(r, result, parts) {
  $(result).replaceChildren(el('span', r.allowed ? 'allowed' : 'denied', r.allowed ? 'allowed' : 'denied'));
  $(result).append('\n' + JSON.stringify(r, null, 2));
  $(parts).replaceChildren(...(r.decidedBy.length ? r.decidedBy.map((d) => el('li',
    d.rule + ': ' + d.part + ' → ' + d.result, d.result === 'true' ? 'allowed' : 'denied'))
    : [el('li', 'no custom rule part: the basic permission decided')]));
}

async function tryRule() {
  showTry(await api('POST', 'permissions/try', { collection: $('try-collection').value,
    openid: $('try-openid').value, where: $('try-where').value, action: $('try-action').value }),
  'try-result', 'try-parts');
}

async function tryFile() {
  showTry(await api('POST', 'permissions/try/storage', { cloudPath: $('try-file-path').value,
    openid: $('try-file-openid').value, action: $('try-file-action').value, content: $('try-file-content').value }),
  'try-file-result', 'try-file-parts');
}

// Clock and requests
async function loadClock() {
  showClock(await api('GET', 'clock'));
}

function showClock(c) {
  const text = c.time + (c.frozen ? ' (frozen)' : ' (host clock)');
  $('clock-badge').textContent = text;
  $('clock-now').textContent = text;
}

async function advance(by) {
  showClock(await api('POST', 'clock/advance', { by }));
}

async function loadRequests() {
  const { requests } = await api('GET', 'log');
  $('request-log').tBodies[0].replaceChildren(...requests.map((r) => row([r.at, r.method + ' ' + r.path,
    String(r.status), String(r.durationMs), r.error || ''])));
}

function fillSelect(select, values) {
  const current = select.value;
  select.replaceChildren(...values.map((v) => el('option', v)));
  if (values.includes(current)) select.value = current;
}

const loaders = { collections: loadCollections, storage: loadFiles, functions: loadFunctions,
  permissions: loadPermissions, clock: loadClock, requests: loadRequests };

function show(tab) {
  state.tab = tab;
  document.querySelectorAll('main section').forEach((s) => s.classList.toggle('active', s.id === tab));
  document.querySelectorAll('#tabs button').forEach((b) => b.classList.toggle('active', b.dataset.tab === tab));
  location.hash = tab;
  act(loaders[tab])();
}

document.querySelectorAll('#tabs button').forEach((b) => { b.onclick = () => show(b.dataset.tab); });
$('query').onsubmit = act(() => { state.skip = 0; return runQuery(); });
$('prev-page').onclick = act(() => {
  state.skip = Math.max(0, state.skip - (Number($('limit').value) || 20));
  return runQuery();
});
$('next-page').onclick = act(() => {
  const next = state.skip + (Number($('limit').value) || 20);
  if (next < state.total) state.skip = next;
  return runQuery();
});
$('new-doc').onclick = act(() => { if (!state.collection) throw new Error('choose a collection first'); edit(null); });
$('save-doc').onclick = act(saveDocument);
$('delete-doc').onclick = act(deleteDocument);
$('close-doc').onclick = () => { $('editor').hidden = true; };
$('import').onclick = act(importLines);
$('new-collection').onsubmit = act(async () => {
  await api('POST', 'collections', { name: $('new-collection-name').value });
  await loadCollections();
});
$('upload').onsubmit = act(upload);
$('call').onsubmit = act(invoke);
$('try').onsubmit = act(tryRule);
$('try-file').onsubmit = act(tryFile);
$('acl-edit').onsubmit = act(savePermission);
$('advance').onsubmit = act(() => advance($('advance-by').value));
document.querySelectorAll('#advance [data-by]').forEach((b) => { b.onclick = act(() => advance(b.dataset.by)); });
// The live tail and the request log follow while their tab is open.
setInterval(() => {
  // Not through act: a poll must not clear an error the user has not read yet.
  if (state.tab === 'functions') loadTail().catch(showError);
  if (state.tab === 'requests') loadRequests().catch(showError);
}, 2000);
act(loadClock)();
show(loaders[location.hash.slice(1)] ? location.hash.slice(1) : 'collections');

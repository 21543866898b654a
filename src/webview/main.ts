// The preview webview's script: draws the surface models the extension sends, keeps the view
// state across reloads, and talks back (reveal in editor, scroll sync, copy for WeChat).
import type { FromWebview, InitialData, PersistedState, PreviewModel, SurfaceId, Theme, ToWebview } from '../core/surfaces';
import { restoreBodies } from '../core/surfaces/updates';
import { applyArticleTheme } from './darkArticle';
import { clear, h } from './dom';
import { showDraftLink } from './draftLink';
import { KeyedCache } from './keyed';
import { loadRemote, remoteBlocked, setRemotePolicy } from './remoteMedia';
import { ScrollSync } from './scrollSync';
import { articleSurface } from './views/article';
import { chatsSurface } from './views/chats';
import { clockDuration, formatDuration, type ViewContext } from './views/common';
import { momentsSurface } from './views/moments';
import { subscriptionsSurface } from './views/subscriptions';
import { measureCuts } from './measure';
import { themePicked, themeSelect } from './themePicker';
import { applyOptions, optionClicked, optionsFrom } from './viewOptions';

interface VsCodeApi {
  postMessage(msg: FromWebview): void;
  getState(): PersistedState | undefined;
  setState(s: PersistedState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const SURFACES: SurfaceId[] = ['chats', 'subscriptions', 'moments', 'article'];
const vscode = acquireVsCodeApi();
const initial = readInitial();
const cache = new KeyedCache();
const durations = new Map<string, number>();

let model: PreviewModel | undefined = initial.model;
// Two copies of the view state: `getState` (VS Code's) and the one the extension kept in workspace
// storage (after a window reload VS Code may hand back a copy saved seconds before it closed).
// The newer one wins.
const saved = vscode.getState();
let state: PersistedState = (saved?.savedAt ?? 0) >= (initial.state?.savedAt ?? 0) ? { ...initial.state, ...saved } : { ...saved, ...initial.state };
state.resource = initial.resource || state.resource;
state.locked = initial.locked;
let locked = initial.locked;
let surface: SurfaceId = state.surface ?? (model ? model.delivery : 'subscriptions');
let options = optionsFrom(state);

const root = document.getElementById('wxp-root') as HTMLElement;
const sync = new ScrollSync(
  () => root.querySelector<HTMLElement>('.wxp-surface:not([hidden])'),
  (line) => {
    state.line = line;
    saveState();
    post({ type: 'revealLine', line });
  },
);

function readInitial(): InitialData {
  const el = document.getElementById('wxp-initial');
  try {
    return JSON.parse(el?.textContent || '{}') as InitialData;
  } catch {
    return { resource: '', locked: false, theme: 'light' };
  }
}

function post(msg: FromWebview) {
  vscode.postMessage(msg);
}

let stateTimer: ReturnType<typeof setTimeout> | undefined;
function saveState() {
  state.savedAt = Date.now();
  vscode.setState(state);
  // Also tell the extension (debounced), which keeps it in workspace storage for the serializer.
  if (stateTimer) clearTimeout(stateTimer);
  stateTimer = setTimeout(() => post({ type: 'viewState', state }), 200);
}

// ---- theme -----------------------------------------------------------------------------------
function vscodeTheme(): Theme {
  const c = document.body.classList;
  if (c.contains('vscode-light') || c.contains('vscode-high-contrast-light')) return 'light';
  if (c.contains('vscode-dark') || c.contains('vscode-high-contrast')) return 'dark';
  return initial.theme;
}
function currentTheme(): Theme {
  return state.theme ?? vscodeTheme();
}
function applyTheme() {
  document.body.setAttribute('data-weui-theme', currentTheme());
  applyArticleTheme(root, currentTheme() === 'dark');
  const btn = document.querySelector<HTMLElement>('[data-action="theme"]');
  if (btn && model) btn.textContent = currentTheme() === 'dark' ? `☾ ${model.labels.themeDark}` : `☀ ${model.labels.themeLight}`;
}
new MutationObserver(applyTheme).observe(document.body, { attributes: true, attributeFilter: ['class'] });

// ---- rendering -------------------------------------------------------------------------------
function render() {
  if (!model) return;
  const ctx: ViewContext = { model, labels: model.labels, cache, options };
  const scrollY = window.scrollY;
  // A change of the remote-media setting changes what every cached element shows: build anew.
  if (setRemotePolicy(model.loadRemoteMedia === true, model.labels.remoteMedia)) {
    cache.begin();
    cache.end();
  }
  cache.begin();
  const builders: Record<SurfaceId, () => HTMLElement[]> = {
    chats: () => chatsSurface(ctx),
    subscriptions: () => subscriptionsSurface(ctx),
    moments: () => momentsSurface(ctx),
    article: () => articleSurface(ctx),
  };
  const frag = document.createDocumentFragment();
  frag.appendChild(toolbar(model));
  for (const id of SURFACES) {
    const isDelivery = id === model.delivery;
    const other = (id === 'chats' || id === 'subscriptions') && !isDelivery;
    frag.appendChild(
      h(
        'div',
        { class: `wxp-surface wxp-surface-${id}`, 'data-surface': id, hidden: id !== surface },
        other ? h('div', { class: 'wxp-notice', 'data-notice': 'not-delivery' }, model.labels.notHowDelivered) : null,
        isDelivery && !model.account.declaredType ? h('div', { class: 'wxp-notice is-info', 'data-notice': 'type-unknown' }, model.labels.typeUnknown) : null,
        h('div', { class: 'wxp-screens' }, ...builders[id]()),
      ),
    );
  }
  cache.end();
  clear(root);
  root.appendChild(frag);
  document.documentElement.lang = model.locale === 'zh-cn' ? 'zh-CN' : 'en';
  applyTheme();
  applyOptions(root, options);
  fillDurations();
  scheduleMeasure();
  window.scrollTo(0, scrollY);
}

// ---- measured cuts: after each render, once the fonts are in, and only when they changed ----------
let measureQueued = false;
let lastCuts = '';
function scheduleMeasure() {
  if (measureQueued) return;
  measureQueued = true;
  void document.fonts.ready.then(() =>
    requestAnimationFrame(() => {
      measureQueued = false;
      if (!model || !state.resource) return;
      const cuts = measureCuts(root, model);
      const key = JSON.stringify([state.resource, cuts]);
      if (key === lastCuts) return;
      lastCuts = key;
      post({ type: 'cuts', resource: state.resource, cuts });
    }),
  );
}

function toolbar(m: PreviewModel): HTMLElement {
  const names: Record<SurfaceId, string> = { chats: m.labels.chats, subscriptions: m.labels.subscriptions, moments: m.labels.moments, article: m.labels.article };
  return h(
    'header',
    { class: 'wxp-toolbar' },
    h(
      'nav',
      { class: 'wxp-tabs', role: 'tablist' },
      ...SURFACES.map((id) => {
        const delivery = id === m.delivery;
        const offPath = (id === 'chats' || id === 'subscriptions') && !delivery;
        return h(
          'button',
          {
            type: 'button',
            role: 'tab',
            class: `wxp-tab${id === surface ? ' is-active' : ''}${offPath ? ' is-off-path' : ''}${delivery ? ' is-delivery' : ''}`,
            'data-tab': id,
            'aria-selected': id === surface ? 'true' : 'false',
            title: offPath ? m.labels.notHowDelivered : delivery ? m.labels.deliversHere : undefined,
          },
          names[id],
        );
      }),
    ),
    h(
      'span',
      { class: 'wxp-tools' },
      themeSelect(m),
      h('button', { type: 'button', class: 'wxp-tool', 'data-action': 'theme' }),
      h('button', { type: 'button', class: `wxp-tool${locked ? ' is-on' : ''}`, 'data-action': 'lock', title: locked ? m.labels.unlock : m.labels.lock, 'aria-pressed': locked ? 'true' : 'false' }, locked ? m.labels.lockedShort : m.labels.lockShort),
    ),
  );
}

function showSurface(id: SurfaceId, itemIndex?: number) {
  surface = id;
  state.surface = id;
  saveState();
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('.wxp-surface'))) el.hidden = el.dataset.surface !== id;
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-tab]'))) {
    el.classList.toggle('is-active', el.dataset.tab === id);
    el.setAttribute('aria-selected', el.dataset.tab === id ? 'true' : 'false');
  }
  if (itemIndex !== undefined) {
    const el = root.querySelector<HTMLElement>(`.wxp-surface[data-surface="${id}"] [data-item="${itemIndex}"]`);
    el?.scrollIntoView({ block: 'start' });
  } else window.scrollTo(0, 0);
}

/** Voice and video lengths: read from the file's metadata when the extension did not know them. */
function fillDurations() {
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-duration-src]'))) {
    if (el.textContent) continue;
    const src = el.dataset.durationSrc!;
    if (remoteBlocked(src)) continue;
    const show = (secs: number) => {
      el.textContent = el.dataset.durationFormat === 'clock' ? clockDuration(secs) : formatDuration(secs);
      if (el.dataset.durationFormat === 'voice') {
        const bubble = el.closest<HTMLElement>('.wxp-voice');
        if (bubble) bubble.style.width = `${Math.min(60, 22 + secs * 0.7)}%`;
      }
    };
    const known = durations.get(src);
    if (known !== undefined) {
      show(known);
      continue;
    }
    const probe = document.createElement(el.dataset.durationFormat === 'clock' ? 'video' : 'audio');
    probe.preload = 'metadata';
    probe.muted = true;
    probe.addEventListener('loadedmetadata', () => {
      if (isFinite(probe.duration)) {
        durations.set(src, probe.duration);
        show(probe.duration);
      }
      probe.removeAttribute('src');
    });
    probe.src = src;
  }
}

// ---- events ----------------------------------------------------------------------------------
document.addEventListener('click', (e) => {
  const target = e.target as HTMLElement;
  const remote = target.closest<HTMLElement>('[data-remote-src]');
  if (remote) {
    e.preventDefault();
    return loadRemote(remote);
  }
  const link = target.closest('a');
  if (link) e.preventDefault(); // Nothing in the preview navigates.
  const tab = target.closest<HTMLElement>('[data-tab]');
  if (tab) return showSurface(tab.dataset.tab as SurfaceId);
  const action = target.closest<HTMLElement>('[data-action]')?.dataset.action;
  if (action === 'theme') {
    state.theme = currentTheme() === 'dark' ? 'light' : 'dark';
    saveState();
    return applyTheme();
  }
  if (action === 'lock') return post({ type: 'toggleLock' });
  const chosen = optionClicked(target, options);
  if (chosen) {
    options = chosen;
    Object.assign(state, chosen);
    saveState();
    return applyOptions(root, options);
  }
  const copy = target.closest<HTMLElement>('[data-copy]');
  if (copy) return post({ type: 'copyForWeChat', itemIndex: Number(copy.dataset.copy) });
  const readMore = target.closest<HTMLElement>('.wxp-read-more');
  const page = readMore?.closest<HTMLElement>('[data-page]');
  if (page) return post({ type: 'openSource', itemIndex: Number(page.dataset.page) });
  const jump = target.closest<HTMLElement>('[data-jump]');
  if (jump) return root.querySelector(`[data-page="${jump.dataset.jump}"]`)?.scrollIntoView({ block: 'start' });
  const screenTarget = target.closest<HTMLElement>('[data-target]');
  if (screenTarget) return document.getElementById(screenTarget.dataset.target!)?.scrollIntoView({ block: 'start' });
  if (target.closest('.wxp-rich')) return;
  const item = target.closest<HTMLElement>('[data-item]');
  if (item && model) {
    const index = Number(item.dataset.item);
    const ref = model.items[index];
    if (ref) post({ type: 'reveal', itemIndex: index, line: ref.line });
  }
});

document.addEventListener('change', (e) => {
  const picked = themePicked(e.target);
  if (picked) post(picked);
});

// An image that cannot load (a remote host, a file outside the folder) gets a visible frame.
document.addEventListener(
  'error',
  (e) => {
    const img = e.target as HTMLElement;
    if (img instanceof HTMLImageElement && img.closest('.wxp-rich')) {
      img.classList.add('is-broken');
      img.title = img.getAttribute('src') ?? '';
    }
  },
  true,
);

document.addEventListener('keydown', (e) => {
  if (e.key !== 'Enter' && e.key !== ' ') return;
  const el = (e.target as HTMLElement).closest?.('[data-remote-src], [data-item][role="button"], [data-target]');
  if (el) {
    e.preventDefault();
    (el as HTMLElement).click();
  }
});

// Double-click in an article body: reveal that source line, as the markdown preview does; on an
// image or a link, select exactly its source.
document.addEventListener('dblclick', (e) => {
  const el = (e.target as HTMLElement).closest<HTMLElement>('.wxp-rich [data-line]');
  if (!el) return;
  sync.suppress();
  const span = /^(\d+)-(\d+)$/.exec(el.dataset.span ?? '');
  if (span) post({ type: 'revealSpan', start: Number(span[1]), end: Number(span[2]) });
  else post({ type: 'revealLine', line: Number(el.dataset.line) });
});

async function copyArticle(msg: Extract<ToWebview, { type: 'copyArticle' }>) {
  try {
    const item = new ClipboardItem({
      'text/html': new Blob([msg.html], { type: 'text/html' }),
      'text/plain': new Blob([msg.text], { type: 'text/plain' }),
    });
    await writeWhenFocused(item);
    post({ type: 'copied', ok: true, requestId: msg.requestId });
    flash(model?.labels.copied ?? 'Copied');
  } catch (err) {
    post({ type: 'copied', ok: false, error: err instanceof Error ? err.message : String(err), requestId: msg.requestId });
    flash(model?.labels.copyFailed ?? 'Copy failed');
  }
}

/**
 * The clipboard only accepts a write from a focused document. The extension reveals the preview
 * with focus just before asking, but focus reaches the webview's frame a moment later: ask for it
 * and retry briefly instead of failing the author's copy on a race.
 */
async function writeWhenFocused(item: ClipboardItem) {
  for (let attempt = 0; ; attempt++) {
    try {
      if (!document.hasFocus()) window.focus();
      await navigator.clipboard.write([item]);
      return;
    } catch (err) {
      const focusProblem = err instanceof Error && /focus/i.test(err.message);
      if (!focusProblem || attempt >= 10) throw err;
      await new Promise((r) => setTimeout(r, 150));
    }
  }
}

function flash(text: string) {
  const el = h('div', { class: 'wxp-toast', role: 'status' }, text);
  document.body.appendChild(el);
  setTimeout(() => el.remove(), 1500);
}

window.addEventListener('message', (e: MessageEvent) => {
  const msg = e.data as ToWebview;
  if (!msg || typeof msg !== 'object') return;
  switch (msg.type) {
    case 'update': {
      // Unchanged article bodies are left out of an update and taken from the model shown.
      const full = restoreBodies(msg.model, msg.kept, model);
      if (!full) {
        post({ type: 'resync' });
        break;
      }
      const resourceChanged = msg.resource !== state.resource;
      model = full;
      locked = msg.locked;
      state.resource = msg.resource;
      state.locked = msg.locked;
      saveState();
      render();
      // Another document: start on its delivery surface, unless the author was on Moments or the article.
      if (resourceChanged) showSurface(surface === 'moments' || surface === 'article' ? surface : model.delivery);
      break;
    }
    case 'scrollToLine':
      state.line = msg.line;
      saveState();
      sync.scrollToLine(msg.line);
      break;
    case 'showSurface':
      showSurface(msg.surface, msg.itemIndex);
      break;
    case 'setTheme':
      if (msg.auto) delete state.theme;
      else state.theme = msg.theme;
      saveState();
      applyTheme();
      break;
    case 'copyArticle':
      void copyArticle(msg);
      break;
    case 'draftLink':
      showDraftLink(msg.link, post);
      break;
    case 'copyResult':
      flash(msg.ok ? model?.labels.copied ?? 'Copied' : `${model?.labels.copyFailed ?? 'Copy failed'}${msg.error ? ': ' + msg.error : ''}`);
      break;
  }
});

render();
saveState();
if (state.line !== undefined) sync.scrollToLine(state.line);
post({ type: 'ready' });

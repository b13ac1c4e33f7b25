/**
 * Changing language in the browser app (app/locale.ts with `byUi`, and
 * ui/Root): the store's choice is saved at once, but the locale is applied
 * as the new screen is drawn, in a transition. Until then the old screen is
 * left as it was (not drawn again in the new language, which made a 70–80 ms
 * task), and the page's lang and dir turn with the new screen. Also: Urdu's
 * faces are loaded on request on a page shown in English.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { connectLocale, LOCALE_KEY } from '../../src/app/locale';
import { applyLocale, i18n } from '../../src/i18n/index';
import { resources } from '../../src/i18n/resources';
import { createAppStore } from '../../src/state/store';
import { Root } from '../../src/ui/Root';
import { loadUrduFaces, URDU_FACES } from '../../src/ui/fontWarmUp';

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) };
}

afterEach(() => {
  applyLocale('en', 'international', document);
});

describe('connectLocale', () => {
  it('applies a change at once by default: messages, numbers, the page, the notices', () => {
    const store = createAppStore();
    const stop = connectLocale(store, memoryStorage(), document);
    store.getState().addNotice(() => i18n.t('common:appTitle'));
    store.getState().setLanguage('ur');
    expect(i18n.language).toBe('ur');
    expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['ur', 'rtl']);
    // The window's title too: a printout's header and the projector's tab had stayed English.
    expect(document.title).toBe(resources.ur.common.appTitle);
    expect(store.getState().notices[0]).toBe(resources.ur.common.appTitle);
    store.getState().setLanguage('en');
    expect(document.title).toBe('Poverty policy simulator');
    stop();
  });

  it('with byUi, only saves a change: the UI applies it', () => {
    const store = createAppStore();
    const storage = memoryStorage();
    const stop = connectLocale(store, storage, document, true);
    document.documentElement.dir = 'ltr';
    store.getState().setLanguage('ur');
    expect(i18n.language).toBe('en');
    expect(document.documentElement.dir).toBe('ltr');
    expect(JSON.parse(storage.getItem(LOCALE_KEY)!)).toEqual({ language: 'ur', scale: 'international' });
    stop();
  });
});

/** The app in Root, as the browser app connects it (the locale applied by the UI), starting in English. */
function mountRoot() {
  const store = createAppStore();
  const stop = connectLocale(store, memoryStorage(), document, true);
  applyLocale('en', 'international', document);
  const app = { store, actions: { cancel: vi.fn(), resume: vi.fn() }, sensitivity: { run: vi.fn(), cancel: vi.fn(), dispose: vi.fn() } } as unknown as Parameters<typeof Root>[0]['app'];
  return { store, stop, ...render(<Root app={app} />) };
}

/** Runs `f` outside act, as browser events and timers run: React renders on its own schedule. */
async function outsideAct(f: () => Promise<void>): Promise<void> {
  const env = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  const was = env.IS_REACT_ACT_ENVIRONMENT;
  env.IS_REACT_ACT_ENVIRONMENT = false;
  try {
    await f();
  } finally {
    env.IS_REACT_ACT_ENVIRONMENT = was;
  }
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('<Root> on a change of language', () => {
  it('leaves the old screen as it was until the new one is drawn, then turns the page and rewords the notices', async () => {
    const { store, stop } = mountRoot();
    store.getState().addNotice(() => i18n.t('common:appTitle'));
    const title = screen.getByRole('heading', { level: 1 });
    expect(title).toHaveTextContent(resources.en.common.appTitle);
    const seen = new MutationObserver(() => undefined);
    seen.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    await outsideAct(async () => {
      store.getState().setLanguage('ur');
      for (let k = 0; k < 3; k++) await Promise.resolve();
      // The change's own render has run: nothing on screen changed (the language switch's own select aside),
      // and the page and messages are still in English.
      const changed = seen.takeRecords().filter((m) => !(m.target instanceof Element && m.target.closest('.locale-switch')) && !(m.target.parentElement?.closest('.locale-switch')));
      seen.disconnect();
      expect(changed).toEqual([]);
      expect(title).toHaveTextContent(resources.en.common.appTitle);
      expect(document.documentElement.dir).toBe('ltr');
      expect(i18n.language).toBe('en');
      // Then the new screen, in Urdu, with the page turned and the notice reworded.
      await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(resources.ur.common.appTitle));
    });
    expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['ur', 'rtl']);
    expect(i18n.language).toBe('ur');
    await waitFor(() => expect(store.getState().notices[0]).toBe(resources.ur.common.appTitle));
    await act(async () => undefined);
    stop();
  });
});

describe('<Root> keeps what the reader chose in a view', () => {
  it('through the new screen a change of language draws: the assumptions’ search as typed, in either language', async () => {
    const { store, stop } = mountRoot();
    act(() => store.getState().setView('assumptions'));
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'grace' } });
    await outsideAct(async () => {
      store.getState().setLanguage('ur');
      await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(resources.ur.common.appTitle));
    });
    expect(screen.getByRole('searchbox')).toHaveValue('grace');
    await outsideAct(async () => {
      store.getState().setLanguage('en');
      await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(resources.en.common.appTitle));
    });
    expect(screen.getByRole('searchbox')).toHaveValue('grace');
    await act(async () => undefined);
    stop();
  });
});

describe('<Root> on a quick change of mind', () => {
  it('ends in the language last chosen, its messages included, however far the first change had got', async () => {
    for (const ticks of [0, 1, 2, 4, 8]) {
      const { store, stop, unmount } = mountRoot();
      await outsideAct(async () => {
        store.getState().setLanguage('ur');
        // Let the change's task run (with more ticks, and the new screen be drawn) before the reader changes back.
        for (let k = 0; k < ticks; k++) await nextTask();
        store.getState().setLanguage('en');
        await new Promise((resolve) => setTimeout(resolve, 50));
        await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(resources.en.common.appTitle));
      });
      expect([ticks, i18n.language, document.documentElement.dir]).toEqual([ticks, 'en', 'ltr']);
      await act(async () => undefined);
      unmount();
      stop();
    }
  });
});

describe('<Root> while a change is under way', () => {
  it('never shows one language while messages, numbers or the page hold the other, whatever else is drawn meanwhile', async () => {
    const { store, stop, container } = mountRoot();
    const onScreen = () => (container.querySelector('h1')?.textContent === resources.ur.common.appTitle ? 'ur' : 'en');
    const seen: string[] = [];
    await outsideAct(async () => {
      store.getState().setLanguage('ur');
      // Task by task, with other work drawn in between (a view change, a notice), until the new screen is up.
      for (let k = 0; k < 40 && !(onScreen() === 'ur' && k > 4); k++) {
        store.getState().setView(k % 2 === 0 ? 'assumptions' : 'results');
        store.getState().addNotice(() => i18n.t('common:appTitle'));
        await nextTask();
        const notices = container.querySelector('.notices')?.textContent ?? '';
        const noticeIn = notices.includes(resources.ur.common.appTitle) ? 'ur' : 'en';
        seen.push(`${onScreen()} ${i18n.language} ${document.documentElement.dir} ${noticeIn}`);
      }
    });
    // Every state seen is one language throughout: the title, the messages, the direction and the notices.
    expect(seen.filter((x) => x !== 'en en ltr en' && x !== 'ur ur rtl ur')).toEqual([]);
    expect(seen[seen.length - 1]).toBe('ur ur rtl ur');
    await act(async () => undefined);
    stop();
  });
});

describe('loadUrduFaces', () => {
  it('loads both of Urdu’s faces on a page in English, and nothing on a page already in Urdu', async () => {
    const load = vi.fn(() => Promise.resolve([]));
    const page = (lang: string) => ({ documentElement: { lang }, fonts: { load } }) as unknown as Document;
    await loadUrduFaces(page('en'));
    expect(load.mock.calls.map((c) => (c as unknown[])[0])).toEqual([...URDU_FACES]);
    load.mockClear();
    await loadUrduFaces(page('ur'));
    expect(load).not.toHaveBeenCalled();
  });
});

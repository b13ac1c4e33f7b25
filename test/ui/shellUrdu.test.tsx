/**
 * The app's shell in Urdu: the top bar's own parts (title, view switch,
 * scenario tabs, run progress) and the results and side-by-side views' own
 * parts (headline, ranking, changes, warnings) have no English left, names
 * the app made are shown in Urdu, and a name the user typed as typed.
 * Charts, the editor's labels and the engine's own sentences belong to other
 * areas and are left out here.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { applyLocale } from '../../src/i18n/index';
import { stripBidi } from '../../src/i18n/bidi';
import { StoreProvider } from '../../src/state/context';
import { createAppStore, type AppStore } from '../../src/state/store';
import { RunActionsProvider } from '../../src/app/services';
import { viewKey, type RunView } from '../../src/run/controller';
import { TopBar } from '../../src/ui/TopBar';
import { App } from '../../src/ui/App';
import { Notices } from '../../src/ui/Notices';
import { Dashboard } from '../../src/ui/views/Dashboard';
import { SideBySide } from '../../src/ui/views/SideBySide';
import { restoreWorkspace, saveWorkspaceOnChange } from '../../src/app/persistence';
import { englishWords } from '../i18n/noEnglish';
import { storeWithResults } from './views/storeWithResults';

/** What a reader can see or hear of an element: its text and the names, titles and values of everything in it. */
function readable(el: Element): string {
  const attrs = ['aria-label', 'title', 'aria-valuetext', 'placeholder', 'alt'];
  const all = [el, ...el.querySelectorAll('*')];
  return stripBidi([el.textContent ?? '', ...all.flatMap((e) => attrs.map((a) => e.getAttribute(a) ?? ''))].join(' '));
}

/** The readable text of `root` without the parts other areas own (charts, editor labels, the engine's sentences). */
function ownText(root: Element, leaveOut: string[]): string {
  const copy = root.cloneNode(true) as Element;
  for (const sel of leaveOut) copy.querySelectorAll(sel).forEach((e) => e.remove());
  return readable(copy);
}

function withProviders(store: AppStore, node: React.ReactNode) {
  const actions = { cancel: vi.fn(), resume: vi.fn() };
  return render(
    <StoreProvider store={store}>
      <RunActionsProvider actions={actions}>{node}</RunActionsProvider>
    </StoreProvider>,
  );
}

describe('the shell in Urdu', () => {
  beforeAll(() => {
    storeWithResults();
  }, 60_000);
  beforeEach(() => applyLocale('ur', 'international', undefined));
  afterEach(() => applyLocale('en', 'international', undefined));

  it('the top bar: title, view switch, tabs and progress, with generated names in Urdu', async () => {
    const store = createAppStore();
    const st = store.getState();
    const { container } = withProviders(store, <TopBar />);
    const keys = Object.fromEntries(st.order.map((id) => [id, viewKey(st.scenarios[id]!)]));
    act(() => st.setRunKeys(keys));
    const view = (key: string, v: Partial<RunView>): RunView => ({ key, status: 'running', done: 37, total: 100, etaMs: 12_400, result: null, resultCount: 0, difference: null, costs: null, error: null, ...v });
    act(() => st.putRuns(st.order.map((id) => view(keys[id]!, {}))));
    act(() => st.noteWorkerReplaced());

    expect(screen.getAllByRole('tab').map((t) => stripBidi(t.textContent!))).toEqual(['موجودہ صورتحال (کوئی نیا پروگرام نہیں)', 'سالانہ 80 ارب روپے', 'سالانہ 100 ارب روپے', 'سالانہ 120 ارب روپے']);
    expect(screen.getByRole('group', { name: 'منظر' })).toHaveTextContent('یکجاپہلو بہ پہلومفروضے');
    expect(screen.getByText('400 میں سے 148 تکرارات · تقریباً 12 سیکنڈ باقی')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'منسوخ کریں' })).toBeInTheDocument();

    // The delete confirmation and a refused name, too.
    await userEvent.click(screen.getByRole('tab', { name: /سالانہ 80 ارب روپے/ }));
    await userEvent.click(screen.getByRole('button', { name: 'حذف کریں' }));
    await userEvent.click(screen.getByRole('button', { name: 'نام تبدیل کریں' }));
    // Renaming starts from the name as shown; left as it is, the name stays generated.
    const box = screen.getByLabelText('منظرنامے کا نام');
    expect(box).toHaveValue('سالانہ 80 ارب روپے');
    await userEvent.clear(box);
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('نام: خالی نہیں ہو سکتا');

    const own = ['h1', '.view-switch', '.scenario-tabs', '.run-progress'].map((sel) => readable(container.querySelector(sel)!)).join(' ');
    expect(englishWords(own)).toEqual([]);
  });

  it('a progress line cancelled, and the names of the bars', () => {
    const store = createAppStore();
    const st = store.getState();
    const { container } = withProviders(store, <TopBar />);
    const keys = Object.fromEntries(st.order.map((id) => [id, viewKey(st.scenarios[id]!)]));
    act(() => st.setRunKeys(keys));
    act(() => st.putRuns(st.order.map((id) => ({ key: keys[id]!, status: 'cancelled', done: 40, total: 100, etaMs: null, result: null, resultCount: 0, difference: null, costs: null, error: null }))));
    expect(screen.getByText('400 میں سے 160 (40%) پر منسوخ کر دیا گیا')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'موازنہ: مکمل تکرارات' })).toHaveAttribute('aria-valuetext', '400 میں سے 160 تکرارات');
    expect(screen.getByRole('button', { name: 'دوبارہ چلائیں' })).toBeInTheDocument();
    expect(englishWords(readable(container.querySelector('.run-progress')!))).toEqual([]);
  });

  it('a name the user typed is shown as typed', () => {
    const store = createAppStore();
    expect(store.getState().rename(store.getState().order[1]!, 'Cabinet plan')).toEqual([]);
    withProviders(store, <TopBar />);
    expect(screen.getAllByRole('tab').map((t) => stripBidi(t.textContent!))[1]).toBe('Cabinet plan');
    expect(screen.getByRole('checkbox', { name: /Cabinet plan/ })).toBeInTheDocument();
  });

  it('the results view: headline, ranking, changes and warnings', async () => {
    const store = storeWithResults();
    const { container } = withProviders(store, <Dashboard />);
    const headline = container.querySelector('.headline-sentence')!;
    expect(stripBidi(headline.textContent!)).toMatch(/^سالانہ 80 ارب روپے: 2 سال میں [\d.]+ ارب روپے خرچ کرنے سے .* کم ہوں گے؛ اس کے 90% وقفے کے لیے تکرارات بہت کم ہیں \(10 یا زیادہ درکار ہیں\)۔$/);
    const ranking = await screen.findByRole('region', { name: 'فی پائیدار اخراج لاگت کے لحاظ سے درجہ بندی' }, { timeout: 10_000 });
    expect(within(ranking).getAllByRole('row')).toHaveLength(4);
    const changes = container.querySelector('.scenario-changes')!;
    expect(stripBidi(changes.querySelector('summary')!.textContent!)).toBe('“موجودہ صورتحال (کوئی نیا پروگرام نہیں)” سے 1 ترتیب مختلف ہے');
    // Charts, the calibration check, the editor's group titles and labels, and the engine's warnings are other areas'.
    const own = ownText(container.querySelector('.dashboard')!, ['.chart-cell', '.chart-grid', '.calibration', 'section[aria-label]:not(.ranking):not(.settings-warnings)', '.changes-group', '.settings-warnings li']);
    expect(englishWords(own)).toEqual([]);
  });

  it('the side-by-side view: a column per scenario, named in Urdu', () => {
    const store = storeWithResults();
    const { container } = withProviders(store, <SideBySide />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => stripBidi(h.textContent!))).toEqual(['موجودہ صورتحال (کوئی نیا پروگرام نہیں)', 'سالانہ 80 ارب روپے', 'سالانہ 100 ارب روپے', 'سالانہ 120 ارب روپے']);
    const own = ['.side-column > h2', '.side-slot'].flatMap((sel) => [...container.querySelectorAll(sel)]).map((el) => ownText(el, ['.changes-group', '.settings-warnings li'])).join(' ');
    expect(own.length).toBeGreaterThan(0);
    expect(englishWords(own)).toEqual([]);
  });

  it('the skip link, the first note and the notices', () => {
    const store = createAppStore();
    withProviders(store, <App />);
    expect(screen.getByRole('link', { name: 'نتائج پر جائیں' })).toBeInTheDocument();
    expect(screen.getByText('پہلی تکرارات چلائی جا رہی ہیں…')).toBeInTheDocument();
  });

  it('problems restoring or saving work are told in Urdu', async () => {
    const store = createAppStore();
    render(
      <StoreProvider store={store}>
        <Notices />
      </StoreProvider>,
    );
    act(() => restoreWorkspace(store, { getItem: () => '{not json', setItem: () => {} }));
    const stop = saveWorkspaceOnChange(store, { getItem: () => null, setItem: () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); } }, 0);
    act(() => store.getState().rename(store.getState().activeId, 'A'));
    await act(async () => { stop.flush(); await new Promise((r) => setTimeout(r, 5)); });
    stop();
    const notices = store.getState().notices;
    expect(notices).toHaveLength(3);
    // Why, in Urdu; the browser's own words after it, isolated and labelled as the browser's (they had been the reason).
    expect(notices[0]).toMatch(/^آپ کا محفوظ کیا گیا کام پڑھا نہیں جا سکا \(محفوظ کیا گیا متن خراب ہے: یہ درست \u2068JSON\u2069 نہیں؛ براؤزر کا پیغام: “\u2068SyntaxError: [^\u2069]+\u2069”\)؛ /);
    // The text that was not restored is kept apart (app/persistence UNRESTORED_KEY), under its key.
    expect(notices[1]).toMatch(/^محفوظ کیے گئے کام کی ایک نقل/);
    expect(notices[2]).toMatch(/^آپ کا کام اس براؤزر میں محفوظ نہیں ہو سکا \(اس براؤزر میں ایپ کے لیے اسٹوریج بھر چکی ہے؛ براؤزر کا پیغام: “\u2068QuotaExceededError: The quota has been exceeded\.\u2069”\)؛ /);
    expect(screen.getAllByRole('button', { name: 'پیغام بند کریں' })).toHaveLength(3);
    // The browser's own words (isolated) and the storage key are data; everything else is Urdu.
    const notOwn = document.querySelector('.notices')!.textContent!.replace(/\u2068[^\u2069]*\u2069/g, '');
    expect(englishWords(stripBidi(notOwn), ['JSON', 'poverty', 'policy', 'simulator', 'workspace', 'unrestored'])).toEqual([]);
  });
});

import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ENGINE_VERSION } from '../../src/engine/index';
import { StoreProvider } from '../../src/state/context';
import { createAppStore } from '../../src/state/store';
import { decodeShareFragment } from '../../src/state/shareLink';
import { SharePanel } from '../../src/ui/SharePanel';
import { MAX_COMPARED } from '../../src/state/scenariosSlice';

/** In StrictMode, as src/main.tsx renders the app: it mounts, cleans up and mounts again, which effects must survive. */
function setup() {
  const store = createAppStore();
  render(
    <StrictMode>
      <StoreProvider store={store}>
        <SharePanel />
      </StoreProvider>
    </StrictMode>,
  );
  return store;
}

describe('<SharePanel>', () => {
  it('Share opens a labelled dialog whose link reopens the comparison on screen; Esc closes it and focus returns', async () => {
    const store = setup();
    const share = screen.getByRole('button', { name: 'Share' });
    await userEvent.click(share);
    const dialog = screen.getByRole('dialog', { name: 'Share this comparison' });
    const link = screen.getByLabelText('Link to the comparison on screen') as HTMLInputElement;
    expect(link).toHaveFocus();
    const o = decodeShareFragment(new URL(link.value).hash, ENGINE_VERSION);
    if (!o.ok) throw new Error(o.problems.join('\n'));
    const st = store.getState();
    expect(o.comparison.scenarios).toEqual([st.baselineId, ...st.compareIds].map((id) => st.scenarios[id]));
    expect(dialog).toHaveTextContent(`reproduces these numbers exactly`);
    expect(dialog).not.toHaveTextContent('Not in the link');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(share).toHaveFocus();
  });

  // Bug: the dialog's link left out the view and colours on screen (the Share panel did not read them from the store).
  it('the link carries the view on screen and the colours drawn, and the dialog says so; from the report, no view', async () => {
    const store = setup();
    const st = store.getState();
    store.setState({ view: 'optimise', colors: { ...st.colors, [st.order[1]!]: 5 } });
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    const read = () => {
      const o = decodeShareFragment(new URL((screen.getByLabelText('Link to the comparison on screen') as HTMLInputElement).value).hash, ENGINE_VERSION);
      if (!o.ok) throw new Error(o.problems.join('\n'));
      return o.comparison;
    };
    expect(read()).toMatchObject({ view: 'optimise', colors: [0, 5, 2, 3] });
    const dialog = screen.getByRole('dialog', { name: 'Share this comparison' });
    expect(dialog).toHaveTextContent('It opens in the Optimise view. Each scenario is drawn in the colour it has here.');
    act(() => store.getState().setView('report'));
    expect(read().view).toBeUndefined();
    expect(dialog).not.toHaveTextContent('It opens in');
  });

  it('closes when the reader goes elsewhere, by Tab or by pointer, and stays open for what is done inside it', async () => {
    setup();
    const outside = document.createElement('button');
    document.body.append(outside);
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    const dialog = screen.getByRole('dialog', { name: 'Share this comparison' });
    // Inside: focus moves between its own controls, and it stays.
    act(() => (within(dialog).getAllByRole('button')[0] as HTMLElement).focus());
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    act(() => outside.focus());
    expect(screen.queryByRole('dialog')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    fireEvent.pointerDown(outside);
    expect(screen.queryByRole('dialog')).toBeNull();
    outside.remove();
  });

  it('names the scenarios the link leaves out: neither compared nor being edited', async () => {
    const store = setup();
    act(() => {
      const st = store.getState();
      const id = st.createFromPreset('cash');
      st.toggleCompare(id);
      st.setActive(st.compareIds[0]!);
    });
    const st = store.getState();
    const left = st.order.find((id) => id !== st.baselineId && id !== st.activeId && !st.compareIds.includes(id))!;
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    const dialog = screen.getByRole('dialog', { name: 'Share this comparison' });
    expect(dialog).toHaveTextContent(`Not in the link (neither compared nor being edited): “${st.scenarios[left]!.name}”. Tick one under Compare to send it.`);
  });

  it('at the limit of compared scenarios, says how to send a left-out one without ticking a fifth', async () => {
    const store = setup();
    act(() => {
      const st = store.getState();
      for (const preset of ['cash', 'path', 'opportunity']) {
        const id = st.createFromPreset(preset);
        if (store.getState().compareIds.length < MAX_COMPARED) st.toggleCompare(id);
      }
      st.setActive(store.getState().compareIds[0]!);
    });
    const st = store.getState();
    expect(st.compareIds).toHaveLength(MAX_COMPARED);
    const left = st.order.filter((id) => id !== st.baselineId && id !== st.activeId && !st.compareIds.includes(id));
    expect(left.length).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    const dialog = screen.getByRole('dialog', { name: 'Share this comparison' });
    expect(dialog).toHaveTextContent(/Not in the link \(neither compared nor being edited\): .*\. At most 4 are compared at once: to send one, open its tab, or untick another under Compare\./);
    expect(dialog).not.toHaveTextContent('Tick one under Compare');
  });

  it('Open scenario file… opens a file beside the user\'s work, or reports what is wrong with it', async () => {
    const store = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    const before = store.getState().order.length;
    // The browser's own file control ("Choose File", in the browser's language) is hidden; its label is the button.
    expect(screen.getByLabelText('Open scenario file…')).toHaveClass('visually-hidden');
    expect(screen.getByText('Open scenario file…')).toHaveClass('file-button');
    const fileInput = screen.getByLabelText('Open scenario file…');
    await userEvent.upload(fileInput, new File(['{"kind": "comparison", "version": 1}'], 'broken.json', { type: 'application/json' }));
    // Not opened: what is wrong is said in the dialog, beside the button to pick another file (the page's notice
    // had sat behind the dialog, unreadable), and the dialog stays open for another try.
    const problem = await screen.findByRole('alert');
    expect(screen.getByRole('dialog', { name: 'Share this comparison' })).toContainElement(problem);
    expect(problem).toHaveTextContent(/The file “broken\.json”: “engineVersion” must be/);
    expect(problem).toHaveTextContent('Nothing was opened; your own scenarios are unchanged.');
    expect(fileInput).toHaveAccessibleDescription(/The file “broken\.json”/);
    expect(store.getState().notices).toEqual([]);
    expect(store.getState().order).toHaveLength(before);
    const s = store.getState().scenarios[store.getState().activeId]!;
    // Another seed, so it is not the user's own scenario (which would simply be shown).
    await userEvent.upload(screen.getByLabelText('Open scenario file…'), new File([JSON.stringify({ ...s, run: { ...s.run, seed: 5 } })], 'plan.json', { type: 'application/json' }));
    await expect.poll(() => store.getState().order.length).toBe(before + 1);
    // It opened: the dialog closes, and the page's notice says what was opened.
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().notices).toEqual([expect.stringMatching(/^Opened “plan\.json” beside your own scenarios/)]);
  });

  it('a file that cannot be opened, when the dialog is closed meanwhile, is reported in the page\'s notices', async () => {
    const store = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    const input = screen.getByLabelText('Open scenario file…') as HTMLInputElement;
    // A file whose text arrives only after the dialog has been closed.
    let release: (text: string) => void = () => {};
    const slow = { name: 'slow.json', size: 10, text: () => new Promise<string>((r) => (release = r)) };
    Object.defineProperty(input, 'files', { value: [slow], configurable: true });
    act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await act(async () => release('{"kind": "comparison", "version": 1}'));
    await expect.poll(() => store.getState().notices.length).toBe(1);
    expect(store.getState().notices[0]).toMatch(/The file “slow\.json”/);
  });
});

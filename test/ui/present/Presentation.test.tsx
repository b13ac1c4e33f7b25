import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StoreProvider } from '../../../src/state/context';
import { createAppStore } from '../../../src/state/store';
import { PresentButton } from '../../../src/ui/present/PresentButton';
import { ASSUMPTION_SLIDES, SLIDE_CHARTS } from '../../../src/ui/present/slides';
import { KEY_ASSUMPTIONS } from '../../../src/ui/present/keyAssumptions';
import { headlineSentence } from '../../../src/ui/views/headline';
import { displayNameOf } from '../../../src/state/displayName';
import { selectRun } from '../../../src/state/selectors';
import { shownResult } from '../../../src/ui/charts/data/estimating';
import { storeWithResults } from '../views/storeWithResults';
import { defaultScenario } from '../../../src/engine/index';

/** The Present button over a store (a fresh one, with no results, by default). */
function renderButton(store = createAppStore()) {
  render(
    <StoreProvider store={store}>
      <PresentButton />
    </StoreProvider>,
  );
  return store;
}

describe('<PresentButton> and the slides', () => {
  it('opens a labelled dialog of title, what is in each option, one slide per compared scenario, the key charts, ranking and assumptions', async () => {
    const store = renderButton();
    const st = store.getState();
    const compared = [...st.compareIds, st.activeId].filter((id, k, all) => id !== st.baselineId && all.indexOf(id) === k);
    await userEvent.click(screen.getByRole('button', { name: 'Present' }));
    const dialog = screen.getByRole('dialog', { name: 'Presentation' });
    const total = 2 + compared.length + SLIDE_CHARTS.length + 1 + ASSUMPTION_SLIDES.length;
    expect(within(dialog).getByText(`1 / ${total}`)).toBeInTheDocument();
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent('Who leaves poverty and stays out, and what each exit costs');
    // What is in each option, before any result: a column each, named as the tabs name them, the split written out.
    await userEvent.keyboard('{ArrowRight}');
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent('What is in each option');
    const table = within(dialog).getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(compared.map((id) => displayNameOf(st, id)));
    expect(within(table).getByRole('rowheader', { name: 'Cash transfer' }).closest('tr')).toHaveTextContent(/50% · Rs 40 bn.*50% · Rs 50 bn.*50% · Rs 60 bn/);
    expect(within(table).getByRole('rowheader', { name: /^Other changes from / }).closest('tr')).toHaveTextContent(/(None){3}/);
    // Without results yet, a scenario's slide says so rather than showing a number.
    await userEvent.keyboard('{ArrowRight}');
    expect(within(dialog).getByText(st.scenarios[compared[0]!]!.name)).toBeInTheDocument();
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent(/still being computed/);
    await userEvent.keyboard('{End}');
    expect(within(dialog).getByText(`${total} / ${total}`)).toBeInTheDocument();
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent('Main assumptions and their sources');
    expect(within(dialog).getByRole('rowheader', { name: 'Loan size cap' })).toBeInTheDocument();
    await userEvent.keyboard('{PageUp}');
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent('Main assumptions and their sources');
    expect(within(dialog).getByRole('cell', { name: /Kafaalat\/BISP Rs 2,000 per month/ })).toBeInTheDocument();
  });

  // The nine key assumptions had shared one slide, at 0.72 of the slides' type and then shrunk to fit: 14.6 px at
  // 1280 × 720, unreadable on a projector. Over two, each row once, each slide named by its parameters' groups.
  it('gives the key assumptions over two slides, the budget and cash transfer, then microfinance, each row once', async () => {
    renderButton();
    await userEvent.click(screen.getByRole('button', { name: 'Present' }));
    const dialog = screen.getByRole('dialog', { name: 'Presentation' });
    await userEvent.keyboard('{End}');
    const rows: string[] = [];
    const kickers: string[] = [];
    for (const step of ['{PageUp}', '']) {
      expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent('Main assumptions and their sources');
      kickers.unshift(dialog.querySelector('.slide-kicker')?.textContent ?? '');
      rows.unshift(...within(dialog).getAllByRole('rowheader').map((h) => h.textContent ?? ''));
      if (step) await userEvent.keyboard(step);
    }
    expect(kickers).toEqual(['Budget and its split, New cash transfer and targeting', 'Microfinance']);
    expect(rows).toHaveLength(KEY_ASSUMPTIONS.length);
    expect(new Set(rows).size).toBe(KEY_ASSUMPTIONS.length);
    // On a phone each row stacks (present.css), its value and source each after its column's name, as the headers say it.
    const table = within(dialog).getByRole('table');
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Assumption', 'Value', 'Source']);
    for (const row of within(table).getAllByRole('row').slice(1)) expect(within(row).getAllByRole('cell').map((c) => c.getAttribute('data-column'))).toEqual(headers.slice(1));
  });

  it('the title slide names what the deck presents: the ticked scenarios and the one being edited, though unticked', async () => {
    const store = createAppStore();
    const id = store.getState().addScenario(defaultScenario('Being edited'), { activate: true, compare: false });
    expect(store.getState().compareIds).not.toContain(id);
    renderButton(store);
    await userEvent.click(screen.getByRole('button', { name: 'Present' }));
    const dialog = screen.getByRole('dialog', { name: 'Presentation' });
    // It had named only the ticked ones, while the options table, a slide of its own and every chart showed it too.
    expect(dialog.querySelector('.slide-lead')).toHaveTextContent(/Being edited compared with /);
    await userEvent.keyboard('{ArrowRight}');
    expect(within(within(dialog).getByRole('table')).getAllByRole('columnheader').map((h) => h.textContent)).toContain('Being edited');
  });

  it('the title slide gives the replications of the whole comparison, a range when the scenarios differ', async () => {
    const store = storeWithResults();
    const st = store.getState();
    // One compared scenario with more replications than the others' 5.
    const id = st.compareIds.find((k) => k !== st.baselineId)!;
    const run = selectRun(st, id)!;
    act(() => st.putRun({ ...run, result: { ...run.result!, meta: { ...run.result!.meta, replications: 12 } } }));
    renderButton(store);
    await userEvent.click(screen.getByRole('button', { name: 'Present' }));
    const basis = screen.getByRole('dialog', { name: 'Presentation' }).querySelector('.slide-basis');
    expect(basis).toHaveTextContent(/^Monte Carlo microsimulation: 5–12 replications of /);
  });

  it('a scenario\u2019s slide also says the dashboard\u2019s and the report\u2019s headline, after the scenario\u2019s name its own headline gives', async () => {
    const store = storeWithResults();
    renderButton(store);
    await userEvent.click(screen.getByRole('button', { name: 'Present' }));
    const dialog = screen.getByRole('dialog', { name: 'Presentation' });
    // Past what is in each option, to the first scenario's slide.
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    const st = store.getState();
    const id = [...st.compareIds, st.activeId].find((k) => k !== st.baselineId)!;
    const result = shownResult(selectRun(st, id)!.result!);
    const lead = dialog.querySelector('.slide-scenario .slide-lead');
    const name = displayNameOf(st, id);
    expect(`${name}: ${lead?.textContent}`).toBe(headlineSentence(name, result));
    expect(lead?.textContent).toMatch(/^Rs [\d.]+ bn spent over \d+ years leaves .* fewer households in poverty at the end than the status quo/);
    // Named once, by the headline's first words: no name above it.
    expect(within(dialog).getByRole('heading', { level: 2 }).textContent).toMatch(new RegExp(`^${name}: `));
    expect(dialog.querySelector('.slide-scenario .slide-kicker')).toBeNull();
    // The two counts differ several-fold: the slide says what each counts, right under them.
    expect(lead?.nextElementSibling).toHaveTextContent(/^Why two numbers: fewer in poverty at the end also counts households kept from falling into poverty .* out of poverty for a year or more counts only households poor at the start/);
  });

  it('says why the two counts differ only under the pair it explains: more out of poverty for a year, fewer in poverty at the end', async () => {
    const store = storeWithResults();
    const st = store.getState();
    const id = [...st.compareIds, st.activeId].find((k) => k !== st.baselineId)!;
    const run = selectRun(st, id)!;
    const summary = run.result!.summary;
    // No additional exits: the headline says "no more households …", which the note's wording does not fit.
    act(() => store.getState().putRun({ ...run, result: { ...run.result!, summary: { ...summary, additionalSustainedExits: { ...summary.additionalSustainedExits, mean: 0 } } } }));
    renderButton(store);
    await userEvent.click(screen.getByRole('button', { name: 'Present' }));
    const dialog = screen.getByRole('dialog', { name: 'Presentation' });
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(dialog.querySelector('.slide-scenario .slide-lead')).not.toBeNull();
    expect(dialog.querySelector('.slide-two-counts')).toBeNull();
  });

  it('says under each chart and the ranking, while the compared runs go on, that their numbers and order may still change', async () => {
    const store = storeWithResults();
    const st = store.getState();
    // One compared scenario still running: 5 of its 40 replications done (the others are done).
    const id = [...st.compareIds, st.activeId].find((k) => k !== st.baselineId)!;
    const run = selectRun(st, id)!;
    const result = run.result!;
    st.putRun({ ...run, status: 'running', total: 40 });
    renderButton(store);
    await userEvent.click(screen.getByRole('button', { name: 'Present' }));
    const dialog = screen.getByRole('dialog', { name: 'Presentation' });
    const note = `Still computing: ${result.meta.replications} of 40 replications so far. These numbers, and their order, may still change.`;
    // The ranking: before the assumptions' slides.
    await userEvent.keyboard(`{End}${'{ArrowLeft}'.repeat(ASSUMPTION_SLIDES.length)}`);
    expect(within(dialog).getAllByRole('heading', { level: 2 })[0]).toHaveTextContent('Cost per additional household out of poverty for 12+ months, cheapest first');
    expect(within(dialog).getByRole('note')).toHaveTextContent(note);
    // The columns the slide leaves out are said, not dropped (present.css shows the phone's sentence on a phone).
    expect(dialog.querySelector('.slide-columns-left')).toHaveTextContent('The cost net of risk-fund capital still held is in the dashboard’s ranking.');
    expect(dialog.querySelector('.slide-columns-left-phone')).toHaveTextContent(/, and the amount spent, are in the dashboard’s ranking\.$/);
    await userEvent.keyboard('{ArrowLeft}');
    expect(within(dialog).getByRole('note')).toHaveTextContent(note);
    // Finished: nothing more to say.
    store.getState().putRun({ ...run, status: 'done' });
    await userEvent.keyboard('{ArrowRight}');
    expect(within(dialog).queryByRole('note')).toBeNull();
    // A compared scenario whose run has not started (it is not in the ranking yet) counts as none done.
    // (Not the one in focus: without its result no slide has results to show, and says so instead.)
    const other = st.compareIds.find((k) => k !== st.activeId)!;
    act(() => store.getState().setRunKeys(Object.fromEntries(Object.entries(store.getState().runKeys).filter(([k]) => k !== other))));
    const wanted = store.getState().scenarios[other]!.run.replications;
    expect(within(dialog).getByRole('note')).toHaveTextContent(`Still computing: 0 of ${wanted} replications so far.`);
  });

  it('the poverty slide starts zoomed to its lines, as the printed report does (on a 0–25% axis they projected as one)', async () => {
    renderButton(storeWithResults());
    await userEvent.click(screen.getByRole('button', { name: 'Present' }));
    const dialog = screen.getByRole('dialog', { name: 'Presentation' });
    for (let k = 0; k < 12 && !/People in poverty/.test(within(dialog).getAllByRole('heading', { level: 2 })[0]!.textContent ?? ''); k++)
      await userEvent.keyboard('{ArrowRight}');
    expect(within(dialog).getAllByRole('heading', { level: 2 })[0]).toHaveTextContent('People in poverty, month by month');
    expect(within(dialog).getByRole('checkbox', { name: 'Zoom the axis to the lines' })).toBeChecked();
  });

  // Caught by an exploratory pass: Space on the slide's checkbox and ArrowDown on its select stepped the deck instead.
  it('a slide\u2019s own controls take their keys: Space ticks a checkbox, a select\u2019s arrows pick, the deck stays', async () => {
    renderButton(storeWithResults());
    await userEvent.click(screen.getByRole('button', { name: 'Present' }));
    const dialog = screen.getByRole('dialog', { name: 'Presentation' });
    const heading = () => within(dialog).getAllByRole('heading', { level: 2 })[0]!.textContent ?? '';
    for (let k = 0; k < 12 && !/People in poverty/.test(heading()); k++) await userEvent.keyboard('{ArrowRight}');
    const zoom = within(dialog).getByRole('checkbox', { name: 'Zoom the axis to the lines' });
    zoom.focus();
    await userEvent.keyboard(' ');
    expect(zoom).not.toBeChecked();
    expect(heading()).toMatch(/People in poverty/);
    const shading = within(dialog).getByRole('combobox');
    shading.focus();
    // (jsdom has no native select behaviour to pick the next option; Chromium does. What matters here: the deck stays.)
    await userEvent.keyboard('{ArrowDown}');
    expect(heading()).toMatch(/People in poverty/);
    // Off the controls, the keys step the deck again.
    (dialog as HTMLElement).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(heading()).not.toMatch(/People in poverty/);
  });

  // On a phone a chart still too tall at its least fit scrolls in its box (useChartFit's ChartScroll): nothing had said
  // so, and its up and down arrows had stepped the deck instead of scrolling it. The region is named for how it scrolls:
  // named by the chart's title, as the figure in it is, a screen reader had read the title out twice.
  it('a chart too tall for its box at its least fit is a region, named for how it scrolls, in the tab order, that takes the up and down arrows; Page Down still steps the deck', async () => {
    // (jsdom lays nothing out: each slide's chart is 600 px in a box of 450, whatever its fit.)
    const chart = (el: HTMLElement, px: number) => (el.classList.contains('slide-chart') ? px : 0);
    const scroll = vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return chart(this, 600);
    });
    const client = vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return chart(this, 450);
    });
    try {
      renderButton(storeWithResults());
      await userEvent.click(screen.getByRole('button', { name: 'Present' }));
      const dialog = screen.getByRole('dialog', { name: 'Presentation' });
      const heading = () => within(dialog).getAllByRole('heading', { level: 2 })[0]!.textContent ?? '';
      for (let k = 0; k < 12 && !/People in poverty/.test(heading()); k++) await userEvent.keyboard('{ArrowRight}');
      const box = within(dialog).getByRole('region', { name: 'Chart, scrolls with the up and down arrow keys' });
      expect(box).toHaveClass('slide-chart', 'slide-chart-scrolls');
      // The chart's title names the figure in it, and only that.
      within(box).getByRole('figure', { name: 'People in poverty, month by month' });
      expect(within(dialog).queryAllByRole('region', { name: 'People in poverty, month by month' })).toHaveLength(0);
      expect(box.tabIndex).toBe(0);
      box.focus();
      await userEvent.keyboard('{ArrowDown}');
      expect(heading()).toMatch(/People in poverty/);
      await userEvent.keyboard('{ArrowUp}');
      expect(heading()).toMatch(/People in poverty/);
      await userEvent.keyboard('{PageDown}');
      expect(heading()).not.toMatch(/People in poverty/);
    } finally {
      scroll.mockRestore();
      client.mockRestore();
    }
  });

  it('the decile slide, which shows the scenario in focus alone, counts only its run', async () => {
    const store = storeWithResults();
    const st = store.getState();
    const other = st.compareIds.find((k) => k !== st.activeId && k !== st.baselineId)!;
    const otherRun = selectRun(st, other)!;
    st.putRun({ ...otherRun, status: 'running', total: 40 });
    renderButton(store);
    await userEvent.click(screen.getByRole('button', { name: 'Present' }));
    const dialog = screen.getByRole('dialog', { name: 'Presentation' });
    // The decile chart: before the ranking and the assumptions' slides.
    await userEvent.keyboard(`{End}${'{ArrowLeft}'.repeat(1 + ASSUMPTION_SLIDES.length)}`);
    expect(within(dialog).getAllByRole('heading', { level: 2 })[0]).toHaveTextContent(/decile/i);
    // Another scenario's run going on changes nothing on this slide.
    expect(within(dialog).queryByRole('note')).toBeNull();
    await userEvent.keyboard('{ArrowLeft}');
    expect(within(dialog).getByRole('note')).toHaveTextContent(`Still computing: ${otherRun.result!.meta.replications} of 40 replications so far.`);
    // The focus's own run going on is counted, alone.
    const focus = selectRun(store.getState(), st.activeId)!;
    act(() => {
      store.getState().putRun({ ...otherRun, status: 'done' });
      store.getState().putRun({ ...focus, status: 'running', total: 60 });
    });
    await userEvent.keyboard('{ArrowRight}');
    expect(within(dialog).getAllByRole('heading', { level: 2 })[0]).toHaveTextContent(/decile/i);
    expect(within(dialog).getByRole('note')).toHaveTextContent(`Still computing: ${focus.result!.meta.replications} of 60 replications so far.`);
  });

  it('steps with arrows, Page Up/Down, Home and End, stops at either end, and Esc returns the focus to Present', async () => {
    renderButton();
    const present = screen.getByRole('button', { name: 'Present' });
    await userEvent.click(present);
    const dialog = screen.getByRole('dialog', { name: 'Presentation' });
    const count = () => within(dialog).getByText(/^\d+ \/ \d+$/).textContent!;
    const total = Number(count().split(' / ')[1]);
    await userEvent.keyboard('{ArrowLeft}');
    expect(count()).toBe(`1 / ${total}`);
    // A screen reader hears the number and the slide's heading (the live region had said "1 / 11" alone).
    expect(dialog.querySelector('[aria-live]')!.textContent).toBe(`1 / ${total}: ${within(dialog).getByRole('heading', { level: 2 }).textContent}`);
    await userEvent.keyboard('{ArrowRight}{ArrowDown}{PageDown}');
    expect(count()).toBe(`4 / ${total}`);
    expect(dialog.querySelector('[aria-live]')!.textContent).toBe(`4 / ${total}: ${within(dialog).getAllByRole('heading', { level: 2 })[0]!.textContent}`);
    await userEvent.keyboard('{ArrowUp}{PageUp}');
    expect(count()).toBe(`2 / ${total}`);
    await userEvent.keyboard('{End}{ArrowRight}');
    expect(count()).toBe(`${total} / ${total}`);
    await userEvent.keyboard('{Home}');
    expect(count()).toBe(`1 / ${total}`);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Next' }));
    expect(count()).toBe(`2 / ${total}`);
    // Previous onto the first slide disables the button pressed: focus goes to the dialog, not to <body> outside it.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Previous' }));
    expect(count()).toBe(`1 / ${total}`);
    expect(dialog).toHaveFocus();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Next' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(present).toHaveFocus();
  });

  it('keeps Tab inside the slides: past Exit it comes round to the first control, Shift+Tab from the first back to Exit', async () => {
    renderButton();
    await userEvent.click(screen.getByRole('button', { name: 'Present' }));
    const dialog = screen.getByRole('dialog', { name: 'Presentation' });
    await userEvent.keyboard('{ArrowRight}');
    const exit = within(dialog).getByRole('button', { name: 'Exit (Esc)' });
    exit.focus();
    // Past Exit, Tab had gone to <body>, behind the slides (and the Present button outside them).
    await userEvent.tab();
    const first = document.activeElement;
    expect(first).not.toBe(document.body);
    expect(dialog.contains(first)).toBe(true);
    expect(first).not.toBe(exit);
    await userEvent.tab({ shift: true });
    expect(exit).toHaveFocus();
    // From the dialog itself (where focus goes when the button pressed is disabled), Shift+Tab goes to Exit too.
    (dialog as HTMLElement).focus();
    await userEvent.tab({ shift: true });
    expect(exit).toHaveFocus();
  });
});

/** The Sensitivity view in Urdu, before and after a tornado: no English words but the scenario's own name and the code it quotes. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { applyLocale } from '../../../src/i18n/index';
import { resources } from '../../../src/i18n/resources';

const ur = resources.ur;
import { InThreadRunner } from '../../../src/run/inThread';
import { englishWords } from '../../i18n/noEnglish';
import { renderSensitivity, uncertainScenario } from './sensitivityStore';

beforeEach(() => applyLocale('ur', 'international', undefined));
afterEach(() => applyLocale('en', 'international', undefined));

/** The text a reader sees, without the code quoted as an example (a scenario file's JSON stays as written). */
const readable = (root: Element) => {
  const copy = root.cloneNode(true) as Element;
  copy.querySelectorAll('code, pre, title').forEach((el) => el.remove());
  return copy.textContent ?? '';
};

describe('<SensitivityView> in Urdu', () => {
  it('has no English words with uncertain parameters, before and after a tornado', async () => {
    const { container } = renderSensitivity(new InThreadRunner());
    expect(englishWords(readable(container), ['Uncertain', 'cash'])).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: ur.sensitivity.controls.run }));
    await screen.findByRole('heading', { name: ur.sensitivity.tornado.title }, { timeout: 60_000 });
    expect(englishWords(readable(container), ['Uncertain', 'cash'])).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: ur.charts.frame.table }));
    expect(englishWords(readable(container), ['Uncertain', 'cash'])).toEqual([]);
  }, 90_000);

  it('has no English words without uncertain parameters', () => {
    const { container, store } = renderSensitivity(new InThreadRunner(), null);
    const name = store.getState().scenarios[store.getState().activeId]!.name;
    expect(screen.getByRole('heading', { name: ur.sensitivity.none.heading })).toBeInTheDocument();
    expect(englishWords(readable(container), englishWords(name))).toEqual([]);
  });

  it('has no English words for a paired difference: the control, the notes, the tornado of A \u2212 B and its table', async () => {
    const b = { ...uncertainScenario(), name: 'Smaller benefit' };
    b.policy = { ...b.policy, cash: { ...b.policy.cash, benefitPKR: 1000 } };
    const { container, store } = renderSensitivity(new InThreadRunner(), uncertainScenario(), [b]);
    const allowed = ['Uncertain', 'cash', 'Smaller', 'benefit'];
    fireEvent.change(screen.getByLabelText(ur.sensitivity.controls.versus), { target: { value: store.getState().order.at(-1) } });
    expect(container.querySelector('.sens-versus bdi')?.textContent).toBeTruthy();
    expect(englishWords(readable(container), allowed)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: ur.sensitivity.controls.run }));
    await screen.findByRole('heading', { name: /Smaller benefit/ }, { timeout: 60_000 });
    expect(screen.getByRole('heading', { name: /Smaller benefit/ }).textContent).toContain('\u2068Smaller benefit\u2069');
    expect(englishWords(readable(container), allowed)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: ur.charts.frame.table }));
    expect(englishWords(readable(container), allowed)).toEqual([]);
  }, 90_000);
});

/** The levers panel in Urdu: every group open, no English left but the scenario's own name and citation names. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/react';
import { SCENARIO_SPEC, type GroupId } from '../../../src/engine/index';
import { applyLocale } from '../../../src/i18n/index';
import { StoreProvider } from '../../../src/state/context';
import { createAppStore } from '../../../src/state/store';
import { ScenarioEditor } from '../../../src/ui/editor/ScenarioEditor';
import { englishWords } from '../../i18n/noEnglish';
import { CITATION_WORDS, readableText } from './urdu';

// These tests mark and compare uncertainty from scenarios that have none: the default scenario's own
// uncertain parameters (engine/scenario/defaultUncertainty.ts) are left out here.
vi.mock('../../../src/engine/scenario/defaultUncertainty', () => ({ DEFAULT_UNCERTAINTY: {} }));

/** The input a label names (faster than getByLabelText over a panel with every group open). */
function inputLabelled(container: HTMLElement, label: RegExp): HTMLInputElement {
  const found = [...container.querySelectorAll('label')].find((l) => label.test(l.textContent ?? ''));
  if (!found) throw new Error(`no label ${label}`);
  return document.getElementById(found.htmlFor) as HTMLInputElement;
}

const groupButton = (container: HTMLElement, title: string) => [...container.querySelectorAll('h3 button')].find((b) => b.textContent === title);

function setup() {
  const store = createAppStore();
  for (const group of Object.keys(SCENARIO_SPEC) as GroupId[]) if (!store.getState().openGroups.includes(group)) store.getState().toggleGroup(group);
  const { container } = render(
    <StoreProvider store={store}>
      <ScenarioEditor />
    </StoreProvider>,
  );
  const name = store.getState().scenarios[store.getState().activeId]!.name;
  return { store, container, allow: [...CITATION_WORDS, ...englishWords(name)] };
}

beforeEach(() => applyLocale('ur', 'international', undefined));
afterEach(() => applyLocale('en', 'international', undefined));

describe('<ScenarioEditor> in Urdu', () => {
  it('has no English words with every group open', () => {
    const { container, allow } = setup();
    expect(groupButton(container, 'بجٹ اور اس کی تقسیم')).toHaveAttribute('aria-expanded', 'true');
    expect(groupButton(container, 'سمولیشن کی ترتیبات')).toHaveAttribute('aria-expanded', 'true');
    expect(inputLabelled(container, /^نئی نقد منتقلی \(روپے فی گھرانہ ماہانہ\)$/)).toHaveValue('2000');
    expect(inputLabelled(container, /^سال 1/)).toHaveValue('80');
    expect(container.textContent).toContain('طے شدہ قدر:');
    expect(container.textContent).toContain('ماخذ:');
    expect(englishWords(readableText(container), allow)).toEqual([]);
  });

  it('keeps number boxes left to right and says what is wrong in Urdu', () => {
    const { container, allow } = setup();
    const box = inputLabelled(container, /^شمولیت \(%\)$/);
    expect(box).toHaveAttribute('dir', 'ltr');
    fireEvent.change(box, { target: { value: '150' } });
    expect(box.closest('.field')).toHaveTextContent('\u200E0% اور \u200E100% کے درمیان ہونا چاہیے، درج شدہ \u200E150%');
    fireEvent.change(box, { target: { value: 'بہت' } });
    expect(box.closest('.field')).toHaveTextContent('کوئی عدد درج کریں');
    fireEvent.change(inputLabelled(container, /^سب سے چھوٹا قرض/), { target: { value: '100000' } });
    expect(container.textContent).toContain('قرض کی زیادہ سے زیادہ حد (75,000 روپے) سے زیادہ نہیں ہو سکتا، موجودہ 100,000 روپے');
    expect(englishWords(readableText(container), allow)).toEqual([]);
  });

  it('says a group reset in Urdu, beside its Undo', () => {
    const { store, container, allow } = setup();
    store.getState().setParam(store.getState().activeId, 'cash', 'benefitPKR', 3000);
    const reset = [...container.querySelectorAll('button')].find((b) => b.textContent === '«نئی نقد منتقلی اور ہدف بندی» کو طے شدہ اقدار پر واپس لائیں')!;
    fireEvent.click(reset);
    expect(reset.parentElement!.querySelector('[role="status"]')).toHaveTextContent('«نئی نقد منتقلی اور ہدف بندی» کو طے شدہ اقدار پر واپس لایا گیا۔ واپس لیں');
    expect(englishWords(readableText(container), allow)).toEqual([]);
  });

  it('refuses a reset in Urdu, naming the field as the levers do (not by its scenario-file path), its months from 1', () => {
    const { store, container } = setup();
    const id = store.getState().activeId;
    store.getState().setParam(id, 'run', 'months', 60);
    store.getState().setParam(id, 'shocks', 'flood2022', true);
    store.getState().setParam(id, 'shocks', 'floodMonth', 48);
    fireEvent.click([...container.querySelectorAll('button')].find((b) => b.textContent === '«سمولیشن کی ترتیبات» کو طے شدہ اقدار پر واپس لائیں')!);
    expect(container.querySelector('.reset-group + [role="alert"]')).toHaveTextContent('واپس نہیں لایا گیا: طے شدہ اقدار کے ساتھ «جھٹکے اور آفات» میں سیلاب کا مہینہ: مدت کے اندر (مہینے 1 تا 36) ہونا چاہیے، موجودہ 49۔');
    expect(container.querySelector('.reset-group + [role="alert"]')!.textContent).not.toMatch(/world|floodMonth/);
  });
});

describe('uncertain parameters in Urdu', () => {
  it('marks, edits and refuses a distribution with no English words', () => {
    const { store, container, allow } = setup();
    const toggle = container.querySelector('button[aria-label="غیر یقینی: شمولیت"]') as HTMLButtonElement;
    expect(toggle).toHaveTextContent('غیر یقینی');
    fireEvent.click(toggle);
    const box = [...container.querySelectorAll('fieldset.distribution')].find((f) => f.querySelector('legend')?.textContent === 'شمولیت کی تقسیم')!;
    expect(box).toBeDefined();
    const select = box.querySelector('select')!;
    fireEvent.change(select, { target: { value: 'lognormal' } });
    expect(store.getState().scenarios[store.getState().activeId]!.uncertainty['policy.cash.takeUp']).toMatchObject({ dist: 'lognormal' });
    const high = inputLabelled(box as HTMLElement, /^بالائی حد \(%\)$/);
    fireEvent.change(high, { target: { value: '50' } });
    expect(high.closest('.field')).toHaveTextContent('نچلی حد (\u200E72%) سے زیادہ ہونا چاہیے، درج شدہ \u200E50%');
    fireEvent.change(inputLabelled(box as HTMLElement, /^سگما/), { target: { value: '0' } });
    expect(englishWords(readableText(container), allow)).toEqual([]);
  });
});

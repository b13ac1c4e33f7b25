/**
 * ui/Root on a change of language, counted in renders of the app (a stand-in
 * for ui/App): the change's first render, in the change event, does not draw
 * the old screen again; the change's own task mounts the new screen once.
 */
import { describe, expect, it, vi } from 'vitest';
import { act, render, waitFor } from '@testing-library/react';
import { useTranslation } from 'react-i18next';
import { connectLocale } from '../../src/app/locale';
import { applyLocale } from '../../src/i18n/index';
import { resources } from '../../src/i18n/resources';
import { createAppStore } from '../../src/state/store';

const renders = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/ui/App', () => ({
  App: function CountedApp() {
    renders.count += 1;
    const { t } = useTranslation();
    return <h1>{t('appTitle')}</h1>;
  },
}));
const { Root } = await import('../../src/ui/Root');

describe('<Root> renders on a change of language', () => {
  it('draws the old screen no more, and the new one once', async () => {
    const store = createAppStore();
    const stop = connectLocale(store, undefined, document, true);
    applyLocale('en', 'international', document);
    const app = { store, actions: { cancel: vi.fn(), resume: vi.fn() }, sensitivity: { run: vi.fn(), cancel: vi.fn(), dispose: vi.fn() } } as unknown as Parameters<typeof Root>[0]['app'];
    const { container } = render(<Root app={app} />);
    const before = renders.count;
    expect(before).toBeGreaterThan(0);
    await act(async () => store.getState().setLanguage('ur'));
    await waitFor(() => expect(container.querySelector('h1')?.textContent).toBe(resources.ur.common.appTitle));
    // StrictMode is not used here: one render for the new screen, none for the old.
    expect(renders.count - before).toBe(1);
    stop();
    applyLocale('en', 'international', document);
  });
});

/**
 * A view loaded when first opened: a failure to fetch its code is said in
 * its place, with a reload, and leaves the rest of the page standing (before,
 * it unmounted the whole page: a blank screen).
 */
import { Component, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazyView } from '../../../src/ui/views/LazyView';
import { applyLocale } from '../../../src/i18n/index';
import { englishWords } from '../../i18n/noEnglish';

/** An error boundary above the view, recording what reaches it. */
class Above extends Component<{ caught: unknown[]; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  componentDidCatch(error: unknown) {
    this.props.caught.push(error);
  }
  render() {
    return this.state.failed ? null : this.props.children;
  }
}

describe('lazyView(load)', () => {
  it('renders the view once its code arrives', async () => {
    const View = lazyView(async () => () => <p>Tornado here</p>);
    render(<View />);
    expect(await screen.findByText('Tornado here')).toBeInTheDocument();
  });

  it('a view whose code cannot be fetched says why and offers a reload; the page around it stays', async () => {
    const reload = vi.fn();
    const View = lazyView(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/OptimiseView-old.js')), reload);
    render(
      <div>
        <p>The levers</p>
        <View />
      </div>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This view could not be loaded');
    expect(alert).toHaveTextContent(
      'Its code could not be fetched: the app has probably been updated, or the connection lost, since this page was opened. Check the connection, then reload the page to use it.',
    );
    expect(alert).toHaveTextContent('The browser’s message: “TypeError: Failed to fetch dynamically imported module: /assets/OptimiseView-old.js”');
    expect(screen.getByText('The levers')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reload the page' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('in Urdu, says what happened in Urdu; the browser’s words stand apart, labelled as its and isolated', async () => {
    applyLocale('ur', 'international', undefined);
    try {
      const View = lazyView(() => Promise.reject(new TypeError('error loading dynamically imported module: https://example.org/assets/SensitivityView-old.js')));
      render(<View />);
      const alert = await screen.findByRole('alert');
      const [body, detail] = [...alert.querySelectorAll('p')].map((p) => p.textContent ?? '');
      expect(body).toMatch(/^اس کا کوڈ حاصل نہیں ہو سکا: .* کنکشن چیک کریں، پھر اسے استعمال کرنے کے لیے صفحہ دوبارہ لوڈ کریں۔/);
      expect(englishWords(body)).toEqual([]);
      expect(detail).toBe('براؤزر کا پیغام: “\u2068TypeError: error loading dynamically imported module: https://example.org/assets/SensitivityView-old.js\u2069”');
    } finally {
      applyLocale('en', 'international', undefined);
    }
  });

  it('an error in the view itself is not taken for a failed load: it goes on to whatever catches errors above', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const View = lazyView(async () => () => {
      throw new Error('a bug in the view');
    });
    const caught: unknown[] = [];
    render(
      <Above caught={caught}>
        <View />
      </Above>,
    );
    await vi.waitFor(() => expect(caught).toEqual([expect.objectContaining({ message: 'a bug in the view' })]));
    expect(screen.queryByText('This view could not be loaded')).toBeNull();
    quiet.mockRestore();
  });
});

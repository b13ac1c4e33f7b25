/**
 * A view whose code is loaded when it is first opened (Sensitivity and
 * Optimise, whose charts are recharts'). If that code cannot be fetched —
 * the app was updated on the server since the page was opened, so the old
 * file is gone, or the connection dropped — the view says so and offers a
 * reload. Before, the failed import reached React with nothing to catch it,
 * which unmounted the whole page: a blank screen, with the results of every
 * run gone with it.
 */
import { Component, lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { i18n, isLanguage, languageDir } from '../../i18n/index';
import { isolate } from '../../i18n/bidi';

/** A view's code that could not be fetched; any other error is not this boundary's to handle. */
class ViewLoadError extends Error {}

interface BoundaryProps {
  children: ReactNode;
  /** What Reload does; the page's own reload, but for tests. */
  reload: () => void;
}

class LoadBoundary extends Component<BoundaryProps, { error: unknown }> {
  state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    // Not a failed load: passed on as React would have without this boundary.
    if (!(error instanceof ViewLoadError)) throw error;
    const reason = isLanguage(i18n.language) && languageDir(i18n.language) === 'rtl' ? isolate(error.message) : error.message;
    return (
      <section className="view-load-failed" role="alert">
        <h2>{i18n.t('common:viewLoad.title')}</h2>
        <p>{i18n.t('common:viewLoad.body', { reason })}</p>
        <button type="button" onClick={this.props.reload}>
          {i18n.t('common:viewLoad.reload')}
        </button>
      </section>
    );
  }
}

/** The view `load` resolves to, loaded when first rendered, with its failure to load said in place. */
export function lazyView(load: () => Promise<ComponentType>, reload: () => void = () => window.location.reload()): ComponentType {
  const View = lazy(() =>
    load().then(
      (view) => ({ default: view }),
      (e: unknown) => {
        throw new ViewLoadError(e instanceof Error ? e.message : String(e));
      },
    ),
  );
  return function LazyView() {
    return (
      <LoadBoundary reload={reload}>
        <Suspense fallback={null}>
          <View />
        </Suspense>
      </LoadBoundary>
    );
  };
}

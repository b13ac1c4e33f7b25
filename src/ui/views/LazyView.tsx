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
import { i18n } from '../../i18n/index';
import { browserWords } from '../../i18n/errorReasons';

/** A view's code that could not be fetched (`failure`: what the import threw); any other error is not this boundary's to handle. */
class ViewLoadError extends Error {
  constructor(readonly failure: unknown) {
    super(browserWords(failure));
  }
}

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
    // What happened is said in the reader's language; the browser's own words (often English) had stood inside that
    // sentence. They follow apart, labelled as its and isolated, for whoever helps the reader.
    const words = browserWords(error.failure);
    return (
      <section className="view-load-failed" role="alert">
        <h2>{i18n.t('common:viewLoad.title')}</h2>
        <p>{i18n.t('common:viewLoad.body')}</p>
        {words.trim() !== '' && <p className="view-load-detail">{i18n.t('common:viewLoad.detail', { words })}</p>}
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
        throw new ViewLoadError(e);
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

/**
 * Full-screen slides over the app: a labelled modal dialog, in the browser's
 * full screen where the Fullscreen API allows it (else a fixed overlay over
 * the whole window). Arrows, Page Up/Down, Space, Home and End move between
 * slides; Esc (or leaving full screen) closes it.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../../state/context';
import { useChartInputs } from '../views/useChartInputs';
import { Slide } from './Slide';
import { presentedIds, slideAfterKey, slideList, type SlideSpec } from './slides';
import { useFitScale } from './useFitScale';
import { useSlideSize } from './useSlideSize';
import { formatPlain } from '../format';
import './present.css';

/**
 * One slide. A slide of text (title, scenario, ranking, assumptions) whose lines run taller than the stage, as
 * Urdu's can, shrinks its type until it fits rather than lose its last line under the buttons (a table's slide
 * keeps its headline's size: present.css, --fit); a chart slide fits its chart itself (SlideChart). Keyed by
 * slide and size, so each starts again from the full size.
 */
function SlideSection({ kind, label, children }: { kind: SlideSpec['kind']; label: string; children: ReactNode }) {
  const [ref, fit] = useFitScale<HTMLElement>(true);
  const text = kind !== 'chart';
  return (
    <section ref={text ? ref : undefined} className={`slide slide-${kind}`} aria-roledescription="slide" aria-label={label} style={text && fit < 1 ? { fontSize: `${fit}em`, ['--fit' as string]: fit } : undefined}>
      {children}
    </section>
  );
}

/** Which slide this is, whatever its place in the deck (the list can change while presenting). */
const slideKey = (s: SlideSpec): string =>
  s.kind === 'scenario' ? `scenario ${s.id}` : s.kind === 'chart' ? `chart ${s.chart}` : s.kind === 'assumptions' ? `assumptions ${s.groups.join(' ')}` : s.kind;

/** What Tab can reach inside the deck (those with a negative tabindex are left out after). */
const TABBABLE = 'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]';

/**
 * Whether a key belongs to the focused control rather than to the deck: Space presses a button or ticks a checkbox,
 * a radio group's arrows pick its option, and a select or a text box takes every key. A slide's own controls (the
 * fan chart's "Show the status quo" and "Shading for") had stepped the deck instead of changing. Escape always closes.
 */
function controlsKey(target: EventTarget | null, key: string): boolean {
  if (key === 'Escape') return false;
  if (target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) {
    if (target.type === 'checkbox') return key === ' ';
    if (target.type === 'radio') return key === ' ' || key.startsWith('Arrow');
    return true;
  }
  // A box that scrolls sideways (what is in each option, on a phone) takes the left and right arrows while it is focused.
  if (target instanceof HTMLElement && (key === 'ArrowLeft' || key === 'ArrowRight') && target.scrollWidth > target.clientWidth + 1) return true;
  // …and a chart too tall for its box (on a phone) the up and down arrows.
  if (target instanceof HTMLElement && (key === 'ArrowUp' || key === 'ArrowDown') && target.classList.contains('slide-chart') && target.scrollHeight > target.clientHeight + 1) return true;
  return target instanceof HTMLButtonElement && key === ' ';
}

export function Presentation({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('present');
  // The scenarios the dashboard compares with the baseline: those ticked, and the one being edited.
  const compared = useApp(useShallow(presentedIds));
  const slides = slideList(compared);
  const { inputs } = useChartInputs();
  const [index, setIndex] = useState(0);
  const dialog = useRef<HTMLDivElement>(null);
  const [stage, size] = useSlideSize<HTMLDivElement>();
  const current = Math.min(index, slides.length - 1);
  const go = useCallback((k: number) => setIndex(Math.max(0, Math.min(slides.length - 1, k))), [slides.length]);

  // Full screen where allowed; the overlay covers the window either way. Leaving full screen (Esc in most browsers) closes.
  useEffect(() => {
    const el = dialog.current;
    el?.focus();
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement) entered = true;
      else if (entered) onClose();
    };
    document.addEventListener('fullscreenchange', onChange);
    el?.requestFullscreen?.().catch(() => {
      // Refused (no user gesture, an iframe, a test): the fixed overlay stays.
    });
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    };
  }, [onClose]);

  // The app behind the slides is inert while they are up: no focus, no screen-reader browsing.
  useEffect(() => {
    const root = document.getElementById('root');
    root?.setAttribute('inert', '');
    return () => root?.removeAttribute('inert');
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      if (controlsKey(e.target, e.key)) return;
      const next = slideAfterKey(e.key, current, slides.length, document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr');
      if (next === null) return;
      e.preventDefault();
      if (next === 'close') onClose();
      else go(next);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [current, slides.length, go, onClose]);

  // A modal dialog keeps focus: Tab from its last control comes round to its first, Shift+Tab from its first (or from
  // the dialog itself) to its last. Past Exit, Tab had left for <body>, behind the slides.
  const onTab = (e: ReactKeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey) return;
    const box = dialog.current;
    if (!box) return;
    const stops = [...box.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => el.tabIndex >= 0 && !el.closest('[inert], [hidden]'));
    if (stops.length === 0) return;
    const first = stops[0]!;
    const last = stops.at(-1)!;
    const at = document.activeElement;
    const out = !(at instanceof Node) || !box.contains(at);
    if (e.shiftKey ? at === first || at === box || out : at === last || out) {
      e.preventDefault();
      (e.shiftKey ? last : first).focus();
    }
  };
  const count = t('deck.count', { current: formatPlain(current + 1), total: formatPlain(slides.length) });
  // Next onto the last slide (or Previous onto the first, or a deck shrunk to end at this slide) disables the button
  // pressed, and focus fell to <body>, outside the modal dialog: it goes to the dialog itself, where the arrow keys
  // still step.
  useEffect(() => {
    const active = document.activeElement;
    if (active === null || active === document.body || (active instanceof HTMLButtonElement && active.disabled)) dialog.current?.focus();
  }, [current, slides.length]);
  // What a screen reader hears on a new slide: its number and its heading (it heard "2 / 11" alone). Read once the
  // slide is drawn and only when the slide changes, so that a headline filling in as results arrive is not re-announced.
  const [heading, setHeading] = useState('');
  useLayoutEffect(() => {
    setHeading(stage.current?.querySelector('h2')?.textContent ?? '');
  }, [current, slides.length]);
  return (
    <div ref={dialog} className="presentation" role="dialog" aria-modal="true" aria-label={t('deck.label')} tabIndex={-1} onKeyDown={onTab} style={{ ['--slide-scale' as string]: size.scale }}>
      <div ref={stage} className="slide-stage">
        <SlideSection key={`${slideKey(slides[current]!)} ${size.width}×${size.height}`} kind={slides[current]!.kind} label={count}>
          <Slide spec={slides[current]!} inputs={inputs} size={size} />
        </SlideSection>
      </div>
      <nav className="slide-nav" aria-label={t('deck.nav')}>
        <button type="button" onClick={() => go(current - 1)} disabled={current === 0}>
          {t('deck.previous')}
        </button>
        <p className="slide-count" aria-live="polite">
          <span className="slide-number">{count}</span>
          {heading && <span className="visually-hidden">{`${t('deck.headingSeparator')}${heading}`}</span>}
        </p>
        <button type="button" onClick={() => go(current + 1)} disabled={current === slides.length - 1}>
          {t('deck.next')}
        </button>
        <button type="button" onClick={onClose}>
          {t('deck.exit')}
        </button>
      </nav>
    </div>
  );
}

/**
 * A chart's Download menu: PNG (twice the screen size), SVG (one standalone
 * file with title, units, legend, note and source) and CSV (its table's
 * numbers). PNG and SVG draw what the chart shows, so they need the Chart
 * view; CSV reads the table whichever view is on.
 */
import { useContext, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useCloseOnLeave } from '../closeOnLeave';
import { useTranslation } from 'react-i18next';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { chartCsv, readTables } from './chartCsv';
import { chartSvg, sourceLine } from './chartSvg';
import { ChartSourceContext } from './chartSource';
import { download, fileName } from './download';
import { PngProblem, svgToPng } from './png';
import { urduFontFace, withFontFace } from './embedFont';
import { readLegend, readPlots } from './readChart';
import { i18n, isLanguage } from '../../i18n/index';
import { browserWords, withBrowserWords } from '../../i18n/errorReasons';

export interface ChartDownloadsProps {
  title: string;
  subtitle: string;
  /** The chart's figure on the page. */
  figure: RefObject<HTMLElement | null>;
  /** Whether the chart (rather than its table) is on screen. */
  chartShown: boolean;
  table: () => ReactNode;
}

/** The Urdu font an image carries (embedFont) could not be fetched: `cause` is what fetching it threw. */
class FontNotFetched {
  constructor(readonly cause: unknown) {}
}

/**
 * Why a file could not be made, in the language on screen (i18n/errorReasons): the browser's own sentence had
 * stood in for it, in English inside an Urdu menu. Its words follow, labelled and isolated; alone, labelled, when
 * the error tells no more; '' when it says nothing at all (failedMessage then leaves out the colon).
 */
function failureReason(e: unknown): string {
  if (e instanceof PngProblem) return i18n.t(`exports:downloads.${e.key}`);
  if (e instanceof FontNotFetched) return withBrowserWords(i18n.t('exports:downloads.fontNotFetched'), browserWords(e.cause));
  return withBrowserWords(null, browserWords(e));
}

/** The menu's message for a file that could not be made: with its reason, or without one when there is none to say. */
function failedMessage(e: unknown): string {
  const reason = failureReason(e);
  return reason === '' ? i18n.t('exports:downloads.failedNoReason') : i18n.t('exports:downloads.failed', { reason });
}

const textOf = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The table view's tables, rendered off the page when the chart is showing. */
function tablesOf(figure: HTMLElement, chartShown: boolean, table: () => ReactNode) {
  if (!chartShown) return readTables(figure);
  const holder = document.createElement('div');
  const root = createRoot(holder);
  flushSync(() => root.render(table()));
  const tables = readTables(holder);
  root.unmount();
  return tables;
}

export type MenuAlign = 'start' | 'end';

/**
 * Whether the open menu of `details` fits hanging from Download's end edge, inside the chart (which clips what spills
 * out of it) and the window: 'end' where it does, else 'start' where that fits, else whichever spills less.
 */
export function menuAlign(details: HTMLElement, bounds: HTMLElement | null): MenuAlign {
  const button = details.querySelector('summary')?.getBoundingClientRect();
  const width = details.querySelector('.chart-downloads-menu')?.getBoundingClientRect().width ?? 0;
  if (!button || width === 0) return 'end';
  const box = bounds?.getBoundingClientRect();
  const windowWidth = document.documentElement.clientWidth || window.innerWidth;
  const left = Math.max(box?.left ?? -Infinity, 0);
  const right = Math.min(box?.right ?? Infinity, windowWidth > 0 ? windowWidth : Infinity);
  // How far the menu spills past the left or right edge, hung from Download's right or left end.
  const spill = (from: number, to: number) => Math.max(0, left - from) + Math.max(0, to - right);
  const fromRight = spill(button.right - width, button.right);
  const fromLeft = spill(button.left, button.left + width);
  const rtl = getComputedStyle(details).direction === 'rtl';
  const [end, start] = rtl ? [fromLeft, fromRight] : [fromRight, fromLeft];
  return end <= 0.5 || end <= start ? 'end' : 'start';
}

export function ChartDownloads({ title, subtitle, figure, chartShown, table }: ChartDownloadsProps) {
  const { t } = useTranslation('exports');
  const source = useContext(ChartSourceContext);
  // What went wrong, worded when shown.
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const line = sourceLine(source.engineVersion, source.seed, source.replications, source.households ?? null);
  const basis = () => textOf(figure.current?.closest('.chart-cell')?.querySelector('.chart-basis'));

  const svgFile = async () => {
    const fig = figure.current!;
    const body = fig.querySelector('.chart-body');
    const { plots, labels } = body ? readPlots(body) : { plots: [], labels: [] };
    const language = isLanguage(i18n.language) ? i18n.language : 'en';
    const file = chartSvg({ title, subtitle, plots, labels, legend: readLegend(fig), note: textOf(fig.querySelector('.chart-note')), basis: basis(), source: line, language });
    // Urdu text needs its font inside the file: a PNG is drawn from the SVG as an image, which cannot use the page's fonts.
    if (language !== 'ur') return file;
    const face = await urduFontFace().catch((e: unknown) => {
      throw new FontNotFetched(e);
    });
    return { ...file, svg: withFontFace(file.svg, face) };
  };
  const run = (f: () => void | Promise<void>) => async () => {
    setFailure(null);
    try {
      await f();
    } catch (e) {
      setFailure({ error: e });
    }
  };
  const onSvg = run(async () => download((await svgFile()).svg, fileName([title], 'svg'), 'svg'));
  const onPng = run(async () => {
    const { svg, width, height } = await svgFile();
    download(await svgToPng(svg, width, height, 2), fileName([title], 'png'), 'png');
  });
  const onCsv = run(() => {
    const csv = chartCsv({ title, units: subtitle, source: line, basis: basis() }, tablesOf(figure.current!, chartShown, table));
    download(csv, fileName([title], 'csv'), 'csv');
  });
  const needChart = chartShown ? undefined : t('downloads.needChart');
  const menu = useRef<HTMLDetailsElement>(null);
  // Which of Download's ends the menu hangs from: its end (right in English, left in Urdu) unless it would spill
  // past the chart there, where the chart clips it (content-visibility) — as it did at 1366 px, a wrapped header
  // putting Download at the chart's left ("ownload PNG").
  const [align, setAlign] = useState<MenuAlign>('end');
  const onToggle = () => {
    const details = menu.current;
    if (details?.open) setAlign(menuAlign(details, figure.current));
  };
  // Tab (or a click) elsewhere closes it: left open, it lay over the next control. Focus stays where the reader took it.
  // Whether it is open is read from the page: the browser opens it, and React hears so only at its toggle event, a
  // task later (a Tab at once had left it open). Tab past the page's last control closes it too (the last chart's
  // menu had stayed open): it holds only buttons, so closing it when the window loses the focus loses nothing.
  useCloseOnLeave(
    () => !!menu.current?.open,
    [menu],
    () => {
      if (menu.current) menu.current.open = false;
    },
    { whenFocusLeavesPage: true },
  );
  // Escape closes the open menu and gives the focus back to Download, as a menu does; nothing else hears it.
  const onKeyDown = (e: KeyboardEvent) => {
    const details = menu.current;
    if (e.key !== 'Escape' || !details?.open) return;
    e.stopPropagation();
    details.open = false;
    details.querySelector('summary')?.focus();
  };
  return (
    <details ref={menu} className="chart-downloads" data-align={align} onKeyDown={onKeyDown} onToggle={onToggle}>
      <summary>{t('downloads.summary')}</summary>
      <div className="chart-downloads-menu" role="group" aria-label={t('downloads.menuLabel', { title })}>
        <button type="button" onClick={onPng} disabled={!chartShown} title={needChart}>
          {t('downloads.png')}
        </button>
        <button type="button" onClick={onSvg} disabled={!chartShown} title={needChart}>
          {t('downloads.svg')}
        </button>
        <button type="button" onClick={onCsv}>
          {t('downloads.csv')}
        </button>
        {failure && <p role="alert">{failedMessage(failure.error)}</p>}
      </div>
    </details>
  );
}

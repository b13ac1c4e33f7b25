/**
 * Where the report prints what each scenario changes (SettingsSection): on
 * page 1, under the ranking, when it fits there whole; else after the charts.
 * The poverty and difference charts that the results start with are sized to
 * share a page (leadPairFit) and do not fit under the ranking, so page 1 ended
 * in white: 45% of it in English once the headline cards took one row. The
 * options' settings fill it, and they read there as the deck's second slide
 * ("What is in each option") does, before the results. In Urdu, or with
 * many options, they do not fit, and stay where they were.
 *
 * Measured on screen, as leadPairFit and printedFit measure, since the report
 * is laid out at paper's width there: from the top of the report's heading
 * to the foot of the ranking, and the settings' own height, neither of which
 * depends on where the settings are, so moving them cannot move the answer.
 * The ranking prints in a smaller type than the screen's (report.css): it is
 * measured on a copy laid out as printed (AS_PRINTED), 251 px where the
 * screen's is 391 in English.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';
import { readCopyAsPrinted } from '../leadPairFit';
import { measureForPaper } from './paper';

/** The height of `ranking` as it prints: a copy's, laid out beside it out of sight (report.css, .report-as-printed), then removed. */
function printedHeight(ranking: HTMLElement): number {
  return readCopyAsPrinted(ranking, ranking.cloneNode(true) as HTMLElement, (copy) => copy.getBoundingClientRect().height);
}

/**
 * The root's font size on paper (styles.css: 15 px; print's page, 794 px wide, is below the 1600 px from which the
 * screen's grows to 17). From a large screen, what the report sizes in rem (its notes, the lists of settings) measured
 * taller than it prints, and the settings went after the charts printing from 1920 px but under the ranking from
 * 1440: the same report printed two ways. So the measuring lays the page out with paper's root size for the moment.
 */
const PAPER_ROOT_FONT = '15px';

/** `measure()` with the page laid out at paper's root font size (PAPER_ROOT_FONT), then put back before anything paints. */
function atPaperRoot<T>(measure: () => T): T {
  const root = document.documentElement;
  if (getComputedStyle(root).fontSize === PAPER_ROOT_FONT) return measure();
  const was = root.style.fontSize;
  root.style.fontSize = PAPER_ROOT_FONT;
  try {
    return measure();
  } finally {
    root.style.fontSize = was;
  }
}

/** Room for rounding and for what print lays out a little differently (fonts' line boxes, collapsed margins). */
const SLACK = 24;

export interface FirstPage {
  /** The page's height less @page's margins, px (report.css's --printed-page). */
  page: number;
  /** From the top of the report's heading to the foot of the ranking (or of the summary, where there is none), px. */
  above: number;
  /** The settings' section, with the top margin of its heading, px. */
  settings: number;
}

/** Whether the settings fit whole on page 1 under what is above them (false while nothing is laid out). */
export function settingsFitFirstPage(l: FirstPage): boolean {
  return l.page > 0 && l.above > 0 && l.settings > 0 && l.above + l.settings + SLACK <= l.page;
}

/** `ref`: the report (article.report), while `shown`. True where the settings go under the ranking. */
export function useSettingsFirst(ref: RefObject<HTMLElement | null>, shown: boolean): boolean {
  const [first, setFirst] = useState(false);
  useLayoutEffect(() => {
    const report = ref.current;
    if (!report || typeof ResizeObserver === 'undefined') return;
    const read = () => {
      const head = report.querySelector('.report-head');
      const ranking = report.querySelector<HTMLElement>('.report-ranking');
      const above = ranking ?? report.querySelector('.report-summary');
      const settings = report.querySelector<HTMLElement>('.report-settings');
      if (!head || !above || !settings) return setFirst(false);
      const layout = atPaperRoot(() => {
        const heading = settings.firstElementChild ? parseFloat(getComputedStyle(settings.firstElementChild).marginTop) || 0 : 0;
        const top = above.getBoundingClientRect().top - head.getBoundingClientRect().top;
        return {
          page: parseFloat(getComputedStyle(report).getPropertyValue('--printed-page')),
          above: top + (ranking ? printedHeight(ranking) : above.getBoundingClientRect().height),
          settings: settings.getBoundingClientRect().height + heading + (parseFloat(getComputedStyle(settings).marginTop) || 0),
        };
      });
      setFirst(settingsFitFirstPage(layout));
    };
    // The ranking fills in as results arrive, the note that runs are still going leaves, the language changes: each
    // changes the report's size; and printing from a window narrower than the page lays it out at the page's width
    // (report/paper), where it is measured before print lays it out.
    return measureForPaper(report, read);
  }, [ref, shown]);
  return first;
}

/**
 * For the Urdu tests of the parameter screens: the Latin words a parameter's
 * source may keep (publication and organisation names, acronyms and file
 * names of its citations), and the visible text of a rendered area with its
 * accessible names, titles and placeholders.
 */
export const CITATION_WORDS = [
  'APP', 'APR', 'BRIEF', 'Banerjee', 'Bank', 'Brief', 'CALIBRATION', 'CPI', 'Campbell', 'Commission', 'Dawn', 'Dev', 'Development', 'Econ',
  'Economic', 'Equity', 'Financial', 'Force', 'Geo', 'GiveDirectly', 'Gulf', 'Haq', 'Indicators', 'Jalan', 'Journal', 'Karlan', 'Labour',
  'Lanjouw', 'MPI', 'Maitra', 'Mani', 'McKenzie', 'Mel', 'Microfinance', 'NSER', 'Nation', 'Network', 'News', 'PAL', 'PDNA', 'PIDE', 'PIHS',
  'PMN', 'Pakistan', 'Planning', 'Poverty', 'QJE', 'RCTs', 'Ravallion', 'Review', 'SBP', 'Stability', 'Survey', 'The', 'Waddington',
  'Woodruff', 'World', 'Xinhua', 'Zinman', 'docs', 'gov', 'model',
];

/** Text a reader meets in `root`: its text (minus code, which shows scenario-file paths) and its labels, titles and placeholders. */
export function readableText(root: Element): string {
  const copy = root.cloneNode(true) as Element;
  for (const code of copy.querySelectorAll('code')) code.remove();
  const attributes = [...copy.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((el) =>
    ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
  );
  return [copy.textContent ?? '', ...attributes].join('\n');
}

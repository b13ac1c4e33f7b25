/**
 * The bad rows of an imported file, each with its line, column and what is
 * wrong, so the file can be fixed; they are left out of the import. What is
 * wrong is said in the page's language from the parser's description of it
 * (ProblemText), so an Urdu reader gets Urdu, not the CLI's English; the
 * column is the file's own header name, shown as written.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RowError } from '../../engine/index';
import { interleave } from '../sentence';
import { formatPlain } from '../format';
import { ProblemText } from './ProblemText';

export interface RowErrorsProps {
  /** The first problems, in file order. */
  errors: readonly RowError[];
  /** Rows left out in all. */
  badRows: number;
  /** Problems found in all, exact (errors holds only the first of them; a row may have several). */
  errorCount: number;
  /** The problems are the header's: no row can be read, so there are no good rows to use. */
  header?: boolean;
}

export function RowErrors({ errors, badRows, errorCount, header = false }: RowErrorsProps) {
  const { t } = useTranslation('households');
  const headingId = useId();
  if (errors.length === 0) return null;
  return (
    <section className="import-errors" aria-labelledby={headingId}>
      <h3 id={headingId}>{header ? t('dialog.headerHeading') : t('dialog.errorsHeading', { count: badRows, rows: formatPlain(badRows) })}</h3>
      <p>{header ? t('dialog.headerIntro') : t('dialog.errorsIntro')}</p>
      {/* Scrolls when long: a Tab stop, so the keyboard can scroll it too. */}
      <ol className="import-error-list" tabIndex={0} aria-labelledby={headingId}>
        {errors.map((e, k) => {
          const message = <ProblemText problem={e.problem} />;
          const column = <code dir="ltr">{e.column}</code>;
          return (
            <li key={k}>
              {e.column === null
                ? interleave((m) => t('dialog.errorRow', { line: formatPlain(e.line, { useGrouping: false }), message: m.message! }), { message })
                : interleave((m) => t('dialog.errorCell', { line: formatPlain(e.line, { useGrouping: false }), column: m.column!, message: m.message! }), { column, message })}
            </li>
          );
        })}
      </ol>
      {errorCount > errors.length && <p className="import-note">{t('dialog.moreErrors', { shown: formatPlain(errors.length), total: formatPlain(errorCount) })}</p>}
    </section>
  );
}

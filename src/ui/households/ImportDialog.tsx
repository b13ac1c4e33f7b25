/**
 * Import households: choose a CSV file; it is read, checked and summarised
 * in a worker (progress shown, Cancel stops it); then its summary and bad
 * rows are shown, and nothing changes until the user chooses to use the
 * good rows (named by an id they may edit) or cancels. A modal dialog over
 * the page: focus starts in it, the page behind is inert while it is up, Esc
 * cancels, and focus goes back to where it was.
 */
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHouseholds } from '../../app/services';
import { isAbort } from '../../run/errors';
import { fileReason, nameOf, withBrowserWords } from '../../i18n/errorReasons';
import { i18n } from '../../i18n/index';
import { IMPORT_WORKER_FAILED } from '../../run/households/parser';
import type { ParsedFile } from '../../run/households/parser';
import type { ImportIssue } from '../../app/households';
import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../../state/context';
import { displayNameOf } from '../../state/displayName';
import { formatPlain } from '../format';
import { interleave } from '../sentence';
import { elsewhereText } from '../editor/issues';
import { datasetId, validId, validName, MAX_ID_LENGTH, MAX_NAME_LENGTH } from './householdsText';
import { ImportSummary, type RowCounts } from './ImportSummary';
import { ProblemText } from './ProblemText';
import { RowErrors } from './RowErrors';
import { UncoveredText } from './UncoveredText';
import './households.css';

type Phase =
  | { kind: 'choose' }
  | { kind: 'reading'; file: string; done: number; total: number }
  /** `error`: why the file could not be read, worded when shown (importFailure); null where no import service is. */
  | { kind: 'failed'; file: string; error: unknown }
  | { kind: 'parsed'; file: string; parsed: ParsedFile };

/** The dialog, open while the store names a scenario to import for. */
export function ImportDialog() {
  const scenarioId = useApp((s) => s.importFor);
  const close = useApp((s) => s.closeImport);
  if (scenarioId === null) return null;
  return <ImportDialogBody key={scenarioId} scenarioId={scenarioId} onClose={close} />;
}

function ImportDialogBody({ scenarioId, onClose }: { scenarioId: string; onClose: () => void }) {
  const { t } = useTranslation('households');
  const ids = useId();
  const actions = useHouseholds();
  const scenario = useApp((s) => s.scenarios[scenarioId]);
  const name = useApp((s) => displayNameOf(s, scenarioId));
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const [label, setLabel] = useState({ id: '', name: '' });
  /** What the scenario checks or the file's replications refused, worded when shown (elsewhereText, UncoveredText), so that it follows a change of language. */
  const [issues, setIssues] = useState<ImportIssue[]>([]);
  /** Every scenario on screen (baseline and compared too), so that they are compared on the same households. */
  const [everywhere, setEverywhere] = useState(false);
  const onScreen = useApp(
    useShallow((s) => [s.importFor ?? s.activeId, s.baselineId, ...s.compareIds].filter((x, k, all) => s.scenarios[x] && all.indexOf(x) === k)),
  );
  const abort = useRef<AbortController | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const backdrop = useRef<HTMLDivElement>(null);
  /** What this dialog made inert, and only that: an element inert already (by the slides, say) is left as it was. */
  const madeInert = useRef<Element[]>([]);

  // The control that opened the dialog is read before the page behind is made inert (a browser may take focus from an
  // inert control), and focus goes back to it once the page is no longer inert (an inert control cannot take focus).
  useLayoutEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    return () => {
      abort.current?.abort();
      for (const el of madeInert.current) el.removeAttribute('inert');
      madeInert.current = [];
      before?.focus?.();
    };
  }, []);
  // Focus starts in the dialog whenever it is drawn: opened, and back with its scenario after drawing nothing while the
  // scenario was gone (removed in another tab, then undone there), where focus had stayed on the page made inert again.
  const shown = scenario !== undefined;
  useLayoutEffect(() => {
    if (shown) fileInput.current?.focus();
  }, [shown]);

  // The page behind (the dialog's siblings in ui/Root: the app) is inert while the dialog is up, as aria-modal says:
  // no Tab onto its controls, no screen-reader browsing of it. Not an ancestor: the slides make #root inert, and this
  // dialog is inside it. After every commit, not once: a change of language draws the app afresh, a new element, in
  // the same commit as this dialog (ui/Root); and a dialog that draws nothing (its scenario gone) leaves the page free.
  useLayoutEffect(() => {
    const dialog = backdrop.current;
    const behind = dialog ? [...(dialog.parentElement?.children ?? [])].filter((el) => el !== dialog) : [];
    for (const el of madeInert.current) if (!behind.includes(el)) el.removeAttribute('inert');
    madeInert.current = madeInert.current.filter((el) => behind.includes(el));
    for (const el of behind) {
      if (el.hasAttribute('inert')) continue;
      el.setAttribute('inert', '');
      madeInert.current.push(el);
    }
  });

  if (!scenario) return null;
  const line = scenario.world.population.povertyLinePKR;

  const read = (file: File) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setIssues([]);
    setPhase({ kind: 'reading', file: file.name, done: 0, total: 0 });
    if (!actions) {
      setPhase({ kind: 'failed', file: file.name, error: null });
      return;
    }
    // Progress comes over its own message channel, so a last report can arrive after the result: it is dropped then.
    let settled = false;
    actions
      .parse(file, line, {
        signal: controller.signal,
        onProgress: ({ rowsDone, rowsTotal }) => {
          if (!controller.signal.aborted && !settled) setPhase({ kind: 'reading', file: file.name, done: rowsDone, total: rowsTotal });
        },
      })
      .then(
        (parsed) => {
          settled = true;
          if (controller.signal.aborted) return;
          setLabel({ id: datasetId(file.name), name: file.name.slice(0, MAX_NAME_LENGTH) });
          setPhase({ kind: 'parsed', file: file.name, parsed });
        },
        (e: unknown) => {
          settled = true;
          if (!isAbort(e) && !controller.signal.aborted) setPhase({ kind: 'failed', file: file.name, error: e });
        },
      );
  };

  const cancel = () => {
    abort.current?.abort();
    onClose();
  };

  const parsed = phase.kind === 'parsed' ? phase.parsed : null;
  const good = parsed ? parsed.data.n : 0;
  // A problem with the file as a whole (line 0: empty, not UTF-8) is said on its own; it is not the header's. So is a
  // header with no rows under it: the parser puts it on line 2 (the CLI's "line 2: the file has a header but no
  // households"), and listed as a bad row it stood under "0 bad rows … or use the good rows".
  const wholeFile = parsed?.errors.find((e) => e.line === 0 || e.problem.kind === 'headerOnly');
  // A header with problems (line 1) leaves no row readable: no row was checked, so none is counted good or bad.
  const headerBroken = parsed ? parsed.errors.some((e) => e.line === 1) : false;
  const badRows = parsed ? (headerBroken ? parsed.rows : parsed.badRows) : 0;
  // Which row counts are true: none for a file that is not text (nothing was read), rows read alone for one that is
  // empty or a header alone (0, and no good or bad rows to speak of), good and bad unless the header stopped the check.
  const undecoded = wholeFile?.problem.kind === 'notUtf8' || wholeFile?.problem.kind === 'utf16';
  const counts: RowCounts = undecoded ? 'none' : wholeFile ? 'readOnly' : headerBroken ? 'unchecked' : 'goodAndBad';
  const sameData = parsed !== null && scenario.households?.sha256 === parsed.sha256;
  const labelOk = sameData || (validId(label.id) && validName(label.name));
  const confirm = () => {
    if (!parsed || !actions || good === 0 || !labelOk) return;
    const problems = actions.confirm(everywhere ? onScreen : [scenarioId], parsed, { id: label.id, name: label.name.trim() });
    if (problems.length > 0) setIssues(problems);
    else onClose();
  };
  const file = <bdi>{phase.kind === 'choose' ? '' : phase.file}</bdi>;

  return (
    <div ref={backdrop} className="import-backdrop">
      <div
        className="import-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${ids}-title`}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            cancel();
          }
        }}
      >
        <h2 id={`${ids}-title`}>{t('dialog.title')}</h2>
        <p>{interleave((m) => t('dialog.intro', { doc: m.doc! }), { doc: <code>docs/households-csv.md</code> })}</p>
        <p>{interleave((m) => t('dialog.replaces', { name: m.name! }), { name: <bdi>{name}</bdi> })}</p>
        <div className="import-file">
          <label className="file-button" htmlFor={`${ids}-file`}>
            {t('dialog.fileLabel')}
          </label>
          <input
            ref={fileInput}
            id={`${ids}-file`}
            className="visually-hidden"
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => {
              const chosen = e.currentTarget.files?.[0];
              if (chosen) read(chosen);
            }}
          />
        </div>
        {phase.kind === 'reading' && (
          <div className="import-progress" role="status">
            <p>{interleave((m) => t('dialog.reading', { file: m.file! }), { file })}</p>
            <div
              className="bar"
              role="progressbar"
              aria-label={t('dialog.progressLabel')}
              aria-valuemin={0}
              aria-valuemax={Math.max(phase.total, phase.done)}
              aria-valuenow={phase.done}
            >
              <div className="bar-fill" style={{ width: `${phase.total > 0 ? Math.min(100, (100 * phase.done) / phase.total) : 0}%` }} />
            </div>
            <p className="import-note">{t('dialog.progress', { done: formatPlain(phase.done), total: formatPlain(phase.total) })}</p>
          </div>
        )}
        {phase.kind === 'failed' && (
          <p role="alert" className="import-failed">
            {t('dialog.failed', { reason: importFailure(phase.error) })}
          </p>
        )}
        {parsed && (
          <section className="import-result" aria-labelledby={`${ids}-summary`}>
            <h3 id={`${ids}-summary`}>{interleave((m) => t('dialog.summaryHeading', { file: m.file! }), { file })}</h3>
            <ImportSummary
              rows={parsed.rows}
              badRows={badRows}
              counts={counts}
              summary={parsed.summary}
              replications={parsed.replications}
              povertyLinePKR={line}
              sha256={parsed.sha256}
            />
            {wholeFile ? (
              <p role="alert" className="import-failed">
                {interleave((m) => t('dialog.fileProblem', { message: m.message! }), { message: <ProblemText problem={wholeFile.problem} /> })}
              </p>
            ) : (
              <RowErrors errors={parsed.errors} badRows={badRows} errorCount={parsed.errorCount} header={headerBroken} />
            )}
            {good === 0 && <p className="import-failed">{t('dialog.nothingToImport')}</p>}
            {good > 0 && sameData && <p>{interleave((m) => t('dialog.sameData', { name: m.name! }), { name: <bdi>{name}</bdi> })}</p>}
            {good > 0 && !sameData && (
              <div className="import-label">
                <label htmlFor={`${ids}-id`}>{t('dialog.idLabel')}</label>
                <input
                  id={`${ids}-id`}
                  type="text"
                  dir="ltr"
                  value={label.id}
                  maxLength={MAX_ID_LENGTH}
                  aria-invalid={!validId(label.id)}
                  aria-describedby={validId(label.id) ? undefined : `${ids}-id-issue`}
                  onChange={(e) => setLabel({ ...label, id: e.currentTarget.value })}
                />
                {!validId(label.id) && (
                  <p id={`${ids}-id-issue`} className="field-issues">
                    {t('dialog.idInvalid')}
                  </p>
                )}
                <label htmlFor={`${ids}-name`}>{t('dialog.nameLabel')}</label>
                <input
                  id={`${ids}-name`}
                  type="text"
                  value={label.name}
                  maxLength={MAX_NAME_LENGTH}
                  aria-invalid={!validName(label.name)}
                  aria-describedby={validName(label.name) ? undefined : `${ids}-name-issue`}
                  onChange={(e) => setLabel({ ...label, name: e.currentTarget.value })}
                />
                {!validName(label.name) && (
                  <p id={`${ids}-name-issue`} className="field-issues">
                    {t('dialog.nameInvalid')}
                  </p>
                )}
              </div>
            )}
            {good > 0 && onScreen.length > 1 && (
              <label className="import-everywhere">
                <input type="checkbox" checked={everywhere} onChange={(e) => setEverywhere(e.currentTarget.checked)} />{' '}
                {t('dialog.everywhere', { count: onScreen.length })}
              </label>
            )}
            {issues.length > 0 && (
              <ul role="alert" className="field-issues">
                {/* The scenario checks' problems in the page's language (editor/issues) and a replication the file lacks
                    (UncoveredText), worded now: stored worded, they had stayed in the language they were refused in. An issue
                    without a code (a scenario gone while the dialog was open) as the app wrote it, in English. */}
                {issues.map((i, k) =>
                  i.code === 'uncoveredReplications' ? (
                    <li key={k}>
                      <UncoveredText issue={i} />
                    </li>
                  ) : i.code === undefined ? (
                    <li key={k} lang="en" dir="ltr">
                      {elsewhereText(i)}
                    </li>
                  ) : (
                    <li key={k}>{elsewhereText(i)}</li>
                  ),
                )}
              </ul>
            )}
          </section>
        )}
        <div className="import-actions">
          {parsed && good > 0 && (
            <button type="button" className="import-confirm" disabled={!labelOk} onClick={confirm}>
              {parsed.badRows > 0 ? t('dialog.useGood', { count: good, rows: formatPlain(good) }) : t('dialog.useAll')}
            </button>
          )}
          <button type="button" onClick={cancel}>
            {t('dialog.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}

/**
 * Why a file could not be read, in the language on screen (worded when shown, so it follows a change of language):
 * no import service here; the import's worker failed to load or crashed; or the browser's refusal to read the file
 * (i18n/errorReasons fileReason: gone, unreadable, not allowed), its own words after it as a labelled detail. The
 * error's English message alone had been the reason, inside the Urdu sentence too.
 */
function importFailure(error: unknown): string {
  if (error === null) return i18n.t('households:dialog.unavailable');
  if (nameOf(error) === IMPORT_WORKER_FAILED) return withBrowserWords(i18n.t('households:dialog.workerFailed'), String((error as Error).message ?? ''));
  return fileReason(error);
}

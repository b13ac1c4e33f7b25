/**
 * The engine's sentences about a result, in the reader's language. The engine
 * words its warnings and pairing problems in English for the CLI and the
 * result file; the app words the same facts (settingWarnings, the run
 * settings) from its catalogues.
 */
import { settingWarnings, type RegionId, type RunResult, type RunSample, type Scenario, type SettingWarning } from '../../engine/index';
import { i18n } from '../../i18n/index';
import { formatPKR, formatPlain, formatShare } from '../format';

/** An amount to the nearest Rs 0.1 bn, as the engine's warnings give it: they are means that move with each replication. */
const roughPKR = (x: number) => formatPKR(Math.round(x / 1e8) * 1e8);

/**
 * The sample a replication of the run has (engine RunSample): for data with a replication column, the fewest and
 * the most rows a replication has, as the store holds them (datasetRows, householdsSlice); the data itself is in
 * the workers, not in this thread. Otherwise the run's meta.households.
 */
export function runSample(result: RunResult, datasetRows: Readonly<Record<string, readonly [number, number]>>): RunSample {
  const sha256 = result.scenario.households?.sha256;
  const rows = sha256 !== undefined ? datasetRows[sha256] : undefined;
  return rows ? { households: rows, perReplication: true } : { households: [result.meta.households, result.meta.households], perReplication: false };
}

/**
 * The result's warnings about its settings, one sentence each (in English, the engine's own sentences): what
 * kept a programme from spending or lending, or left the comparison out. A fact about how costs are counted
 * (risk-fund capital still in the fund) is not one of them: see costNoteLines. `datasetRows`: the store's, for
 * the rows a replication has (runSample).
 */
export function warningLines(result: RunResult, datasetRows: Readonly<Record<string, readonly [number, number]>> = {}): string[] {
  return settingWarnings(result, runSample(result, datasetRows)).filter((w) => w.kind !== 'idleFund').map(warningLine);
}

/** The result's notes on how its costs are counted (risk-fund capital still in the fund at the end), one sentence each. */
export function costNoteLines(result: RunResult): string[] {
  return settingWarnings(result, runSample(result, {})).filter((w) => w.kind === 'idleFund').map(warningLine);
}

/** A share to the nearest percent, as the engine's warnings give it. */
const roughShare = (x: number) => formatShare(Math.round(x * 100) / 100);
/** A share the user set (a custom regional share such as 1.5%), to a tenth of a percent, as the engine's warnings give it. */
const setShare = (x: number) => formatShare(Math.round(x * 1000) / 1000);

/** Why a programme left money unspent (the engine's UnspentCause); microfinance's sentence gives its own reason. */
function unspentReason(w: Extract<SettingWarning, { kind: 'unspent' }>): string {
  if (w.cause === 'lending' || w.programme === 'microfinance') return '';
  const noneLeft = i18n.t(`views:settingsWarnings.unspentReason.noneLeft.${w.programme === 'cash' && !w.cutoff ? 'cashBudget' : w.programme}`);
  const [fewest, most] = w.sampleHouseholds;
  const households = fewest === most ? formatPlain(fewest) : `${formatPlain(fewest)}\u2013${formatPlain(most)}`;
  const step = i18n.t(`views:settingsWarnings.unspentReason.${!w.imported ? 'step' : w.perReplication ? 'stepRowsPerReplication' : 'stepRows'}`, { households });
  if (w.cause === 'noneLeft') return noneLeft;
  if (w.cause === 'step') return step;
  const stepShare = w.stepPKR / w.unspentPKR;
  return i18n.t('views:settingsWarnings.unspentReason.both', { noneLeft, step, noneLeftShare: roughShare(1 - stepShare), stepShare: roughShare(stepShare) });
}

const regionName = (r: RegionId): string => i18n.t(`params:keys.${r}`);

/** The regions a custom split left out, each with its share ("Sindh 25%, Balochistan 5%"), in both of their sentences. */
function regionShareList(regions: readonly { region: RegionId; share: number }[]): string {
  return regions.map((x) => i18n.t('views:settingsWarnings.regionShare', { region: regionName(x.region), share: setShare(x.share) })).join(i18n.t('views:dashboard.listSeparator'));
}

function warningLine(w: SettingWarning): string {
  switch (w.kind) {
    case 'unspent':
      return i18n.t(`views:settingsWarnings.${w.inRegionsWithData ? 'unspentInRegionsWithData' : 'unspent'}.${w.programme}`, {
        share: roughShare(w.share), amount: roughPKR(w.unspentPKR), reason: unspentReason(w),
      });
    case 'regionsLeftOut': {
      const [one] = w.regions;
      // With no budget, only the opening capital (split as the budget would be) is left out.
      if (w.unspentPKR === 0) {
        if (w.regions.length === 1) return i18n.t('views:settingsWarnings.regionFundOnly', { share: setShare(one!.share), region: regionName(one!.region), amount: roughPKR(w.fundPKR) });
        return i18n.t('views:settingsWarnings.regionsFundOnly', { list: regionShareList(w.regions), amount: roughPKR(w.fundPKR) });
      }
      // The opening capital split as the budget is: the same share of it is in no region's fund.
      const fund = w.fundPKR > 0 ? ` ${i18n.t('views:settingsWarnings.fundLeftOut', { amount: roughPKR(w.fundPKR) })}` : '';
      if (w.regions.length === 1)
        return i18n.t('views:settingsWarnings.regionLeftOut', { share: setShare(one!.share), region: regionName(one!.region), amount: roughPKR(w.unspentPKR) }) + fund;
      return i18n.t('views:settingsWarnings.regionsLeftOut', { list: regionShareList(w.regions), share: setShare(w.share), amount: roughPKR(w.unspentPKR) }) + fund;
    }
    case 'noLoans':
      return i18n.t(`views:settingsWarnings.noLoans.${w.reason}`);
    case 'idleFund':
      return i18n.t('views:settingsWarnings.idleFund', { amount: roughPKR(w.fundPKR) });
    case 'noStatusQuo':
      return i18n.t('views:settingsWarnings.noStatusQuo');
  }
}

/** How a scenario's households are named in a pairing reason: synthetic, or the imported data's id and hash. */
function dataLabel(s: Scenario): string {
  const ref = s.households;
  return ref ? i18n.t('households:pairing.imported', { id: ref.id, hash: ref.sha256.slice(0, 12) }) : i18n.t('households:pairing.synthetic');
}

/**
 * Why a scenario cannot be paired with the baseline (different seed, sample
 * size, months or household data), or undefined if it can. On imported
 * data the sample size is not used, so only the data is compared then.
 */
export function pairingReason(scenario: Scenario, baseline: Scenario): string | undefined {
  const s = scenario.run;
  const b = baseline.run;
  const sData = scenario.households?.sha256 ?? null;
  const bData = baseline.households?.sha256 ?? null;
  const fields = (['seed', 'households', 'months'] as const)
    .filter((k) => s[k] !== b[k] && !(k === 'households' && (sData !== null || bData !== null)))
    .map((k) => i18n.t('views:pairing.field', { field: i18n.t(`views:pairing.${k}`), value: formatPlain(s[k], { useGrouping: k !== 'seed' }), baseline: formatPlain(b[k], { useGrouping: k !== 'seed' }) }));
  if (sData !== bData) fields.push(i18n.t('views:pairing.field', { field: i18n.t('households:pairing.field'), value: dataLabel(scenario), baseline: dataLabel(baseline) }));
  if (fields.length === 0) return undefined;
  return i18n.t('views:pairing.reason', { fields: fields.join(i18n.t('charts:shared.listSeparator')) });
}

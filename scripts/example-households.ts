// Writes examples/households.csv: replication 0 of the default scenario's synthetic population at 400 households,
// dressed as survey data (docs/households-csv.md, "The example file"). Run once:
//   npx esbuild scripts/example-households.ts --bundle --platform=node --format=esm --log-level=warning \
//     --outfile=.build/example-households.mjs && node .build/example-households.mjs
import { writeFileSync } from 'node:fs';
import { defaultScenario, formatHouseholdsCsv, populationData, type HouseholdData } from '../src/engine/index';

const sc = defaultScenario();
sc.run.households = 400;
const full = populationData(sc, [0]);
const transfer = sc.world.existingCash.benefitPKR * (1 - sc.world.existingCash.leakage);
// Consumption a survey would record: expected income per adult-equivalent (earnings and the existing transfer, the
// model's steady state), in whole rupees; weights to two decimals. No PMT scores, savings, loan history or model state.
const survey: HouseholdData = {
  ...full,
  householdId: full.householdId.map((_, k) => `PK-${String(k + 1).padStart(4, '0')}`),
  replication: null,
  weight: full.weight.map((w) => Math.round(w * 100) / 100),
  welfareKind: 'consumption',
  welfare: full.welfare.map((y, k) => Math.round(y + (full.existing![k] ? transfer / full.ae[k]! : 0))),
  pmt: null, savings: null, loanStatus: null, permanentLog: null, persistentLog: null,
};
writeFileSync(new URL('../examples/households.csv', import.meta.url), formatHouseholdsCsv(survey));

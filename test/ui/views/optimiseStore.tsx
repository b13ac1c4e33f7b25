/** A store whose active scenario is small enough to optimise in a test, and the Optimise view rendered on it with given actions. */
import { render } from '@testing-library/react';
import { defaultScenario, type Scenario } from '../../../src/engine/index';
import { OptimiseProvider, type OptimiseActions } from '../../../src/app/services';
import { connectOptimise } from '../../../src/app/optimise';
import { StoreProvider } from '../../../src/state/context';
import { createAppStore, type AppStore } from '../../../src/state/store';
import type { Runner } from '../../../src/run/types';
import { OptimiseView } from '../../../src/ui/views/OptimiseView';

/** 600 households × 12 months, 4 replications (as test/run/scenarios' tiny scenario): a quick search takes seconds. */
export function tinyOptimiseScenario(): Scenario {
  const s = defaultScenario('Tiny Rs 80 bn');
  Object.assign(s.run, { households: 600, months: 12, replications: 4, seed: 7 });
  s.policy.budget.annualBn = [80];
  return s;
}

export function optimiseStore(scenario: Scenario = tinyOptimiseScenario()): AppStore {
  const store = createAppStore();
  const issues = store.getState().replaceScenario(store.getState().activeId, scenario);
  if (issues.length) throw new Error(issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  store.getState().setView('optimise');
  return store;
}

/** `with`: the view's actions (a fake that records) or a runner they are connected to. */
export function renderOptimise(using: Runner | OptimiseActions | null, store: AppStore = optimiseStore()) {
  const actions = using && 'submit' in using ? connectOptimise(store, using) : using;
  const view = render(
    <StoreProvider store={store}>
      <OptimiseProvider actions={actions}>
        <OptimiseView />
      </OptimiseProvider>
    </StoreProvider>,
  );
  return { store, actions, ...view };
}

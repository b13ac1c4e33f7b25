/** The page: top bar, levers on the side, results in the middle. */
import { useApp } from '../state/context';
import { ScenarioEditor } from './editor/ScenarioEditor';
import { Notices } from './Notices';
import { TopBar } from './TopBar';
import { Dashboard } from './views/Dashboard';
import { SideBySide } from './views/SideBySide';
import { AssumptionsView } from './views/AssumptionsView';
import { ReportView } from './views/ReportView';

export function App() {
  const view = useApp((s) => s.view);
  return (
    <div className="app">
      {/* The first thing a keyboard reaches: straight past the tabs and levers to the results. */}
      <a className="skip-link" href="#results">
        Skip to results
      </a>
      <TopBar />
      <Notices />
      <div className="body">
        <ScenarioEditor />
        <main className="main" id="results" tabIndex={-1}>{view === 'compare' ? <SideBySide /> : view === 'assumptions' ? <AssumptionsView /> : view === 'report' ? <ReportView /> : <Dashboard />}</main>
      </div>
    </div>
  );
}

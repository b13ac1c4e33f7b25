/**
 * The default scenario's uncertain parameters: the programme-effect and
 * behaviour assumptions that have no source (confidence A) or a weak one (L),
 * each drawn per replication from a triangular distribution with its mode at
 * our default and bounds that are, too, our judgement of a plausible range
 * (docs/model.md §8 lists them). Design choices a planner makes (cut-offs,
 * costs, course length, the split) are settings, not uncertainties, and stay
 * fixed; so do world parameters, which the calibration reads (one solve per
 * replication would multiply run time) — a researcher can mark those too.
 */
import type { Uncertainty } from './uncertainty';

const tri = (low: number, mode: number, high: number) => ({ dist: 'triangular', low, mode, high }) as const;

export const DEFAULT_UNCERTAINTY: Readonly<Uncertainty> = {
  // Cash transfer: who enrols, and what never reaches them.
  'policy.cash.takeUp': tri(0.75, 0.9, 1),
  'policy.cash.leakage': tri(0, 0.05, 0.15),
  // Education stipend: take-up and compliance.
  'policy.stipend.takeUp': tri(0.55, 0.75, 0.9),
  // Microfinance: how loans are used and repaid.
  'policy.microfinance.diversionShare': tri(0, 0.05, 0.2),
  'policy.microfinance.diversionDetection': tri(0.02, 0.1, 0.3),
  'policy.microfinance.investSuccess': tri(0.55, 0.75, 0.9),
  'policy.microfinance.returnDecay': tri(0.005, 0.02, 0.05),
  'policy.microfinance.wilfulShare': tri(0, 0.01, 0.03),
  'policy.microfinance.recoveryRate': tri(0.05, 0.2, 0.4),
  'policy.microfinance.repeatUptake': tri(0.3, 0.5, 0.7),
  // Skills training: who takes it up and finishes, and what the job is worth.
  'policy.training.takeUp': tri(0.5, 0.7, 0.85),
  'policy.training.completion': tri(0.6, 0.8, 0.95),
  'policy.training.wageGain': tri(0.1, 0.3, 0.5),
  'policy.training.decay': tri(0, 0.01, 0.03),
  // Farm support: how many supported farmers adopt the practice.
  'policy.farm.adoption': tri(0.3, 0.5, 0.7),
};

/** Every catalogue, by language and namespace. English is the reference: the others must have exactly its keys. */
import { percentsMarked, placeholdersInIsolatesMarked } from './bidi';
import { charts as enCharts } from './locales/en/charts';
import { common as enCommon } from './locales/en/common';
import { editor as enEditor } from './locales/en/editor';
import { exports as enExports } from './locales/en/exports';
import { params as enParams } from './locales/en/params';
import { present as enPresent } from './locales/en/present';
import { views as enViews } from './locales/en/views';
import { sensitivity as enSensitivity } from './locales/en/sensitivity';
import { households as enHouseholds } from './locales/en/households';
import { optimise as enOptimise } from './locales/en/optimise';
import { charts as urCharts } from './locales/ur/charts';
import { common as urCommon } from './locales/ur/common';
import { editor as urEditor } from './locales/ur/editor';
import { exports as urExports } from './locales/ur/exports';
import { params as urParams } from './locales/ur/params';
import { present as urPresent } from './locales/ur/present';
import { views as urViews } from './locales/ur/views';
import { sensitivity as urSensitivity } from './locales/ur/sensitivity';
import { households as urHouseholds } from './locales/ur/households';
import { optimise as urOptimise } from './locales/ur/optimise';

export const en = {
  common: enCommon,
  charts: enCharts,
  params: enParams,
  editor: enEditor,
  present: enPresent,
  exports: enExports,
  views: enViews,
  sensitivity: enSensitivity,
  households: enHouseholds,
  optimise: enOptimise,
};

export const NAMESPACES = Object.keys(en) as (keyof typeof en)[];

/**
 * A catalogue with every percentage written in its messages ("اوسط (90% وقفہ)") led by a left-to-right mark: digits
 * after Urdu letters are taken for Arabic numbers, and the bidi algorithm set the sign on their left, where the
 * app's own numbers (formatShare, withUnit) have it on their right; one that starts a message by a right-to-left
 * mark before that (bidi.percentsMarked). Values put in by placeholders are marked where they are formatted.
 * A placeholder inside an isolate the message writes itself is marked so (bidi.placeholdersInIsolatesMarked): its value
 * is not isolated a second time (i18n/index).
 */
function percentsMarkedIn<T>(messages: T): T {
  if (typeof messages === 'string') return placeholdersInIsolatesMarked(percentsMarked(messages)) as T;
  if (Array.isArray(messages)) return messages.map(percentsMarkedIn) as T;
  if (messages && typeof messages === 'object') return Object.fromEntries(Object.entries(messages).map(([k, v]) => [k, percentsMarkedIn(v)])) as T;
  return messages;
}

export const resources = {
  en,
  ur: percentsMarkedIn({
    common: urCommon,
    charts: urCharts,
    params: urParams,
    editor: urEditor,
    present: urPresent,
    exports: urExports,
    views: urViews,
    sensitivity: urSensitivity,
    households: urHouseholds,
    optimise: urOptimise,
  }),
};

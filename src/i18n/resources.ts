/** Every catalogue, by language and namespace. English is the reference: the others must have exactly its keys. */
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

export const resources = {
  en,
  ur: {
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
  },
};

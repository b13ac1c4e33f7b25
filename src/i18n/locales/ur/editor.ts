/** Urdu messages: the editor namespace. */
import type { Messages } from '../../messages';
import type { editor as en } from '../en/editor';

export const editor: Messages<typeof en> = {
  editor: {
    ariaLabel: 'منظرنامے کی ترتیبات',
    title: 'پالیسی کے اختیارات: {{name}}',
    resetScenario: 'ابتدائی حالت پر واپس لائیں',
    resetScenarioTitle: 'تمام اختیارات اس حالت پر واپس جس میں یہ منظرنامہ بنایا گیا تھا (اس کا پہلے سے طے شدہ نمونہ، یا وہ منظرنامہ جس کی نقل سے یہ بنا)',
    resetDone: 'ابتدائی حالت پر واپس لایا گیا۔',
    undo: 'واپس لیں',
    resetGroup: '«{{group}}» کو طے شدہ اقدار پر واپس لائیں',
    resetRefused: 'واپس نہیں لایا گیا: طے شدہ اقدار کے ساتھ {{issues}}۔',
  },
  help: {
    default: 'طے شدہ قدر:',
    range: 'حد:',
    source: 'ماخذ:',
  },
  field: {
    unit: ' ({{unit}})',
    enterNumber: 'کوئی عدد درج کریں',
    between: '{{min}}{{unit}} اور {{max}}{{unit}} کے درمیان ہونا چاہیے، درج شدہ {{value}}{{unit}}',
    wholeNumber: 'مکمل عدد ہونا چاہیے، درج شدہ {{value}}',
    elsewhere: '\u2068{{path}}\u2069: {{message}}',
  },
  issue: {
    wholeNumber: 'مکمل عدد ہونا چاہیے، موجودہ {{value}}',
    loanCap: 'قرض کی زیادہ سے زیادہ حد ({{cap}} روپے) سے زیادہ نہیں ہو سکتا، موجودہ {{value}}',
    horizon: 'مدت کے اندر (0 تا {{last}}) ہونا چاہیے، موجودہ {{value}}',
    sharesSum: 'شیئرز کا مجموعہ 100% ہونا چاہیے، موجودہ مجموعہ {{sum}}%',
    length: '{{min}} تا {{max}} اقدار ہونی چاہییں، موجودہ {{count}}',
    /** The path is isolated (FSI … PDI) so the Latin run keeps its order in the sentence. */
    item: '\u2068{{path}}\u2069: {{message}}',
  },
  assumptions: {
    ariaLabel: 'مفروضات',
    title: '«{{name}}» کے پیچھے مفروضات',
    search: 'تلاش',
    searchPlaceholder: 'مثلاً سیلاب، PMT، سود',
    onlyOurs: 'صرف ہمارے مفروضات (کوئی ماخذ نہیں ملا)',
    count: '{{total}} میں سے {{shown}} پیرامیٹرز',
    tableLabel: 'پیرامیٹرز',
    parameter: 'پیرامیٹر',
    thisScenario: 'یہ منظرنامہ',
    default: 'طے شدہ قدر',
    allowed: 'اجازت شدہ حد',
    source: 'ماخذ',
    changed: ' (تبدیل شدہ)',
    onOrOff: 'فعال یا غیر فعال',
  },
  array: {
    year: 'سال {{year}}',
    yearAndAfter: 'سال {{year}} اور اس کے بعد',
    add: 'ایک سال شامل کریں',
    remove: 'آخری سال ہٹائیں',
  },
  shares: {
    unit: '(بجٹ کا %، مجموعہ 100%)',
    slider: '{{name}} کا شیئر (%)',
    inYearOne: 'پہلے سال میں {{amount}}',
  },
};

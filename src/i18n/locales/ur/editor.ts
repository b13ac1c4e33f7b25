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
  calibration: {
    ariaLabel: 'پیمانہ بندی کی جانچ',
    title: 'ماڈل اعداد و شمار کے مقابلے میں',
    caption:
      'وہ تمام اہداف جن پر ماڈل کو پرکھا جاتا ہے۔ ماڈل: تکرارات کا وسطانیہ اور 90% وقفہ۔ متعین: ہدف تک پہنچنے کے لیے کسی پیرامیٹر کو حل کیا گیا۔ آزاد: اس کے لیے کچھ ایڈجسٹ نہیں کیا گیا، اس لیے چوک ماڈل کی اپنی ہے۔ اندر: ماڈل کا وقفہ اعداد و شمار سے ملتا ہے۔',
    target: 'ہدف',
    data: 'اعداد و شمار',
    model: 'ماڈل',
    status: 'حیثیت',
    check: 'جانچ',
    measuredOn: '{{scenario}} پر ناپا گیا',
    measuredBy: '{{command}} سے ناپا گیا',
    notYetMeasured: 'ابھی ناپا نہیں گیا',
    solved: 'حل شدہ: {{parameter}}',
    nothingTuned: 'اس ہدف کے لیے کچھ ایڈجسٹ نہیں کیا گیا',
    dataValue: 'اعداد و شمار: {{value}}',
    dataRange: 'اعداد و شمار: {{low}} تا {{high}}',
    statuses: { calibrated: 'متعین', free: 'آزاد' },
    checks: { inside: 'اندر', miss: 'چوک', notComparable: 'قابلِ موازنہ نہیں', notMeasured: 'ناپا نہیں گیا' },
    footer:
      'خصوصی رنز (سیلاب، صرف نقد، صرف مائیکروفنانس) انجن ورژن {{version}} پر {{command}} سے ناپے گئے؛ {{households}} گھرانے × {{replications}} تکرارات۔ براہِ راست قطاریں اسکرین پر موجود نتائج پر ناپی جاتی ہیں (وہاں تناسب اوسطوں کا تناسب ہے، وقفے کے بغیر؛ {{command}} اسے ہر تکرار کے لیے الگ لیتا ہے)۔',
    stale: 'یہ اقدار پرانی ہیں: {{reason}}۔ {{command}} چلائیں۔',
    staleEngine: 'انجن ورژن {{was}} پر ناپی گئیں، انجن اب {{now}} ہے',
    staleDefaults: 'ناپنے کے بعد سے بنیادی منظرنامہ بدل گیا ہے',
    staleMissing: 'اہداف جو ابھی ناپے نہیں گئے: {{ids}}',
    withInterval: '{{median}} ({{interval}})',
    /** A left-to-right mark before each figure keeps its sign in front of the digits. */
    value: {
      percent: '\u200E{{sign}}{{num}}%',
      points: '\u200E{{sign}}{{num}} پوائنٹس',
      rupees: '\u200E{{sign}}{{num}} روپے',
      plain: '\u200E{{sign}}{{num}}',
    },
    range: {
      percent: '\u200E{{signLow}}{{low}} تا \u200E{{signHigh}}{{high}}%',
      points: '\u200E{{signLow}}{{low}} تا \u200E{{signHigh}}{{high}} پوائنٹس',
      rupees: '\u200E{{signLow}}{{low}} تا \u200E{{signHigh}}{{high}} روپے',
      plain: '\u200E{{signLow}}{{low}} تا \u200E{{signHigh}}{{high}}',
    },
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

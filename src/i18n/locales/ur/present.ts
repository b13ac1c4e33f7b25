/** Urdu messages: the present namespace. */
import type { Messages } from '../../messages';
import type { present as en } from '../en/present';

export const present: Messages<typeof en> = {
  button: 'پیش کریں',
  deck: {
    label: 'پریزنٹیشن',
    nav: 'سلائیڈیں',
    previous: 'پچھلی',
    next: 'اگلی',
    exit: 'بند کریں (Esc)',
    count: 'سلائیڈ {{current}} از {{total}}',
  },
  slide: {
    refining: 'حساب ابھی جاری ہے: اب تک {{total}} میں سے {{done}} تکرارات۔ یہ اعداد، اور ان کی ترتیب، ابھی بدل سکتے ہیں۔',
    stillComputing: 'نتائج کا حساب ابھی جاری ہے؛ تکرارات مکمل ہونے کے ساتھ یہ سلائیڈ مکمل ہوتی جائے گی۔',
    listSeparator: '، ',
  },
  titleSlide: {
    kicker: 'غربت پالیسی سمیولیٹر',
    headline: 'کون غربت سے نکلتا ہے اور نکلا رہتا ہے، اور ہر اخراج پر کتنی لاگت آتی ہے',
    lead: '{{baseline}} کے مقابلے میں {{compared}} کا موازنہ۔',
    basis:
      'مونٹے کارلو مائیکرو سمیولیشن: {{households}} گھرانوں کی {{months}} مہینوں پر مشتمل {{replications}} تکرارات، ہر منظرنامے میں انہی گھرانوں اور انہی جھٹکوں کے ساتھ۔',
  },
  rankingSlide: {
    headline: '12 یا زائد مہینوں کے لیے غربت سے نکالے گئے فی گھرانہ لاگت، کم ترین لاگت پہلے',
  },
  assumptionsSlide: {
    headline: 'بنیادی مفروضے اور ان کے ماخذ',
    caption: '“{{name}}” میں طے کردہ اقدار؛ ہر مفروضہ، اپنی حد کے ساتھ، مفروضات کے منظر میں موجود ہے۔',
    assumption: 'مفروضہ',
    value: 'قدر',
    source: 'ماخذ',
    trust: ' ({{trust}})',
  },
  headline: {
    budget: 'سالانہ {{amount}} ارب روپے',
    budgetStep: ' ← ',
    noBudget: 'کوئی نیا بجٹ نہیں',
    noMoney: 'پروگراموں کے لیے کوئی نئی رقم نہیں: یہ موجودہ صورتحال ہے (صرف موجودہ نقد منتقلی)۔',
    notCompared:
      '{{budget}}: {{months}} مہینوں میں {{spent}} خرچ ہوئے؛ موجودہ صورتحال سے موازنہ بند ہے، اس لیے موازنے کی کوئی بنیاد موجود نہیں۔',
    moreWithCost:
      '{{budget}}: مہینہ {{months}} تک {{count}} مزید گھرانے ایک سال یا اس سے زائد عرصے کے لیے غربت سے نکل آتے ہیں{{interval}}؛ فی اخراج لاگت {{cost}} ہے{{costInterval}}۔',
    more: '{{budget}}: مہینہ {{months}} تک {{count}} مزید گھرانے ایک سال یا اس سے زائد عرصے کے لیے غربت سے نکل آتے ہیں{{interval}}۔',
    fewer:
      '{{budget}}: مہینہ {{months}} تک موجودہ صورتحال کے مقابلے میں {{count}} کم گھرانے ایک سال یا اس سے زائد عرصے کے لیے غربت سے نکلتے ہیں{{interval}}۔',
    none: '{{budget}}: مہینہ {{months}} تک کوئی اضافی گھرانہ ایک سال یا اس سے زائد عرصے کے لیے غربت سے نہیں نکلتا{{interval}}۔',
    interval: ' (90% وقفہ: {{low}} تا {{high}})',
    noSpread: ' (90% وقفہ: {{value}}، کوئی پھیلاؤ نہیں)',
    estimating: ' (90% وقفے کا تخمینہ ابھی جاری ہے)',
    basis_one:
      'موجودہ صورتحال (صرف موجودہ نقد منتقلی) سے موازنہ، انہی گھرانوں اور انہی جھٹکوں پر؛ {{households}} گھرانوں کی {{months}} مہینوں پر مشتمل {{count}} تکرار۔',
    basis_other:
      'موجودہ صورتحال (صرف موجودہ نقد منتقلی) سے موازنہ، انہی گھرانوں اور انہی جھٹکوں پر؛ {{households}} گھرانوں کی {{months}} مہینوں پر مشتمل {{count}} تکرارات۔',
  },
};

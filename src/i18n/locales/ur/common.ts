/** Urdu messages shared across the app. */
import type { Messages } from '../../messages';
import type { common as en } from '../en/common';

export const common: Messages<typeof en> = {
  appTitle: 'غربت پالیسی سمیولیٹر',
  language: {
    label: 'زبان',
    switchName: 'Language (زبان)',
  },
  numberScale: {
    label: 'بڑے اعداد',
    international: 'ملین، ارب',
    southAsian: 'لاکھ، کروڑ',
  },
  units: {
    thousand: 'ہزار',
    million: 'ملین',
    billion: 'ارب',
    lakh: 'لاکھ',
    crore: 'کروڑ',
    arab: 'ارب',
    points: 'پوائنٹس',
    rupees: '{{amount}} روپے',
  },
};

/**
 * One Urdu word per term: "paired" is جوڑی دار (not جوڑا دار or جوڑی وار), a browser's "storage" is اسٹوریج (not
 * ذخیرہ), in every catalogue.
 */
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/resources';

type Tree = { readonly [key: string]: string | Tree };

function messages(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : messages(value, `${prefix}${key}.`),
  );
}

const urdu = messages(resources.ur as unknown as Tree);
const using = (word: string) => urdu.filter(([, text]) => text.includes(word)).map(([key]) => key);

describe('Urdu terms', () => {
  it('"paired" is جوڑی دار throughout', () => {
    expect(using('جوڑا دار')).toEqual([]);
    expect(using('جوڑی وار')).toEqual([]);
    expect(using('جوڑی دار')).toEqual(expect.arrayContaining(['optimise.improvement.numbersNote', 'optimise.improvement.numbersNoteCost', 'views.ranking.tieNote']));
  });

  it('a browser\u2019s "storage" is اسٹوریج throughout', () => {
    expect(using('ذخیر')).toEqual([]);
    expect(using('اسٹوریج')).toEqual(expect.arrayContaining(['households.notice.storageUnavailable', 'common.errors.storage.full']));
  });
});

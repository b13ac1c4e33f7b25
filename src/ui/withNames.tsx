/**
 * A translated sentence with names in it, for JSX: each name in its own
 * <bdi>, so that a left-to-right name inside an Urdu sentence (or the other
 * way round) keeps its own direction without reordering the sentence. The
 * text is the message's, exactly: only the element around each name is added.
 * In English the sentence stays one text node, as it always was (names there
 * are mostly English, and text searches, tests among them, find it whole).
 */
import { Fragment, type ReactNode } from 'react';
import { i18n } from '../i18n/index';

/** Placeholders stand in for the names while the message is translated (private-use characters no message contains). */
const mark = (k: number) => String.fromCharCode(0xe000 + k);

/**
 * `translate` gets a stand-in for each name, in order, and returns the
 * translated sentence: withNames((a) => t('tabs.deleteQuestion', { name: a }), name).
 */
export function withNames(translate: (...stand: string[]) => string, ...names: string[]): ReactNode {
  if (i18n.language === 'en') return translate(...names);
  const text = translate(...names.map((_, k) => mark(k)));
  const parts = text.split(/([\uE000-\uE0FF])/);
  return parts.map((part, k) => {
    const which = part.length === 1 ? part.charCodeAt(0) - 0xe000 : -1;
    return which >= 0 && which < names.length ? <bdi key={k}>{names[which]}</bdi> : <Fragment key={k}>{part}</Fragment>;
  });
}

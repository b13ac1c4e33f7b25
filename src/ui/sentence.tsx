/**
 * Translated sentences with React nodes in them: a scenario's name in a
 * <bdi> (so a Latin name keeps its own direction inside an Urdu sentence,
 * and the sentence around it keeps its order), a list of names, a <code>
 * span. The message is translated whole, with a marker where each node goes
 * (so the catalogue's word order decides where), then split at the markers;
 * nothing a user typed is ever parsed as markup (as it would be in <Trans>).
 */
import { Fragment, type ReactNode } from 'react';
import { i18n } from '../i18n/index';

/** A marker no message or name contains (a private-use character per node). */
const mark = (k: number) => String.fromCharCode(0xe000 + k);

/**
 * `translate` gets a marker for each node by name and returns the message:
 * interleave((m) => t('report.title', { name: m.name! }), { name: <bdi>{name}</bdi> }).
 */
export function interleave(translate: (marks: Record<string, string>) => string, nodes: Record<string, ReactNode>): ReactNode {
  const names = Object.keys(nodes);
  const text = translate(Object.fromEntries(names.map((name, k) => [name, mark(k)])));
  return text.split(/([\uE000-\uE0FF])/).map((part, k) => {
    const which = part.length === 1 ? part.charCodeAt(0) - 0xe000 : -1;
    return <Fragment key={k}>{which >= 0 && which < names.length ? nodes[names[which]!] : part}</Fragment>;
  });
}

/**
 * Names (as strings) in a translated sentence, each in a <bdi>:
 * withNames((a) => t('tabs.deleteQuestion', { name: a }), name). In English
 * the sentence stays one text node, as it always was (names there are mostly
 * English, and text searches, tests among them, find it whole).
 */
export function withNames(translate: (...stand: string[]) => string, ...names: string[]): ReactNode {
  if (i18n.language === 'en') return translate(...names);
  const nodes = Object.fromEntries(names.map((n, k) => [String(k), <bdi>{n}</bdi>]));
  return interleave((m) => translate(...names.map((_, k) => m[String(k)]!)), nodes);
}

/**
 * Names, each in its own <bdi>, between separators ("، " in Urdu). Each is one box on the line (`.name-unit`,
 * styles.css): a Latin name wrapping inside an Urdu sentence had its pieces set on two lines around the next
 * name's ("Option B: Ehsaas top-up + microfinance (Rs 100 ،regions first (Rs 80 bn)"); a name wider than the line
 * wraps inside its own box.
 */
export function nameList(names: readonly string[], separator: string): ReactNode {
  return names.map((name, k) => (
    <Fragment key={k}>
      {k > 0 && separator}
      <bdi className="name-unit">{name}</bdi>
    </Fragment>
  ));
}

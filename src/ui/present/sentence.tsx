/**
 * A translated sentence with React nodes where its {{placeholders}} are:
 * scenario names in <bdi> (so a Latin name keeps its own direction inside
 * an Urdu sentence, and the sentence around it keeps its order), lists of
 * them, a <code> span. The message comes from t() with each node's
 * placeholder passed as its own value, so the catalogue's word order decides
 * where each node goes; nothing a user typed is ever parsed as markup.
 */
import { Fragment, type ReactNode } from 'react';

/** The values to pass to t() so that it leaves `names`' placeholders in place: { name: '{{name}}' }. */
export function placeholdersFor<N extends string>(...names: N[]): { [K in N]: string } {
  return Object.fromEntries(names.map((n) => [n, `{{${n}}}`])) as { [K in N]: string };
}

/** `message` (from t() with placeholdersFor(...)) with each {{name}} replaced by nodes[name]. */
export function sentence(message: string, nodes: Record<string, ReactNode>): ReactNode {
  const parts = message.split(/\{\{(\w+)\}\}/);
  return parts.map((part, k) => <Fragment key={k}>{k % 2 === 1 ? (part in nodes ? nodes[part] : `{{${part}}}`) : part}</Fragment>);
}

/** Names, each in its own <bdi>, between separators ("، " in Urdu). */
export function nameList(names: readonly string[], separator: string): ReactNode {
  return names.map((name, k) => (
    <Fragment key={k}>
      {k > 0 && separator}
      <bdi>{name}</bdi>
    </Fragment>
  ));
}

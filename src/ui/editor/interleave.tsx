/**
 * A translated sentence with React nodes where its placeholders were (a
 * scenario's name in a <bdi>). The sentence is translated whole with a marker
 * in each place, then split there; user text never goes through a markup
 * parser (as it would in <Trans>).
 */
import { Fragment, type ReactNode } from 'react';

export function interleave(translate: (marks: Record<string, string>) => string, nodes: Record<string, ReactNode>): ReactNode {
  const names = Object.keys(nodes);
  const marks = Object.fromEntries(names.map((name, k) => [name, `\u0000${k}\u0000`]));
  const parts = translate(marks).split(/\u0000(\d+)\u0000/);
  return parts.map((part, k) => <Fragment key={k}>{k % 2 === 1 ? nodes[names[Number(part)]!] : part}</Fragment>);
}

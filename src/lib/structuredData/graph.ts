import type { Graph, Thing } from 'schema-dts';

/** A node of the graph: any schema.org object (schema-dts also allows bare strings, which a graph can't hold). */
export type GraphNode = Exclude<Thing, string>;

/**
 * One `<script type="application/ld+json">` per page holding every node, so `@context` is
 * stated once, at the top, and the nodes stay free of it.
 */
export function graph(nodes: readonly GraphNode[]): Graph {
  return { '@context': 'https://schema.org', '@graph': nodes };
}

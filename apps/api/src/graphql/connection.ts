import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { PageInfo } from './page-info.js';

/** A keyset-paginated list as the contract shapes it: edges, page info, total count. */
export interface Connection<TNode> {
  edges: { cursor: string; node: TNode }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Declares `<Name>Edge` and `<Name>Connection` for a node type (the contract's shape). */
export function connectionOf<TNode extends object>(
  node: ClassType<TNode>,
  name: string,
): ClassType<Connection<TNode>> {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: TNode;
  }

  @ObjectType(`${name}Connection`)
  class Page implements Connection<TNode> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }

  return Page;
}

/** A page of stored rows as the contract's connection, each node mapped to its view. */
export function toConnection<TRow, TNode>(
  page: { edges: { cursor: string; node: TRow }[]; pageInfo: PageInfo },
  totalCount: number,
  toNode: (row: TRow) => TNode,
): Connection<TNode> {
  return {
    edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toNode(edge.node) })),
    pageInfo: page.pageInfo,
    totalCount,
  };
}

/** The connection of a user who has nothing yet. */
export function emptyConnection<TNode>(): Connection<TNode> {
  return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
}

/** DynamicTable and Pagination: UI Kit flattens head/rows into Cell/Row nodes; this rebuilds ADS's props. */
import type { ComponentProps } from 'react';
import DynamicTable from '@atlaskit/dynamic-table';
import Pagination from '@atlaskit/pagination';
import { wrappedContent, type ForgeDoc } from '../../../src/testing/forge-host/forge-doc';
import { renderChildren, renderElementProp, type NodeProps, type NodeRegistry } from '../node-view';
import { forward, forwardAll, without, propsAs } from './props';

type TableProps = ComponentProps<typeof DynamicTable>;
type HeadCell = NonNullable<TableProps['head']>['cells'][number];
type Row = NonNullable<TableProps['rows']>[number];

const toCell = (cell: ForgeDoc, index: number): HeadCell => {
  const { cellKey, ...rest } = cell.props;
  return {
    ...propsAs<Omit<HeadCell, 'key' | 'content'>>(rest),
    key: typeof cellKey === 'string' || typeof cellKey === 'number' ? cellKey : index,
    content: <>{renderChildren(cell)}</>,
  };
};

const toRow = (row: ForgeDoc, index: number): Row => {
  const { rowKey, ...rest } = row.props;
  return {
    ...propsAs<Omit<Row, 'key' | 'cells'>>(rest),
    key: typeof rowKey === 'string' ? rowKey : String(rowKey ?? index),
    cells: row.children.map(toCell),
  };
};

const DynamicTableNode = ({ node }: NodeProps) => {
  const props = node.props;
  const head = wrappedContent(node, 'head');
  const rows = wrappedContent(node, 'rows');
  const handlers = ['onSetPage', 'onSort', 'onRankStart', 'onRankEnd'];
  return (
    <DynamicTable
      {...propsAs<TableProps>(without(props, [...handlers, 'emptyView', 'caption']))}
      {...forwardAll(props, handlers)}
      caption={typeof props.caption === 'string' ? props.caption : undefined}
      head={head.length > 0 ? { cells: head.map(toCell) } : undefined}
      rows={rows.map(toRow)}
      emptyView={renderElementProp(props.emptyView, 'empty') as TableProps['emptyView']}
    />
  );
};

const PaginationNode = ({ node }: NodeProps) => {
  const onChange = forward(node.props, 'onChange');
  return (
    <Pagination
      {...propsAs<ComponentProps<typeof Pagination>>(without(node.props, ['onChange']))}
      onChange={(event, page) => onChange(event, page)}
    />
  );
};

export const tableNodes: NodeRegistry = {
  DynamicTable: DynamicTableNode,
  Pagination: PaginationNode,
};

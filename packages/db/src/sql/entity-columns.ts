import type { EntityMetadata, EntityProperty } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { dbValue, dialectOf, type Dialect } from './driver.js';

/** How a column's values cross between JavaScript and the database. */
type Conversion = 'plain' | 'number' | 'date' | 'boolean' | 'json';

/** One column of an entity's table, read from the ORM's metadata. */
export interface Column {
  /** The entity's property name (for a relation, the property that holds it). */
  property: string;
  /** The column name in SQL. */
  name: string;
  /** The column's PostgreSQL type without its length, for `unnest($n::type[])`. */
  arrayType: string;
  conversion: Conversion;
}

function conversionOf(prop: EntityProperty): Conversion {
  if (prop.runtimeType === 'Date') return 'date';
  if (prop.runtimeType === 'boolean') return 'boolean';
  if (prop.runtimeType === 'number') return 'number';
  if (prop.type === 'JsonType' || prop.columnTypes[0]?.startsWith('json')) return 'json';
  return 'plain';
}

const cache = new WeakMap<EntityMetadata, readonly Column[]>();

/** The columns of an entity's table in declaration order, as the ORM discovered them. */
export function columnsOf(em: SqlEntityManager, entityName: string): readonly Column[] {
  const meta = em.getMetadata().get(entityName);
  let columns = cache.get(meta);
  if (columns === undefined) {
    columns = meta.props
      .filter((prop) => prop.persist !== false && (prop.fieldNames?.length ?? 0) === 1)
      .map((prop) => ({
        property: prop.name,
        name: prop.fieldNames[0] ?? prop.name,
        arrayType: (prop.columnTypes[0] ?? 'text').replace(/\(.*\)$/, ''),
        conversion: conversionOf(prop),
      }));
    cache.set(meta, columns);
  }
  return columns;
}

/** A column by property name; throws for a name the entity does not have. */
export function columnOf(columns: readonly Column[], property: string): Column {
  const column = columns.find((c) => c.property === property);
  if (column === undefined) throw new Error(`No column for property "${property}"`);
  return column;
}

/** A value of the column as the dialect binds it (JSON serialized, SQLite dates and booleans). */
export function toDb(dialect: Dialect, column: Column, value: unknown): unknown {
  if (column.conversion === 'json' && value !== null && value !== undefined)
    return JSON.stringify(value);
  return dbValue(dialect, value);
}

/** A column's stored value as JavaScript: numbers, dates, booleans and JSON objects again. */
export function fromDb(column: Column, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (column.conversion) {
    case 'number':
      return Number(value);
    case 'date':
      return value instanceof Date ? value : new Date(value as number | string);
    case 'boolean':
      return Boolean(value);
    case 'json':
      return typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
    default:
      return value;
  }
}

/** One row read with `select *` as an object keyed by property name (relations by their id). */
export function rowToProperties<T>(columns: readonly Column[], row: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  for (const column of columns) out[column.property] = fromDb(column, row[column.name]);
  return out as T;
}

/** The columns of an entity for an EntityManager's dialect. */
export function tableOf(
  em: SqlEntityManager,
  entityName: string,
): { dialect: Dialect; table: string; columns: readonly Column[] } {
  return {
    dialect: dialectOf(em),
    table: em.getMetadata().get(entityName).tableName,
    columns: columnsOf(em, entityName),
  };
}

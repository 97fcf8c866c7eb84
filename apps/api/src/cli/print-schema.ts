import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { createPubSub } from '@graphql-yoga/subscription';
import { buildAppSchema } from '../app/schema.js';
import { printAppSchema } from '../graphql/print.js';

/** Writes `schema.graphql` (the path given, or the package's own) from the code. */
const target = process.argv[2] ?? new URL('../../schema.graphql', import.meta.url).pathname;
const schema = await buildAppSchema(createPubSub());
writeFileSync(target, printAppSchema(schema));
process.stdout.write(`schema written to ${target}\n`);

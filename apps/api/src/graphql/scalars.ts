import { DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';

/** ISO 8601 UTC timestamps; named `DateTime` as in the contract. */
export const DateTimeScalar = DateTimeResolver;
/** A JSON object; named `JSONObject` as in the contract. */
export const JSONObjectScalar = JSONObjectResolver;

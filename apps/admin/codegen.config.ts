import type { CodegenConfig } from '@graphql-codegen/cli';

// The API's printed schema (apps/api/schema.graphql) is the single source of the types.
const config: CodegenConfig = {
  schema: ['../api/schema.graphql'],
  // The generated files are committed formatted, so a build leaves the tree clean.
  hooks: { afterAllFileWrite: ['prettier --write'] },
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        emitLegacyCommonJSImports: false,
        enumType: 'string-literal',
        strictScalars: true,
        scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' },
        nonOptionalTypename: true,
      },
    },
  },
};

export default config;

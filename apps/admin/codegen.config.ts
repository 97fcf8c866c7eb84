import type { CodegenConfig } from '@graphql-codegen/cli';

// Until apps/api prints its schema.graphql, the contract and its additions are copied here.
const config: CodegenConfig = {
  schema: ['schema/contract.graphql', 'schema/additions.graphql'],
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

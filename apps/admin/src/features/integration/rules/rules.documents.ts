import { graphql } from '../../../gql/index.js';

export const CategoryRulesQuery = graphql(`
  query CategoryRules {
    categoryRules {
      ...CategoryRuleFields
    }
  }
`);

export const SupportCategoryRulesQuery = graphql(`
  query SupportCategoryRules($userId: String!) {
    supportCategoryRules(userId: $userId) {
      ...CategoryRuleFields
    }
  }
`);

export const CreateRuleMutation = graphql(`
  mutation CreateCategoryRule($input: CategoryRuleInput!) {
    createCategoryRule(input: $input) {
      ...CategoryRuleChangeFields
    }
  }
`);

export const UpdateRuleMutation = graphql(`
  mutation UpdateCategoryRule($id: ID!, $input: CategoryRuleInput!) {
    updateCategoryRule(id: $id, input: $input) {
      ...CategoryRuleChangeFields
    }
  }
`);

export const DeleteRuleMutation = graphql(`
  mutation DeleteCategoryRule($id: ID!) {
    deleteCategoryRule(id: $id) {
      ...CategoryRuleChangeFields
    }
  }
`);

export const ReorderRulesMutation = graphql(`
  mutation ReorderCategoryRules($ids: [ID!]!) {
    reorderCategoryRules(ids: $ids) {
      ...CategoryRuleChangeFields
    }
  }
`);

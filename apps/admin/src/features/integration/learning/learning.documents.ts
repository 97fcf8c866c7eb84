import { graphql } from '../../../gql/index.js';

export const CategoryLearningFields = graphql(`
  fragment CategoryLearningFields on CategoryLearning {
    enabled
    corrections
    categorizedCount
    threshold
  }
`);

export const CategoryLearningQuery = graphql(`
  query CategoryLearning {
    categoryLearning {
      ...CategoryLearningFields
    }
  }
`);

export const SupportCategoryLearningQuery = graphql(`
  query SupportCategoryLearning($userId: String!) {
    supportCategoryLearning(userId: $userId) {
      ...CategoryLearningFields
    }
  }
`);

export const SetCategoryLearningMutation = graphql(`
  mutation SetCategoryLearning($enabled: Boolean!) {
    setCategoryLearning(enabled: $enabled) {
      ...CategoryLearningFields
    }
  }
`);

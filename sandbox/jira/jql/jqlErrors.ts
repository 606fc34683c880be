import { JiraError } from '../jiraError.js';

/** The messages Jira gives for JQL it cannot run; the site answers 400 rather than guess. */
export const jqlErrors = {
  unknownField: (field: string) =>
    new JiraError(400, [`Field '${field}' does not exist or you do not have permission to view it.`]),
  unsupportedOperator: (op: string, field: string) =>
    new JiraError(400, [`The operator '${op}' is not supported by the '${field}' field.`]),
  unknownValue: (value: string, field: string) =>
    new JiraError(400, [`The value '${value}' does not exist for the field '${field}'.`]),
  unknownFunction: (name: string) => new JiraError(400, [`Unable to find JQL function '${name}()'.`]),
  badFunctionUse: (name: string, field: string) =>
    new JiraError(400, [`The function '${name}' is not supported by the '${field}' field in this position.`]),
  badDate: (value: string, field: string) =>
    new JiraError(400, [`Date value '${value}' for field '${field}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`]),
  unsupported: (what: string) => new JiraError(400, [`The sandbox's Jira does not support ${what}.`]),
  badSort: (field: string) => new JiraError(400, [`Not able to sort using field '${field}'.`]),
};

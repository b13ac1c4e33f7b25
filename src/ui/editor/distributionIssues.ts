/**
 * The engine's checks of an uncertain parameter's distribution, as its
 * editor shows them beside the setting they are about: as issueMessage says
 * them (numbers in the parameter's display units, from the issue's path: a
 * share's bounds of 0.5 to 0.4 are 50% to 40% to the person who typed them),
 * but a setting that is not a number asks for one, as a field does.
 */
import type { ValidationIssue } from '../../engine/index';
import { issueMessage } from './issues';
import { message } from './labels';

export function distributionIssueMessage(issue: ValidationIssue): string {
  return issue.code === 'settingNotNumber' ? message('editor:field.enterNumber') : issueMessage(issue);
}

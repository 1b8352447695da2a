import type { Level, Requirement } from '../../lib/contracts/types.ts';
import { anchorOf } from './html-escape.ts';

type Annotation = { type: string; description?: string };

/** Allure label each conformance annotation becomes (allure-playwright reads `allure.label.<name>` annotations). */
const LABEL_OF: Record<string, string> = {
  operation: 'feature',
  requirement: 'story',
  format: 'format',
  verb: 'verb',
};
/** Labels that Allure shows better as parameters. */
export const PARAMETER_LABELS = ['format', 'verb'];

const SEVERITY: Record<Level, string> = { documented: 'critical', inferred: 'normal', ambiguous: 'minor' };
const RANK = ['critical', 'normal', 'minor'];

/** A test's most severe requirement decides its severity. */
export function severityOf(requirementIds: string[], register: Map<string, Requirement>): string | undefined {
  const severities = requirementIds.flatMap((id) => {
    const level = register.get(id)?.level;
    return level ? [SEVERITY[level]] : [];
  });
  return severities.sort((a, b) => RANK.indexOf(a) - RANK.indexOf(b))[0];
}

/** The conformance annotations of a test rewritten into the annotations allure-playwright turns into labels. */
export function allureAnnotations(
  annotations: readonly Annotation[],
  register: Map<string, Requirement>,
): Annotation[] {
  const mapped = annotations.map((annotation) =>
    LABEL_OF[annotation.type]
      ? { type: `allure.label.${LABEL_OF[annotation.type]}`, description: annotation.description }
      : annotation,
  );
  const severity = severityOf(
    annotations.filter((a) => a.type === 'requirement' && a.description).map((a) => a.description!),
    register,
  );
  return severity ? [...mapped, { type: 'allure.label.severity', description: severity }] : mapped;
}

/** Link of a requirement to its section in the rendered documentation (reports/docs/reference.html). */
export function requirementLink(
  requirement: Requirement,
  docsUrl: string,
): { name: string; url: string; type: string } {
  return {
    name: `${requirement.id}: ${[requirement.source.seed, requirement.source.section].filter(Boolean).join(' § ')}`,
    url: `${docsUrl}#${anchorOf(requirement.id)}`,
    type: 'link',
  };
}

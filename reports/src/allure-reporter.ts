import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { rmSync } from 'node:fs';
import type { FullConfig, Suite, TestCase, TestResult, TestStep } from '@playwright/test/reporter';
import { AllureReporter } from 'allure-playwright';
import type { LifecycleListener, Writer } from 'allure-js-commons/sdk/reporter';
import { loadRequirements } from '../../lib/contracts/load.ts';
import type { Requirement } from '../../lib/contracts/types.ts';
import { PARAMETER_LABELS, allureAnnotations, requirementLink } from './allure-labels.ts';
import { resultsWriter } from './allure-writer.ts';
import { redactDirectory } from './redact-directory.ts';
import { SUITE_ROOT } from './suite-root.ts';
import { targetSummary } from './target-summary.ts';

type AllurePlaywrightOptions = NonNullable<ConstructorParameters<typeof AllureReporter>[0]>;

export interface ConformanceAllureOptions extends AllurePlaywrightOptions {
  /** Only runs that include this project write Allure results, replacing the previous ones (default `conformance`). */
  project?: string;
  /** Base of the documentation links (default: the rendered reference, reports/docs/reference.html). */
  docsUrl?: string;
}

function registerOrEmpty(): Map<string, Requirement> {
  try {
    return loadRequirements();
  } catch {
    return new Map(); // no register yet: labels without severity or links
  }
}

/** The run's facts for Allure's environment widget: target, seed, cases per property; never credentials. */
function runEnvironment(): Record<string, string> | undefined {
  try {
    const target = targetSummary();
    const facts = {
      target: target.name,
      baseUrl: target.baseUrl,
      seed: process.env.CONFORMANCE_SEED,
      runsPerProperty: process.env.CONFORMANCE_RUNS,
    };
    return Object.fromEntries(
      Object.entries(facts).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
  } catch {
    return undefined;
  }
}

/** Moves format/verb labels into parameters and links every story (requirement) to its documentation section. */
function conformanceListener(register: Map<string, Requirement>, docsUrl: string): LifecycleListener {
  return {
    beforeTestResultStart: (result) => {
      for (const name of PARAMETER_LABELS) {
        for (const label of result.labels.filter((l) => l.name === name))
          result.parameters.push({ name, value: label.value });
      }
      result.labels = result.labels.filter((l) => !PARAMETER_LABELS.includes(l.name));
      for (const story of result.labels.filter((l) => l.name === 'story')) {
        const requirement = register.get(story.value);
        if (requirement) result.links.push(requirementLink(requirement, docsUrl));
      }
    },
  };
}

/**
 * allure-playwright, fed the conformance annotations (CONTRIBUTING.md) as Allure metadata: operation
 * as feature, requirement as story, format and verb as parameters, severity from the requirement's
 * level. The specs stay free of Allure calls; Playwright attachments (HTTP exchanges, failures.json)
 * become Allure attachments as usual, and are scrubbed of the target's secrets once written.
 */
export default class ConformanceAllureReporter extends AllureReporter {
  private readonly register: Map<string, Requirement>;
  private readonly resultsDir: string;
  private readonly project: string;
  private active = false;

  constructor(options: ConformanceAllureOptions = {}) {
    const register = registerOrEmpty();
    const {
      docsUrl = pathToFileURL(path.join(SUITE_ROOT, 'reports/docs/reference.html')).href,
      project = 'conformance',
      ...allureOptions
    } = options;
    super({
      environmentInfo: runEnvironment(),
      ...allureOptions,
      listeners: [...(allureOptions.listeners ?? []), conformanceListener(register, docsUrl)],
    });
    this.register = register;
    this.resultsDir = path.resolve(allureOptions.resultsDir ?? 'allure-results');
    this.project = project;
  }

  // merge-reports configures reporters before it knows any project; allure-playwright reads projects[0].
  override onConfigure(config: FullConfig): void {
    if (config.projects.length > 0) return super.onConfigure(config);
    super.onConfigure({
      ...config,
      projects: [{ outputDir: config.rootDir, snapshotDir: config.rootDir }] as FullConfig['projects'],
    });
  }

  override onBegin(suite: Suite): void {
    this.active = suite.suites.some((projectSuite) => projectSuite.project()?.name === this.project);
    if (!this.active) return;
    rmSync(this.resultsDir, { recursive: true, force: true });
    super.onBegin(suite);
    // allure-playwright makes its runtime's writer in onBegin, with no option to choose it: swapped here
    // (by class name: allure-playwright loads the CommonJS build of the class, this file the ES module one).
    const runtime = (this as unknown as { allureRuntime?: { writer?: Writer } }).allureRuntime;
    if (runtime?.writer?.constructor.name === 'FileSystemWriter') runtime.writer = resultsWriter(this.resultsDir);
  }

  override async onTestEnd(test: TestCase, result: TestResult): Promise<void> {
    if (this.active) await super.onTestEnd(test, result);
  }

  override onStepBegin(test: TestCase, result: TestResult, step: TestStep): void {
    if (this.active) super.onStepBegin(test, result, step);
  }

  override onStepEnd(test: TestCase, result: TestResult, step: TestStep): void {
    if (this.active) super.onStepEnd(test, result, step);
  }

  override async onEnd(): Promise<void> {
    if (!this.active) return;
    await super.onEnd();
    let secrets: string[];
    try {
      secrets = targetSummary().secrets;
    } catch (error) {
      console.warn(
        `Allure results not checked for secrets: the target profile did not load (${(error as Error).message})`,
      );
      return;
    }
    const rewritten = redactDirectory(this.resultsDir, secrets);
    if (rewritten.length > 0)
      console.warn(
        `Removed the api_key from ${rewritten.length} Allure result file(s): a test attached it unredacted.`,
      );
  }

  override onTestBegin(test: TestCase): void {
    if (!this.active) return;
    const annotations = allureAnnotations(test.annotations, this.register);
    super.onTestBegin(
      new Proxy(test, {
        get: (target, property) => {
          if (property === 'annotations') return annotations;
          const value: unknown = Reflect.get(target, property, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      }),
    );
  }
}

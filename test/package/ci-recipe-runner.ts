// Runs the steps of examples/github-actions.yml and examples/gitlab-ci.yml on this machine, each job
// in a folder of its own (a fresh runner), artifacts carried between them as the CI system would:
// the recipes' shell lines are what runs, word for word.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export interface JobRun {
  job: string;
  dir: string;
  exitCode: number;
  output: string;
}

/** What a job's folder starts with (the checked-out repository) and the values of secrets and variables. */
export interface RecipeInputs {
  root: string;
  checkout: (dir: string) => void;
  values: Record<string, string>;
  env: NodeJS.ProcessEnv;
}

/** Runs a script with bash; asynchronous, so that an emulator in this process keeps answering. */
export function shell(
  command: string,
  args: string[],
  dir: string,
  env: NodeJS.ProcessEnv,
): Promise<{ exitCode: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => void (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => void (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ exitCode: code ?? 128, output }));
  });
}

const bash = (script: string, dir: string, env: NodeJS.ProcessEnv) =>
  shell('bash', ['-eo', 'pipefail', '-c', script], dir, env);

type GithubStep = {
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
};
type GithubJob = { steps: GithubStep[]; strategy?: { matrix?: { shard?: number[] } } };

/** `${{ matrix.shard }}`, `${{ secrets.X }}`, `${{ vars.X }}`, `${{ github.run_number }}`; anything else is refused. */
function githubExpression(text: string, values: Record<string, string>, matrix: Record<string, string>): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_match, expression: string) => {
    const [scope, name] = expression.split('.');
    const value =
      scope === 'matrix'
        ? matrix[name!]
        : scope === 'secrets' || scope === 'vars'
          ? values[name!]
          : expression === 'github.run_number'
            ? values.GITHUB_RUN_NUMBER
            : undefined;
    if (value === undefined)
      throw new Error(`the recipe uses \${{ ${expression} }}, which this runner does not provide`);
    return value;
  });
}

async function githubJob(
  name: string,
  job: GithubJob,
  workflowEnv: Record<string, string>,
  inputs: RecipeInputs,
  matrix: Record<string, string>,
  artifacts: string,
): Promise<JobRun> {
  const dir = path.join(inputs.root, `github-${name}${matrix.shard ? `-${matrix.shard}` : ''}`);
  mkdirSync(dir, { recursive: true });
  const resolve = (values: Record<string, string> = {}) =>
    Object.fromEntries(
      Object.entries(values).map(([key, value]) => [key, githubExpression(String(value), inputs.values, matrix)]),
    );
  const env = { ...inputs.env, ...resolve(workflowEnv) };
  let output = '';
  for (const step of job.steps) {
    const withValues = resolve(step.with);
    if (step.run) {
      const result = await bash(githubExpression(step.run, inputs.values, matrix), dir, {
        ...env,
        ...resolve(step.env),
      });
      output += result.output;
      if (result.exitCode !== 0) return { job: name, dir, exitCode: result.exitCode, output };
    } else if (step.uses?.startsWith('actions/checkout@')) inputs.checkout(dir);
    else if (step.uses?.startsWith('actions/setup-node@')) continue;
    else if (step.uses?.startsWith('actions/upload-artifact@')) {
      for (const source of withValues
        .path!.split('\n')
        .map((line) => line.trim())
        .filter(Boolean)) {
        if (existsSync(path.join(dir, source)))
          cpSync(path.join(dir, source), path.join(artifacts, withValues.name!, source), { recursive: true });
      }
    } else if (step.uses?.startsWith('actions/download-artifact@')) {
      const pattern = new RegExp(`^${withValues.pattern!.replace(/\*/g, '.*')}$`);
      for (const artifact of readdirSync(artifacts).filter((artifactName) => pattern.test(artifactName))) {
        // Each artifact into its own folder under path, with the paths it was uploaded with stripped to their contents.
        for (const entry of readdirSync(path.join(artifacts, artifact)))
          cpSync(path.join(artifacts, artifact, entry), path.join(dir, withValues.path!, artifact), {
            recursive: true,
          });
      }
    } else throw new Error(`the recipe uses ${step.uses}, which this runner does not know`);
  }
  return { job: name, dir, exitCode: 0, output };
}

/** The GitHub workflow: the matrix jobs one after the other, then the job that needs them. */
export async function runGithubWorkflow(file: string, inputs: RecipeInputs): Promise<JobRun[]> {
  const workflow = parse(readFileSync(file, 'utf8')) as {
    env: Record<string, string>;
    jobs: Record<string, GithubJob>;
  };
  const artifacts = path.join(inputs.root, 'github-artifacts');
  mkdirSync(artifacts, { recursive: true });
  const shardJob = workflow.jobs.shard!;
  const runs: JobRun[] = [];
  for (const shard of shardJob.strategy?.matrix?.shard ?? [])
    runs.push(await githubJob('shard', shardJob, workflow.env, inputs, { shard: String(shard) }, artifacts));
  runs.push(await githubJob('certificate', workflow.jobs.certificate!, workflow.env, inputs, {}, artifacts));
  return runs;
}

type GitlabJob = {
  script: string[];
  parallel?: number;
  artifacts?: { paths?: string[] };
  needs?: Array<{ job: string }>;
};

/** `$NAME` in a variable's value, from the variables known so far (GitLab expands them so). */
const gitlabExpand = (text: string, known: Record<string, string | undefined>): string =>
  text.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, (_match, name: string) => known[name] ?? '');

/** The GitLab pipeline: the parallel jobs one after the other, then the job that needs their artifacts. */
export async function runGitlabPipeline(file: string, inputs: RecipeInputs): Promise<JobRun[]> {
  const pipeline = parse(readFileSync(file, 'utf8')) as {
    variables: Record<string, string>;
    default: { before_script: string[] };
    conformance: GitlabJob;
    certificate: GitlabJob;
  };
  const base: Record<string, string | undefined> = { ...inputs.env, ...inputs.values };
  for (const [name, value] of Object.entries(pipeline.variables)) base[name] = gitlabExpand(String(value), base);
  const runJob = async (
    name: string,
    job: GitlabJob,
    extra: Record<string, string>,
    prepare: (dir: string) => void,
  ): Promise<JobRun> => {
    const dir = path.join(inputs.root, `gitlab-${name}${extra.CI_NODE_INDEX ? `-${extra.CI_NODE_INDEX}` : ''}`);
    mkdirSync(dir, { recursive: true });
    inputs.checkout(dir);
    prepare(dir);
    const result = await bash([...pipeline.default.before_script, ...job.script].join('\n'), dir, {
      ...base,
      ...extra,
    });
    return { job: name, dir, ...result };
  };
  const total = pipeline.conformance.parallel ?? 1;
  const shards: JobRun[] = [];
  for (let index = 1; index <= total; index++)
    shards.push(
      await runJob(
        'conformance',
        pipeline.conformance,
        { CI_NODE_INDEX: String(index), CI_NODE_TOTAL: String(total) },
        () => {},
      ),
    );
  // needs: artifacts: every shard's artifact paths land side by side in the next job's folder.
  const certificate = await runJob('certificate', pipeline.certificate, {}, (dir) => {
    for (const shard of shards) {
      for (const source of pipeline.conformance.artifacts?.paths ?? []) {
        if (existsSync(path.join(shard.dir, source)))
          cpSync(path.join(shard.dir, source), path.join(dir, source), { recursive: true });
      }
    }
  });
  return [...shards, certificate];
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readSiteAddress } from '../../src/lib/site-address';

// The GitHub Pages workflow (README › Deploy): it must build with the address and sub-path that
// GitHub reports, and publish what the build made.

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string | number>;
  env?: Record<string, string>;
}
interface Workflow {
  on: { push: { branches: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, { needs?: string; steps: Step[]; environment?: { name: string } }>;
}

const workflow = parse(
  readFileSync(join(import.meta.dirname, '..', '..', '.github', 'workflows', 'deploy.yml'), 'utf8'),
) as Workflow;
const steps = workflow.jobs.build!.steps;
const index = (match: (step: Step) => boolean) => steps.findIndex(match);
const build = steps[index((s) => s.run === 'npm run build')]!;

/** What GitHub Actions would put in the build's environment, given configure-pages' outputs. */
function buildEnvironment(outputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(build.env ?? {}).map(([name, value]) => [
      name,
      value.replace(
        /\$\{\{\s*steps\.pages\.outputs\.(\w+)\s*\}\}/g,
        (_, output: string) => outputs[output] ?? '',
      ),
    ]),
  );
}

describe('the GitHub Pages workflow', () => {
  it('runs on every push to main and may deploy to Pages', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });

  it('installs with npm ci, reads the Pages address, then builds', () => {
    const pages = index((s) => s.id === 'pages');
    expect(steps[pages]!.uses).toMatch(/^actions\/configure-pages@v\d+$/);
    expect(index((s) => s.run === 'npm ci')).toBeGreaterThan(-1);
    expect(index((s) => s.run === 'npm ci')).toBeLessThan(index((s) => s.run === 'npm run build'));
    expect(pages).toBeLessThan(index((s) => s.run === 'npm run build'));
    const node = steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version'];
    expect(Number(node)).toBeGreaterThanOrEqual(22);
  });

  it.each([
    {
      site: 'a project site, under the repository’s name',
      outputs: {
        origin: 'https://octocat.github.io',
        base_path: '/hoc-so',
        base_url: 'https://octocat.github.io/hoc-so',
      },
      expected: { site: 'https://octocat.github.io', base: '/hoc-so/' },
    },
    {
      site: 'a user or organisation site, at the root',
      outputs: { origin: 'https://octocat.github.io', base_path: '', base_url: 'https://octocat.github.io' },
      expected: { site: 'https://octocat.github.io', base: '/' },
    },
    {
      site: 'a custom domain',
      outputs: { origin: 'https://hocso.example.org', base_path: '', base_url: 'https://hocso.example.org' },
      expected: { site: 'https://hocso.example.org', base: '/' },
    },
  ])('builds $site with the right address and base path', ({ outputs, expected }) => {
    expect(readSiteAddress(buildEnvironment(outputs))).toEqual(expected);
  });

  it('publishes the build’s output folder and deploys it after the build', () => {
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with?.path).toBe('dist');
    const deploy = workflow.jobs.deploy!;
    expect(deploy.needs).toBe('build');
    expect(deploy.environment?.name).toBe('github-pages');
    expect(deploy.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });
});

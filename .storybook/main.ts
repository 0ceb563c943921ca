import type { StorybookConfig } from '@storybook/web-components-vite';

// Every story is also a fixture the a11y addon checks (GOV.UK's habit: every
// example is data that drives docs and an axe check).
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The sample feeds, at the same address the test runner serves them from.
  staticDirs: [{ from: '../demo/data', to: '/demo/data' }],
  docs: {},
};

export default config;

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'lib/**/*.test.ts', 'models/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/unit/setup/cli-build.ts'],
  },
});

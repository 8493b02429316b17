// One real server for the whole e2e run (the client must be built first:
// `npm run test:e2e` builds it), its address handed to the tests.
import type { TestProject } from 'vitest/node';
import { startServer } from './server';

declare module 'vitest' {
  // Declaration merging needs an interface here.
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startServer();
  project.provide('baseURL', server.url);
  return server.stop;
}

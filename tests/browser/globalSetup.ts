/** Serves dist/ for the browser suite and hands its URL to the tests. */
import type { TestProject } from 'vitest/node';
import { assertBuilt } from '../helpers/dist';
import { startStaticServer } from '../helpers/server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  assertBuilt();
  const server = await startStaticServer();
  project.provide('baseUrl', server.url);
  return () => server.close();
}

/**
 * Serves dist/ for the browser suite and starts the one Chromium its test files share (each file
 * connects to it and opens its own contexts), instead of one Chromium launched per file.
 */
import type { TestProject } from 'vitest/node';
import { assertBuilt } from '../helpers/dist';
import { launchBrowserServer } from '../helpers/browser';
import { startStaticServer } from '../helpers/server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    browserWsEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  assertBuilt();
  const server = await startStaticServer();
  const chromium = await launchBrowserServer();
  project.provide('baseUrl', server.url);
  project.provide('browserWsEndpoint', chromium.wsEndpoint());
  return async () => {
    await chromium.close();
    await server.close();
  };
}
